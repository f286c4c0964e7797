public import Foundation
public import KostraAnalysis
public import KostraModel

/// The profile as JSON for programs: stable field names, plain numbers, years as keys.
public struct ProfileJSON: Codable, Sendable, Equatable {
    public struct Municipality: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var code: String
    }

    public struct Change: Codable, Sendable, Equatable {
        public var from: Int
        public var difference: Double
        public var direction: String
        public var judgement: String
    }

    /// The municipality's place among the network's members.
    public struct Rank: Codable, Sendable, Equatable {
        /// 1 is the best in the indicator's direction (or the highest value, for `byValue`).
        public var rank: Int
        /// How many members had a figure and were ranked.
        public var among: Int
        /// How many members were to be ranked, with figures or without.
        public var of: Int
        /// Whether other members share the place.
        public var tied: Bool
        /// `higherIsBetter`, `lowerIsBetter` or `byValue` (no polarity).
        public var order: String
        /// The members without figures, by name.
        public var missing: [String]
        /// The place in Norwegian, e.g. `4. av 11 med tall; Sandnes mangler`.
        public var text: String
    }

    public struct Row: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var unit: String
        public var category: String
        public var decimals: Int
        public var polarity: String
        /// The municipality's figures, year (as text) → value.
        public var values: [String: Double]
        /// SSB symbols for years without a value.
        public var statuses: [String: String]
        public var average: Double?
        public var highest: Double?
        public var lowest: Double?
        public var index: Double?
        public var highestIndex: Double?
        public var lowestIndex: Double?
        /// `computed` or `published`.
        public var averageSource: String?
        /// `weighted`, `unweighted` or `sum`.
        public var method: String?
        /// How many members contributed to a computed average; `null` for a published one.
        public var contributors: Int?
        public var contributorNames: [String]?
        public var missing: [String]?
        public var highestHolders: [String]?
        public var lowestHolders: [String]?
        public var change: Change?
        public var gaps: [String]
        public var rank: Rank?
        /// Why there is no place, or who lacks figures where there is one.
        public var rankNote: String?
    }

    public var municipality: Municipality
    public var year: Int
    public var network: String
    public var networkId: String
    public var profile: String
    public var rows: [Row]
    public var sources: [String]

    public init(_ profile: ServiceProfile, regions: RegionRegistry) {
        let name = { (id: RegionID) in regions.region(id: id)?.name ?? id }
        municipality = Municipality(
            id: profile.municipality.id, name: profile.municipality.name,
            code: profile.municipality.code(in: profile.year) ?? profile.municipality.currentCode)
        year = profile.year
        network = profile.network.name
        networkId = profile.network.id
        self.profile = profile.definition.id
        sources = profile.sources.map(\.title)
        rows = profile.rows.map { row in
            Row(
                id: row.indicator.id, label: row.indicator.label, unit: row.indicator.unit.rawValue,
                category: row.indicator.category, decimals: row.indicator.decimals,
                polarity: row.indicator.polarity.rawValue,
                values: Dictionary(uniqueKeysWithValues: row.values.map { (String($0.key), $0.value) }),
                statuses: Dictionary(uniqueKeysWithValues: row.statuses.map { (String($0.key), $0.value.symbol) }),
                average: row.average?.value, highest: row.highest?.value, lowest: row.lowest?.value, index: row.index,
                highestIndex: row.highestIndex, lowestIndex: row.lowestIndex, averageSource: row.average?.source.rawValue,
                method: row.average?.method.rawValue, contributors: row.average?.contributorCount,
                contributorNames: row.average.flatMap { $0.source == .computed ? $0.contributors.map(name) : nil },
                missing: row.average.flatMap { $0.source == .computed ? $0.missing.map(name) : nil },
                highestHolders: row.highest.flatMap { $0.holders.isEmpty ? nil : $0.holders.map(name) },
                lowestHolders: row.lowest.flatMap { $0.holders.isEmpty ? nil : $0.holders.map(name) },
                change: row.change.map {
                    Change(from: $0.from, difference: $0.difference, direction: $0.direction.rawValue, judgement: $0.judgement.rawValue)
                }, gaps: row.gaps,
                rank: row.rank.map {
                    Rank(
                        rank: $0.rank, among: $0.among, of: $0.of, tied: $0.sharedBy > 1, order: $0.order.rawValue,
                        missing: $0.missing.map(name), text: $0.text(naming: name))
                }, rankNote: row.rankNote)
        }
    }

    /// Pretty-printed UTF-8 JSON with sorted keys, so output is stable.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
