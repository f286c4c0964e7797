import KostraModel

/// The resource-use indicator for one municipality in its network, beside the figure
/// published for it where one is stored: what `kostra rbi` prints and a report section shows.
public struct ResourceUseReport: Sendable, Hashable, ExplainableResult {
    public var municipality: String
    public var year: Int
    /// The computed indicator for every member with data.
    public var indicator: ResourceUseIndicator
    /// The published RBI for the municipality, when stored.
    public var published: PublishedFigureComparison?
    /// What the public sources leave open, in Norwegian.
    public var openPoints: [String]

    public init(
        municipality: String, year: Int, indicator: ResourceUseIndicator, published: PublishedFigureComparison?,
        openPoints: [String]
    ) {
        self.municipality = municipality
        self.year = year
        self.indicator = indicator
        self.published = published
        self.openPoints = openPoints
    }

    /// The municipality's own result, or nil when it lacks data.
    public var own: ResourceUseIndicator.Member? { indicator.member(municipality) }

    public var explanation: AnalysisExplanation {
        var explanation = indicator.explanation
        if let published { explanation.notes.append(published.note) }
        explanation.notes += openPoints
        return explanation
    }
}
