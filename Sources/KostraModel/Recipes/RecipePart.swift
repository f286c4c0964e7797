/// One SSB table query of a recipe: the cells whose sum (or single value) is the figure.
///
/// Each dimension is named by a confirmed code (seen in a real SSB answer), by SSB's label
/// text as seen in a cited source, or both. Labels are resolved against the table's own
/// metadata at fetch time (see `RecipeResolver` in KostraKit), so a code SSB renames is
/// still found, and a label that matches two categories is reported, never guessed.
public struct RecipePart: Sendable, Codable, Hashable {
    /// Statistics years a part covers (inclusive); `nil` ends are open.
    public struct Years: Sendable, Codable, Hashable {
        public var from: Int?
        public var to: Int?

        public init(from: Int? = nil, to: Int? = nil) {
            self.from = from
            self.to = to
        }
    }

    /// The table id, e.g. `07459` (leading zeros kept).
    public var table: String
    /// The table's region variable, e.g. `Region` or `KOKkommuneregion0000`.
    public var regionVariable: String
    /// The time variable; `Tid` at SSB.
    public var timeVariable: String?
    /// Table year = statistics year + offset (07459 counts on 1 January, so 31 December of Y is Tid Y+1).
    public var timeOffset: Int
    /// The `ContentsCode` category, where the code is confirmed; `nil` when only a label is known.
    public var contents: String?
    /// SSB's label of the `ContentsCode` category, as seen in `labelSource`, e.g. `Sosialhjelpstilfeller (antall)`.
    public var contentsLabel: String?
    /// Every other variable the query must select, with the categories to sum over (confirmed codes).
    public var filters: [String: [String]]
    /// SSB's labels of filter categories by variable, for variables whose codes are not confirmed.
    public var filterLabels: [String: [String]]?
    /// Where the labels were seen (a repository@commit/path or a URL).
    public var labelSource: String?
    /// What was searched when neither a code nor a label was found; such a part resolves only by a pin.
    public var searched: String?
    /// Why this part's figures do not compare with the era before it: the series is broken at `years.from`.
    public var seriesBreak: String?
    /// The statistics years this part covers; all years when `nil`.
    public var years: Years?
    /// Region codes of the country or groups in this table where they differ from the
    /// registry's KOSTRA codes (07459 calls the country `0`). When set, only these aggregates are fetched.
    public var aggregateCodes: [RegionID: String]?
    /// A file under `shared/` holding a real answer of this table that a test checks the part against.
    public var checkedAgainst: String?

    public init(
        table: String, regionVariable: String, timeVariable: String? = nil, timeOffset: Int = 0, contents: String?,
        contentsLabel: String? = nil, filters: [String: [String]] = [:], filterLabels: [String: [String]]? = nil,
        labelSource: String? = nil, searched: String? = nil, seriesBreak: String? = nil, years: Years? = nil,
        aggregateCodes: [RegionID: String]? = nil, checkedAgainst: String? = nil
    ) {
        self.table = table
        self.regionVariable = regionVariable
        self.timeVariable = timeVariable
        self.timeOffset = timeOffset
        self.contents = contents
        self.contentsLabel = contentsLabel
        self.filters = filters
        self.filterLabels = filterLabels
        self.labelSource = labelSource
        self.searched = searched
        self.seriesBreak = seriesBreak
        self.years = years
        self.aggregateCodes = aggregateCodes
        self.checkedAgainst = checkedAgainst
    }

    /// The statistics years as people read them: `2015–2021`, `2022–`, or `all years`.
    public var era: String {
        guard let years else { return "all years" }
        return "\(years.from.map(String.init) ?? "")–\(years.to.map(String.init) ?? "")"
    }

    /// The time variable's id, `Tid` unless stated.
    public var time: String { timeVariable ?? "Tid" }

    /// Whether the part covers statistics year `year`.
    public func covers(_ year: Int) -> Bool {
        (years?.from.map { year >= $0 } ?? true) && (years?.to.map { year <= $0 } ?? true)
    }

    /// The table year holding statistics year `year`.
    public func tableYear(for year: Int) -> Int { year + timeOffset }

    /// The statistics year a table year holds.
    public func statisticsYear(forTableYear tableYear: Int) -> Int { tableYear - timeOffset }

    /// The region code of `region` in this table in `tableYear`: an aggregate code when the
    /// part gives one, otherwise the registry's code valid then. `nil` when it has none.
    public func code(of region: Region, tableYear: Int) -> String? {
        if region.kind != .municipality, let aggregateCodes {
            return aggregateCodes[region.id]
        }
        return region.code(in: tableYear)
    }
}
