/// One dimension of a JSON-stat dataset: its categories in the publisher's order, with labels and units.
public struct JSONStatDimension: Sendable, Hashable {
    /// The dimension's name as used in `id`, e.g. `KOKkommuneregion0000` or `Tid`.
    public let id: String
    /// The readable name, e.g. `region`.
    public let label: String?
    /// Whether the dataset marks this dimension as time, geography or the variables.
    public let role: JSONStatRole?
    /// The category codes in index order, e.g. `["0301", "4601", "5001"]`.
    public let codes: [String]
    /// The category labels in the same order as `codes`; a code stands in for a missing label.
    public let labels: [String]
    /// The units of the categories that have one, by code (metric dimensions at SSB).
    public let units: [String: JSONStatUnit]
    /// The dimension's notes, e.g. SSB's remarks on changed regional boundaries.
    public let notes: [String]
    /// Positions by code, built once so that looking up a cell by its codes is a hash lookup.
    private let positions: [String: Int]

    /// Creates a dimension; codes must be distinct and `labels` as long as `codes`.
    public init(
        id: String, label: String?, role: JSONStatRole?, codes: [String], labels: [String],
        units: [String: JSONStatUnit] = [:], notes: [String] = []
    ) {
        self.id = id
        self.label = label
        self.role = role
        self.codes = codes
        self.labels = labels.count == codes.count ? labels : codes
        self.units = units
        self.notes = notes
        self.positions = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The number of categories.
    public var count: Int { codes.count }

    /// The position of a category code, or `nil` when the dimension has no such code.
    public func position(of code: String) -> Int? { positions[code] }

    /// The label of a category code, or `nil` when the dimension has no such code.
    public func label(of code: String) -> String? { positions[code].map { labels[$0] } }

    /// The unit of a category code, if the dataset gives one.
    public func unit(of code: String) -> JSONStatUnit? { units[code] }

    /// Whether every code is distinct (the decoder rejects datasets where they are not).
    var hasDistinctCodes: Bool { positions.count == codes.count }
}
