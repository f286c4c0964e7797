public import KostraModel

/// The direction of change against the previous year, as the ASSS profile's arrows show it.
public enum ChangeDirection: String, Sendable, Codable, Hashable {
    case up
    case down
    case unchanged
}

/// Whether a change is good, bad or neither, judged by the indicator's polarity.
public enum ChangeJudgement: String, Sendable, Codable, Hashable {
    case better
    case worse
    case neutral
}

/// A change against the previous year, compared at the decimals the reader sees.
public struct YearChange: Sendable, Codable, Hashable {
    public var from: Int
    public var to: Int
    public var difference: Double
    public var direction: ChangeDirection
    public var judgement: ChangeJudgement

    public init(from: Int, to: Int, difference: Double, direction: ChangeDirection, judgement: ChangeJudgement) {
        self.from = from
        self.to = to
        self.difference = difference
        self.direction = direction
        self.judgement = judgement
    }
}

/// One indicator's line in the service profile and key-figure table.
public struct ProfileRow: Sendable, Codable, Hashable {
    public var indicator: Indicator
    /// The municipality's figures by year (the profile year and up to two before), `nil` when missing.
    public var values: [Int: Double]
    /// SSB symbols for years without a value.
    public var statuses: [Int: StatusSymbol]
    public var average: AverageResult?
    public var highest: Extreme?
    public var lowest: Extreme?
    /// The municipality's figure as an index of the network average (average = 100).
    public var index: Double?
    public var highestIndex: Double?
    public var lowestIndex: Double?
    public var change: YearChange?
    /// Why the row has no average or no figure, when it has none.
    public var gaps: [String]
    /// The municipality's place among the network's members in the profile year, in the indicator's direction.
    public var rank: RankPosition?
    /// Why the row has no place, or who lacks figures where it has one (Norwegian).
    public var rankNote: String?

    public init(
        indicator: Indicator, values: [Int: Double], statuses: [Int: StatusSymbol], average: AverageResult?,
        highest: Extreme?, lowest: Extreme?, index: Double?, highestIndex: Double?, lowestIndex: Double?,
        change: YearChange?, gaps: [String], rank: RankPosition? = nil, rankNote: String? = nil
    ) {
        self.indicator = indicator
        self.values = values
        self.statuses = statuses
        self.average = average
        self.highest = highest
        self.lowest = lowest
        self.index = index
        self.highestIndex = highestIndex
        self.lowestIndex = lowestIndex
        self.change = change
        self.gaps = gaps
        self.rank = rank
        self.rankNote = rankNote
    }
}

/// The service profile ("tjenesteprofil") and key-figure table ("nøkkeltall") of a
/// municipality for one year against a network.
public struct ServiceProfile: Sendable, Codable, Hashable {
    public var definition: ServiceProfileDefinition
    public var municipality: Region
    public var year: Int
    public var network: Network
    /// The years shown in the key-figure table, oldest first.
    public var years: [Int]
    public var rows: [ProfileRow]
    /// The network's members in the year.
    public var members: [RegionID]
    /// Every source the figures came from.
    public var sources: [DataSource]
    /// The municipality's and the members' own figures in the profile's year, as read for the
    /// profile, so the commentary ranks with them without reading them again (not encoded).
    public var yearFigures: [IndicatorID: [RegionID: Double]] = [:]
    /// Every year in which the municipality has any of the profile's figures, newest first, when
    /// the use case read them (not encoded).
    public var yearsWithFigures: [Int] = []

    /// What JSON carries: the profile as shown; the figures read for it stay in memory.
    enum CodingKeys: String, CodingKey {
        case definition, municipality, year, network, years, rows, members, sources
    }

    public init(
        definition: ServiceProfileDefinition, municipality: Region, year: Int, network: Network, years: [Int],
        rows: [ProfileRow], members: [RegionID], sources: [DataSource]
    ) {
        self.definition = definition
        self.municipality = municipality
        self.year = year
        self.network = network
        self.years = years
        self.rows = rows
        self.members = members
        self.sources = sources
    }

    /// Why averages are missing or highest and lowest cover fewer than every member, one line per
    /// distinct reason with the indicators it concerns (Norwegian, for under the table).
    public var coverageNotes: [String] {
        var order: [String] = []
        var labels: [String: [String]] = [:]
        for row in rows {
            for gap in row.gaps where gap.hasPrefix("Snittet") || gap.hasPrefix("Høyest") {
                if labels[gap] == nil { order.append(gap) }
                labels[gap, default: []].append(row.indicator.displayShortLabel)
            }
        }
        return order.map { gap in "\(labels[gap, default: []].joined(separator: ", ")): \(gap)" }
    }

    /// The rows of one category, in profile order.
    public func rows(in category: String) -> [ProfileRow] {
        rows.filter { $0.indicator.category == category }
    }
}
