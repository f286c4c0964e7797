public import KostraModel

/// An average over a chosen set of regions with everything a table, a report section or
/// `--explain` needs: the value and its method, who contributed, who lacked data, who was
/// left out on purpose, the highest and lowest with their holders, and every input.
public struct AverageReport: Sendable, Hashable, ExplainableResult {
    /// The indicator averaged.
    public var indicator: Indicator
    public var year: Int
    /// What was averaged over, in Norwegian: `ASSS uten Oslo`, `Egne sammenligningskommuner`, `KOSTRA-gruppe 12`.
    public var scopeLabel: String
    public var average: AverageResult
    /// The highest figure among the contributors (nil for a published figure).
    public var highest: Extreme?
    /// The lowest figure among the contributors (nil for a published figure).
    public var lowest: Extreme?
    /// The regions asked for, after exclusions.
    public var members: [RegionID]
    /// Regions left out on purpose (`--exclude`).
    public var excluded: [RegionID]
    /// Whether `--method` chose a method other than the indicator's own rule.
    public var methodOverridden: Bool
    /// Display names of every region mentioned.
    public var names: [RegionID: String]
    public var explanation: AnalysisExplanation

    public init(
        indicator: Indicator, year: Int, scopeLabel: String, average: AverageResult, highest: Extreme?, lowest: Extreme?,
        members: [RegionID], excluded: [RegionID], methodOverridden: Bool, names: [RegionID: String],
        explanation: AnalysisExplanation
    ) {
        self.indicator = indicator
        self.year = year
        self.scopeLabel = scopeLabel
        self.average = average
        self.highest = highest
        self.lowest = lowest
        self.members = members
        self.excluded = excluded
        self.methodOverridden = methodOverridden
        self.names = names
        self.explanation = explanation
    }

    /// The display name of a region.
    public func name(_ region: RegionID) -> String { names[region] ?? region }

    /// The contributors' names, in the order asked.
    public var contributorNames: [String] { average.contributors.map(name) }
    /// The names of the members without a figure.
    public var missingNames: [String] { average.missing.map(name) }
    /// The names of the regions left out on purpose.
    public var excludedNames: [String] { excluded.map(name) }

    /// The method as a reader sees it, saying when it was chosen by hand.
    public var methodDescription: String {
        switch average.source {
        case .published:
            return "publisert av SSB (\(average.publishedLabel ?? scopeLabel)); SSB oppgir ikke hvilke kommuner som inngår"
        case .computed:
            let text = average.method.norwegianDescription
            return methodOverridden
                ? text + " (valgt med --method; indikatorens egen regel er \(indicator.averaging.norwegianDescription))"
                : text
        }
    }
}
