public import KostraModel

/// A series that cannot run unbroken: across a merger (before `year` the region was smaller,
/// and ratios are never summed over the municipalities that joined it), or across SSB's change
/// of table and definition between eras (12210/13138 until 2021, 13995/14019 from 2022).
public struct SeriesBreak: Sendable, Hashable {
    public var region: RegionID
    public var indicator: IndicatorID
    /// The first statistics year of the merged municipality.
    public var year: Int
    /// Why, in English for the CLI summary.
    public var reason: String
    /// Whether the break comes from SSB changing table and definition between eras (not a merger).
    public var isEraChange: Bool

    public init(region: RegionID, indicator: IndicatorID, year: Int, reason: String, isEraChange: Bool = false) {
        self.region = region
        self.indicator = indicator
        self.year = year
        self.reason = reason
        self.isEraChange = isEraChange
    }
}
