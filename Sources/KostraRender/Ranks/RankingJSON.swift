public import KostraAnalysis
public import KostraModel

/// A ranking as JSON for programs: stable field names, plain numbers.
public struct RankingJSON: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var rank: Int
        public var region: String
        public var name: String
        public var value: Double
        /// Whether others share the place.
        public var tied: Bool
    }

    public struct Missing: Codable, Sendable, Equatable {
        public var region: String
        public var name: String
        /// SSB's symbol for why there is no figure, where stored.
        public var status: String?
    }

    public var indicator: String
    public var label: String
    public var unit: String
    public var year: Int
    public var scope: String
    /// `higherIsBetter`, `lowerIsBetter`, or `byValue` (no polarity: highest first, not "best").
    public var order: String
    public var orderText: String
    public var entries: [Entry]
    public var missing: [Missing]

    public init(_ ranking: Ranking, regions: RegionRegistry) {
        let name = { (id: RegionID) in regions.region(id: id)?.name ?? id }
        indicator = ranking.indicator.id
        label = ranking.indicator.label
        unit = ranking.indicator.unit.rawValue
        year = ranking.year
        scope = ranking.scope
        order = ranking.order.rawValue
        orderText = ranking.order.norwegianDescription
        entries = ranking.entries.map { entry in
            Entry(
                rank: entry.rank, region: entry.region, name: name(entry.region), value: entry.value,
                tied: ranking.entries.count { $0.rank == entry.rank } > 1)
        }
        missing = ranking.missing.map { Missing(region: $0, name: name($0), status: ranking.missingStatuses[$0]?.symbol) }
    }
}
