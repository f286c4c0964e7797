public import KostraModel

/// One region's place in a ranking.
public struct RankEntry: Sendable, Codable, Hashable {
    public var region: RegionID
    /// The figure the rank is given by, as stored.
    public var value: Double
    /// The place, 1 first; regions whose figures are equal as printed share a place.
    public var rank: Int

    public init(region: RegionID, value: Double, rank: Int) {
        self.region = region
        self.value = value
        self.rank = rank
    }
}
