/// The unit of one category of a metric dimension (`category.unit` in JSON-stat).
///
/// SSB fills `base` ("kr", "prosent", "indeks") and `decimals`; the other
/// members belong to the JSON-stat specification and are kept when present.
public struct JSONStatUnit: Sendable, Hashable {
    /// SSB's unit word, e.g. `kr` or `indeks` (an SSB addition to JSON-stat).
    public var base: String?
    /// The number of decimals the publisher shows for this category.
    public var decimals: Int?
    /// A readable name of the unit.
    public var label: String?
    /// A symbol such as `$` or `%`.
    public var symbol: String?
    /// Where the symbol goes: `start` or `end`.
    public var position: String?

    /// Creates a unit; every member is optional, as in JSON-stat.
    public init(base: String? = nil, decimals: Int? = nil, label: String? = nil, symbol: String? = nil, position: String? = nil) {
        self.base = base
        self.decimals = decimals
        self.label = label
        self.symbol = symbol
        self.position = position
    }
}
