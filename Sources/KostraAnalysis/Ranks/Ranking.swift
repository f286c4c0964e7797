public import KostraModel

/// An indicator's ranking in a year among a set of regions (a network's members, or the country's
/// municipalities), in the indicator's direction.
public struct Ranking: Sendable, Codable, Hashable {
    public var indicator: Indicator
    public var year: Int
    /// What the regions are, in Norwegian: a network's name (`ASSS`) or `landet`.
    public var scope: String
    public var order: RankOrder
    /// The regions with figures, best (or highest, without polarity) first.
    public var entries: [RankEntry]
    /// The regions ranked among that have no figure in the year, in the order they were given.
    public var missing: [RegionID]
    /// SSB's symbols for the missing regions that have one.
    public var missingStatuses: [RegionID: StatusSymbol]

    public init(
        indicator: Indicator, year: Int, scope: String, order: RankOrder, entries: [RankEntry], missing: [RegionID],
        missingStatuses: [RegionID: StatusSymbol] = [:]
    ) {
        self.indicator = indicator
        self.year = year
        self.scope = scope
        self.order = order
        self.entries = entries
        self.missing = missing
        self.missingStatuses = missingStatuses
    }

    /// Where `region` stands, or `nil` when it has no figure or was not ranked.
    public func position(of region: RegionID) -> RankPosition? {
        guard let entry = entries.first(where: { $0.region == region }) else { return nil }
        return RankPosition(
            rank: entry.rank, among: entries.count, sharedBy: entries.count { $0.rank == entry.rank }, missing: missing,
            order: order)
    }
}
