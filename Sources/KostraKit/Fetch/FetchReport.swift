public import KostraModel
public import KostraStore

/// What a fetch did, for the summary at the end.
public struct FetchReport: Sendable {
    /// The regions fetched, by name.
    public var regions: [String]
    /// The tables read, with how many requests each took and how many came from the cache.
    public var tables: [TableFetch]
    /// What the store did with the batch.
    public var summary: ImportSummary
    /// Figures stored without a value, by SSB symbol.
    public var missingBySymbol: [StatusSymbol: Int]
    /// Figures the tables do not hold at all (a year not published yet, a code the table lacks).
    public var absent: Int
    /// Figures from a KOSTRA release SSB has not yet revised (March figures before the June revision).
    public var preliminary: Int
    /// Figures from final releases.
    public var final: Int
    /// Ratio series broken by a merger.
    public var breaks: [SeriesBreak]
    /// Recipes left out, with why (no SSB source, or the table's metadata does not match).
    public var skipped: [String]

    /// One table read during the fetch.
    public struct TableFetch: Sendable, Hashable {
        public var table: String
        public var label: String
        public var requests: Int
        public var fromCache: Int
        public var urls: [String]
    }
}
