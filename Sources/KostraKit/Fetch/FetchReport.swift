public import KostraModel
import KostraStore

/// What a fetch did, for the summary at the end.
public struct FetchReport: Sendable {
    /// The regions fetched, by name.
    public var regions: [String]
    /// The tables read, with how many requests each took and how many came from the cache.
    public var tables: [TableFetch]
    /// What the store did with the batch.
    public var summary: ImportOutcome
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
    /// Indicators left out, with why (a missing table, a rejected code, an unresolved recipe,
    /// or not an SSB figure).
    public var skippedIndicators: [SkippedIndicator]
    /// How each recipe part was resolved against its table's metadata.
    public var resolutions: [PartResolution]
    /// The user recipe file in use, if any.
    public var recipeFile: String?

    /// Recipes left out, with why, one line each.
    public var skipped: [String] { skippedIndicators.map(\.line) }

    /// Whether SSB figures the run asked for were left out: the exit status says so.
    public var isPartial: Bool { skippedIndicators.contains(where: \.makesPartial) }

    /// Data requests made (answers read, from SSB or the cache), over all tables.
    public var requests: Int { tables.reduce(0) { $0 + $1.requests } }

    /// The fewest data requests SSB's cell limit allows for the same queries: the sum over
    /// tables of `max(1, ceil(cells / maxDataCells))`.
    public var minimumRequests: Int { tables.reduce(0) { $0 + $1.minimumRequests } }

    /// One table read during the fetch.
    public struct TableFetch: Sendable, Hashable {
        public var table: String
        public var label: String
        /// Data requests made for the table (its query's parts).
        public var requests: Int
        public var fromCache: Int
        public var urls: [String]
        /// Cells the table's query selects, empty cells too (what SSB's limit counts).
        public var cells: Int = 0
        /// The fewest requests those cells can be fetched in: `max(1, ceil(cells / maxDataCells))`.
        public var minimumRequests: Int = 1
    }
}
