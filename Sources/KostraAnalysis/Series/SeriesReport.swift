public import KostraModel

/// A time series for one municipality with its comparison lines, in a stated price basis,
/// with breaks flagged and every input listed: what `kostra series` prints and a report
/// section draws.
public struct SeriesReport: Sendable, Hashable, ExplainableResult {
    public var municipality: String
    public var indicator: Indicator
    public var years: [Int]
    /// The municipality's line first, then the comparisons in the order asked.
    public var lines: [ComparisonLine]
    public var basis: PriceBasis
    /// The price basis in Norwegian, e.g. `Faste 2024-kroner (KPI), justert for utgiftsbehov`.
    public var basisDescription: String
    /// Years where a line's series breaks (merger) or the municipality's number changed, with the reason.
    public var breaks: [Int: String]
    public var explanation: AnalysisExplanation

    public init(
        municipality: String, indicator: Indicator, years: [Int], lines: [ComparisonLine], basis: PriceBasis,
        basisDescription: String, breaks: [Int: String], explanation: AnalysisExplanation
    ) {
        self.municipality = municipality
        self.indicator = indicator
        self.years = years
        self.lines = lines
        self.basis = basis
        self.basisDescription = basisDescription
        self.breaks = breaks
        self.explanation = explanation
    }

    /// The title with "(B)" on series adjusted for both inflation and need, as published reports mark them.
    public var title: String { indicator.label + (basis == .both ? " (B)" : "") }

    /// The same figures as a ``ComparisonSeries``, for the chart code.
    public var comparisonSeries: ComparisonSeries {
        ComparisonSeries(indicator: indicator, basis: basis, years: years, lines: lines, breaks: breaks)
    }
}
