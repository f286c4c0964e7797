/// One member of a network, with the statistics years of its membership.
public struct NetworkMembership: Sendable, Codable, Hashable {
    public var region: RegionID
    /// The first year of membership, or `nil` when the region was a member before the tool's range.
    public var from: Int?
    /// The last year of membership, or `nil` while still a member.
    public var to: Int?

    public init(region: RegionID, from: Int? = nil, to: Int? = nil) {
        self.region = region
        self.from = from
        self.to = to
    }

    /// Whether the region was a member in `year`.
    public func isMember(in year: Int) -> Bool {
        (from.map { year >= $0 } ?? true) && (to.map { year <= $0 } ?? true)
    }
}

/// A benchmarking network whose members the tool averages, such as ASSS.
public struct Network: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// The short name, e.g. `ASSS`.
    public var name: String
    /// The name in running text, e.g. `ASSS-nettverket`.
    public var longName: String
    /// The label of the network's average, e.g. `Snitt ASSS`.
    public var averageLabel: String
    /// Other names the network is printed under, e.g. `ASSS med Oslo`.
    public var alternativeNames: [String]?
    public var description: String?
    public var members: [NetworkMembership]
    /// Where the membership comes from.
    public var source: String
    /// How many members need a figure for a computed average (`nil` in the data file: more than half).
    public var averageCoverage: AverageCoverage?

    public init(
        id: String, name: String, longName: String, averageLabel: String, alternativeNames: [String]? = nil,
        description: String? = nil, members: [NetworkMembership], source: String, averageCoverage: AverageCoverage? = nil
    ) {
        self.id = id
        self.name = name
        self.longName = longName
        self.averageLabel = averageLabel
        self.alternativeNames = alternativeNames
        self.description = description
        self.members = members
        self.source = source
        self.averageCoverage = averageCoverage
    }

    /// The coverage rule in force: the data file's, or more than half of the members.
    public var coverage: AverageCoverage { averageCoverage ?? .moreThanHalf }

    /// The members in `year`, in the order of the data file.
    public func members(in year: Int) -> [RegionID] {
        members.filter { $0.isMember(in: year) }.map(\.region)
    }

    /// Whether `name` names this network (case- and accent-tolerant).
    public func isNamed(_ text: String) -> Bool {
        let key = NameFolding.key(text)
        return ([id, name, longName, averageLabel] + (alternativeNames ?? [])).contains { NameFolding.key($0) == key }
    }
}
