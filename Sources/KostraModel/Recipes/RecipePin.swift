/// An analyst's own choice of SSB code for one dimension of one recipe part, kept in the
/// user recipe file (`kostra recipes pin`). A pin wins over the bundled code and label, and
/// every figure it produced names the pin and its file in its provenance.
public struct RecipePin: Sendable, Codable, Hashable {
    /// The catalogue indicator whose recipe is pinned.
    public var indicator: IndicatorID
    /// The part's table id, e.g. `13995`.
    public var table: String
    /// The dimension (variable code), e.g. `ContentsCode`.
    public var dimension: String
    /// The codes to select (several are summed, as a recipe's filter codes are).
    public var codes: [String]

    public init(indicator: IndicatorID, table: String, dimension: String, codes: [String]) {
        self.indicator = indicator
        self.table = table
        self.dimension = dimension
        self.codes = codes
    }

    /// Whether this pin is for the given part and dimension (dimensions matched case-insensitively, as SSB does).
    public func applies(to indicator: IndicatorID, table: String, dimension: String) -> Bool {
        self.indicator == indicator && self.table == table && self.dimension.lowercased() == dimension.lowercased()
    }
}
