public import KostraModel

/// The tool's result beside a figure published elsewhere, with the difference.
///
/// Used where a published figure does not follow from its own published inputs
/// (Bærum 2025: production +12,5 %, expenditure −2,2 %, "efficiency +44 %", while the
/// formula gives +15,0 %). The tool shows its own result and the published one side
/// by side; it never adjusts its result toward the published figure.
public struct PublishedFigureComparison: Sendable, Hashable, ExplainableResult {
    /// What is compared, in Norwegian.
    public let label: String
    /// The municipality (name or code).
    public let region: String
    /// The tool's result.
    public let computed: Double
    /// The published figure, as printed.
    public let published: Double
    /// Decimals the published figure was printed with (44 % has 0).
    public let publishedDecimals: Int
    /// The unit of both figures.
    public let unit: IndicatorUnit
    /// Where the published figure comes from, e.g. `"Bærum kommune, ASSS-analyse 2025"`.
    public let source: String
    /// How the tool's result was produced.
    public let computedExplanation: AnalysisExplanation

    /// - Throws: ``EfficiencyError`` when a figure is not finite or `publishedDecimals` is negative.
    public init(
        label: String, region: String, computed: Double, published: Double, publishedDecimals: Int,
        unit: IndicatorUnit, source: String, computedExplanation: AnalysisExplanation
    ) throws(EfficiencyError) {
        guard computed.isFinite else { throw .nonFiniteInput(region: region, input: "computed \(label)") }
        guard published.isFinite else { throw .nonFiniteInput(region: region, input: "published \(label)") }
        guard publishedDecimals >= 0 else { throw .negativeDecimals(publishedDecimals) }
        self.label = label
        self.region = region
        self.computed = computed
        self.published = published
        self.publishedDecimals = publishedDecimals
        self.unit = unit
        self.source = source
        self.computedExplanation = computedExplanation
    }

    /// computed − published (in percentage points for percentages).
    public var difference: Double { computed - published }

    /// Whether the tool's result, rounded as the published figure was, equals it.
    public var agrees: Bool {
        NorwegianNumberFormat.round(computed, decimals: publishedDecimals)
            == NorwegianNumberFormat.round(published, decimals: publishedDecimals)
    }

    /// Decimals used to show the tool's result: at least one, so 15,0 is not mistaken for a rounded 15.
    public var computedDecimals: Int { max(1, publishedDecimals) }

    /// The comparison in one Norwegian sentence or two, for output.
    public var note: String {
        let format = NorwegianNumberFormat.standard
        let computedText = format.value(computed, unit: unit, decimals: computedDecimals)
        let publishedText = format.value(published, unit: unit, decimals: publishedDecimals)
        let differenceUnit = unit.differencesArePercentagePoints ? " prosentpoeng" : ""
        let differenceText = format.signed(difference, decimals: computedDecimals) + differenceUnit
        if agrees {
            return "\(label), \(region): beregnet \(computedText), publisert \(publishedText) (\(source)). Tallene stemmer overens."
        }
        return "\(label), \(region): beregnet \(computedText), publisert \(publishedText) (\(source)). "
            + "Avvik \(differenceText). Det publiserte tallet følger ikke av inngangstallene med metoden som er beskrevet; "
            + "verktøyet viser sitt eget resultat uendret."
    }

    public var explanation: AnalysisExplanation {
        var explanation = computedExplanation
        explanation.inputs.append(.init(label: "Publisert: \(label) (\(source))", region: region, value: published, unit: unit))
        explanation.notes.append(note)
        return explanation
    }
}
