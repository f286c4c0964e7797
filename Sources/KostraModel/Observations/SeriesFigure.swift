/// A stored figure's value alone, without its parts, symbol or source: what a chart of a time
/// series needs, read by ``FigureReader/seriesFigures(_:)`` for the ten years of every series in a report.
public struct SeriesFigure: Sendable, Hashable {
    public var indicator: IndicatorID
    public var region: RegionID
    public var year: Int
    public var basis: PriceBasis
    public var value: Double

    public init(indicator: IndicatorID, region: RegionID, year: Int, basis: PriceBasis, value: Double) {
        self.indicator = indicator
        self.region = region
        self.year = year
        self.basis = basis
        self.value = value
    }

    /// The figure of an observation that has a value; `nil` for a symbol such as `..` (missing is not zero).
    public init?(_ observation: Observation) {
        guard let value = observation.value else { return nil }
        self.init(indicator: observation.indicator, region: observation.region, year: observation.year, basis: observation.basis, value: value)
    }
}
