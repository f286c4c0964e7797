public import KostraModel

/// A ratio series that cannot run unbroken across a merger: before `year` the region was
/// smaller, and ratios are never summed over the municipalities that joined it.
public struct SeriesBreak: Sendable, Hashable {
    public var region: RegionID
    public var indicator: IndicatorID
    /// The first statistics year of the merged municipality.
    public var year: Int
    /// Why, in English for the CLI summary.
    public var reason: String

    public init(region: RegionID, indicator: IndicatorID, year: Int, reason: String) {
        self.region = region
        self.indicator = indicator
        self.year = year
        self.reason = reason
    }
}
