public import KostraModel

/// One recipe figure read from a table for one region code and table year, before the
/// region codes are followed to the tool's regions.
public struct RecipeCell: Sendable, Hashable {
    /// The identity of a cell: which indicator, which table, which region code, which table year.
    public struct Key: Sendable, Hashable {
        public var indicator: IndicatorID
        public var table: String
        public var code: String
        public var tableYear: Int

        public init(indicator: IndicatorID, table: String, code: String, tableYear: Int) {
            self.indicator = indicator
            self.table = table
            self.code = code
            self.tableYear = tableYear
        }
    }

    public var key: Key
    /// The sum of the selected cells, or `nil` when one of them has none.
    public var value: Double?
    /// SSB's symbol for why there is no value (the first one met among the summed cells).
    public var status: StatusSymbol?

    public init(key: Key, value: Double?, status: StatusSymbol?) {
        self.key = key
        self.value = value
        self.status = status
    }
}
