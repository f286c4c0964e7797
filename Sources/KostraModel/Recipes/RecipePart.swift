/// One SSB table query of a recipe: the cells whose sum (or single value) is the figure.
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
    /// The `ContentsCode` category.
    public var contents: String
    /// Every other variable the query must select, with the categories to sum over.
    public var filters: [String: [String]]
    /// The statistics years this part covers; all years when `nil`.
    public var years: Years?
    /// Region codes of the country or groups in this table where they differ from the
    /// registry's KOSTRA codes (07459 calls the country `0`). When set, only these aggregates are fetched.
    public var aggregateCodes: [RegionID: String]?
    /// A file under `shared/` holding a real answer of this table that a test checks the part against.
    public var checkedAgainst: String?

    public init(
        table: String, regionVariable: String, timeVariable: String? = nil, timeOffset: Int = 0, contents: String,
        filters: [String: [String]] = [:], years: Years? = nil, aggregateCodes: [RegionID: String]? = nil,
        checkedAgainst: String? = nil
    ) {
        self.table = table
        self.regionVariable = regionVariable
        self.timeVariable = timeVariable
        self.timeOffset = timeOffset
        self.contents = contents
        self.filters = filters
        self.years = years
        self.aggregateCodes = aggregateCodes
        self.checkedAgainst = checkedAgainst
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
