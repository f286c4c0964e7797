public import KostraModel

/// Builds an ``AverageReport`` from stored figures: computed over members, or taken as
/// SSB published it for a KOSTRA group or the country.
public enum AverageReportBuilder {
    /// The figures of one region for one year: the indicator itself and, for weighted
    /// averages, the catalogue's base figures (numerator and denominator) stored beside it.
    public struct MemberFigures: Sendable, Hashable {
        public var figure: Observation?
        public var numerator: Observation?
        public var denominator: Observation?

        public init(figure: Observation? = nil, numerator: Observation? = nil, denominator: Observation? = nil) {
            self.figure = figure
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// The average of `indicator` in `year` over `members`.
    ///
    /// A weighted average takes each member's numerator and denominator from the figure
    /// itself or from the stored base figures; a member whose ratio is not stored but whose
    /// base figures are gets the ratio computed from them (that is the figure's definition,
    /// not an estimate). A member with a zero denominator is an error, never a zero.
    ///
    /// - Parameters:
    ///   - method: overrides the indicator's rule; the report says so.
    ///   - names: display names for regions.
    ///   - coverage: for a network, how many members need a figure (``AnalysisError/tooFewMembers(indicator:year:network:contributors:members:coverage:)`` below it).
    public static func computed(
        _ indicator: Indicator, year: Int, scopeLabel: String, members: [RegionID], excluded: [RegionID] = [],
        figures: [RegionID: MemberFigures], method: AveragingRule? = nil, numeratorLabel: String? = nil,
        denominatorLabel: String? = nil, names: [RegionID: String] = [:], coverage: AverageCoverage? = nil
    ) throws(AnalysisError) -> AverageReport {
        let rule = method ?? indicator.averaging
        let name = { (id: RegionID) in names[id] ?? id }
        var merged: [RegionID: Observation] = [:]
        for member in members {
            let given = figures[member]
            var observation =
                given?.figure
                ?? Observation(indicator: indicator.id, region: member, year: year, value: nil)
            // The base figures are used by every rule: an unweighted mean needs each member's ratio too.
            if indicator.numerator != nil {
                observation.numerator = observation.numerator ?? given?.numerator?.value
                observation.denominator = observation.denominator ?? given?.denominator?.value
                if observation.denominator == 0, rule != .sum {
                    throw .zeroDenominator(indicator: indicator.label, region: name(member), year: year)
                }
                if observation.value == nil, let numerator = observation.numerator, let denominator = observation.denominator {
                    observation.value = indicator.ratio(numerator: numerator, denominator: denominator)
                    observation.source = observation.source ?? given?.numerator?.source
                }
            }
            merged[member] = observation
        }
        // Coverage first: with too few members there is no network average, whatever else it lacks.
        let withFigures = members.filter { merged[$0]?.value != nil }
        if let coverage, !withFigures.isEmpty, !coverage.isMet(contributors: withFigures.count, members: members.count) {
            throw .tooFewMembers(
                indicator: indicator.label, year: year, network: scopeLabel, contributors: withFigures.map(name),
                members: members.count, coverage: coverage)
        }
        let average: AverageResult
        do {
            average = try NetworkAverage.compute(indicator, year: year, over: members, figures: merged, method: method)
        } catch {
            throw error.naming(with: name)
        }
        // Over every member, so the extremes say how many of them had a figure.
        let extremes = NetworkAverage.extremes(over: members, figures: merged)
        let explanation = explain(
            indicator, year: year, average: average, figures: merged, numeratorLabel: numeratorLabel,
            denominatorLabel: denominatorLabel, excluded: excluded, overridden: method != nil && method != indicator.averaging,
            name: name)
        return AverageReport(
            indicator: indicator, year: year, scopeLabel: scopeLabel, average: average, highest: extremes?.highest,
            lowest: extremes?.lowest, members: members, excluded: excluded,
            methodOverridden: method != nil && method != indicator.averaging, names: names, explanation: explanation)
    }

    /// The figure SSB publishes for an aggregate region (a KOSTRA group or the country).
    public static func published(
        _ indicator: Indicator, year: Int, region: Region, figure: Observation?
    ) throws(AnalysisError) -> AverageReport {
        guard let figure, let value = figure.value else {
            throw .nothingToAverage(indicator: indicator.label, year: year, regions: [region.name])
        }
        let average = AverageResult(
            value: value, method: indicator.averaging, source: .published, contributors: [], missing: [],
            publishedLabel: region.name, publishedSource: figure.source)
        let explanation = AnalysisExplanation(
            method: "Tallet for \(region.name) slik SSB publiserer det; KostraKit beregner det ikke og kjenner ikke "
                + "medlemmene SSB har regnet med.",
            inputs: [
                .init(
                    label: indicator.label, region: region.name, year: year, value: value, unit: indicator.unit,
                    source: figure.source?.title)
            ])
        return AverageReport(
            indicator: indicator, year: year, scopeLabel: region.name, average: average, highest: nil, lowest: nil,
            members: [region.id], excluded: [], methodOverridden: false, names: [region.id: region.name],
            explanation: explanation)
    }

    private static func explain(
        _ indicator: Indicator, year: Int, average: AverageResult, figures: [RegionID: Observation],
        numeratorLabel: String?, denominatorLabel: String?, excluded: [RegionID], overridden: Bool,
        name: (RegionID) -> String
    ) -> AnalysisExplanation {
        var inputs: [AnalysisExplanation.Input] = []
        var numeratorSum = 0.0
        var denominatorSum = 0.0
        for region in average.contributors {
            guard let figure = figures[region], let value = figure.value else { continue }
            inputs.append(
                .init(
                    label: indicator.label, region: name(region), year: year, value: value, unit: indicator.unit,
                    source: figure.source?.title))
            if average.method == .weighted, let numerator = figure.numerator, let denominator = figure.denominator {
                numeratorSum += numerator
                denominatorSum += denominator
                inputs.append(
                    .init(
                        label: "Teller: " + (numeratorLabel ?? "teller"), region: name(region), year: year,
                        value: numerator, source: figure.source?.title))
                inputs.append(
                    .init(
                        label: "Nevner: " + (denominatorLabel ?? "nevner"), region: name(region), year: year,
                        value: denominator, source: figure.source?.title))
            }
        }
        let count = average.contributors.count
        let municipalities = count == 1 ? "1 kommune" : "\(count) kommuner"
        let value = NumberText.number(average.value, decimals: indicator.decimals + 2)
        var method: String
        switch average.method {
        case .weighted:
            method =
                "Vektet snitt over \(municipalities): sum av tellere / sum av nevnere"
                + ((indicator.scale ?? 1) != 1 ? " × \(NumberText.number(indicator.scale ?? 1, decimals: 0))" : "")
                + " = \(NumberText.number(numeratorSum, decimals: 2)) / \(NumberText.number(denominatorSum, decimals: 2))"
                + " = \(value)."
        case .unweighted:
            method = "Uvektet snitt over \(municipalities) med tall: summen av kommunenes tall delt på \(count) = \(value)."
        case .sum:
            method = "Sum over \(municipalities) = \(value)."
        }
        if overridden {
            method += " Metoden er valgt med --method; indikatorens egen regel er \(indicator.averaging.norwegianDescription)."
        }
        var notes = average.missing.map { region -> String in
            let status = figures[region]?.status.map { " (SSB: «\($0.symbol)»)" } ?? ""
            return "\(name(region)) mangler tall for \(year)\(status) og er ikke med i snittet."
        }
        notes += excluded.map { "\(name($0)) er holdt utenfor (--exclude)." }
        return AnalysisExplanation(method: method, inputs: inputs, notes: notes)
    }
}

extension AnalysisError {
    /// The same error with region ids replaced by display names.
    func naming(with name: (RegionID) -> String) -> AnalysisError {
        switch self {
        case let .nothingToAverage(indicator, year, regions):
            return .nothingToAverage(indicator: indicator, year: year, regions: regions.map(name))
        case let .cannotWeight(indicator, year, regions):
            return .cannotWeight(indicator: indicator, year: year, regions: regions.map(name))
        default:
            return self
        }
    }
}
