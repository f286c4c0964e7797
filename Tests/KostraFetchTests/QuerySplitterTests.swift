import Foundation
import KostraFetch
import Testing

@Suite("QuerySplitter")
struct QuerySplitterTests {
    /// 900 real-looking region codes, as in the synthetic replay table.
    static let regions: [String] = {
        let counties = ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"]
        return counties.flatMap { county in (1...60).map { county + ($0 < 10 ? "0\($0)" : "\($0)") } }
    }()

    static let metadata = TableMetadata(
        table: "99001",
        label: "99001: test",
        updated: nil,
        dimensions: [
            .init(id: "KOKkommuneregion0000", label: "region", codes: regions),
            .init(id: "ContentsCode", label: "statistikkvariabel", codes: ["KOSAG110000"]),
            .init(id: "Tid", label: "år", codes: ["2022", "2023", "2024"]),
        ]
    )

    static func query(regions: [String], years: SelectionFilter = .codes(["2022", "2023", "2024"])) -> PxWebQuery {
        PxWebQuery(
            table: "99001",
            selections: [
                .codes("KOKkommuneregion0000", regions),
                .codes("ContentsCode", ["KOSAG110000"]),
                VariableSelection(variable: "Tid", filter: years),
            ]
        )
    }

    @Test("A query within the limits comes back unchanged")
    func fits() throws {
        let query = Self.query(regions: ["0301", "4601"])
        #expect(try QuerySplitter().split(query) == [query])
    }

    @Test("An over-long URL is bisected into parts under the limit that cover every code once, in order")
    func urlLength() throws {
        let splitter = QuerySplitter()
        let query = Self.query(regions: Self.regions)
        #expect(query.dataURL(apiBase: splitter.apiBase).count > 4_000)
        let parts = try splitter.split(query)
        #expect(parts.count == 4)
        #expect(parts.allSatisfy { $0.dataURL(apiBase: splitter.apiBase).count <= 2_000 })
        let lists = parts.map { $0.selections[0].filter.explicitCodes ?? [] }
        #expect(lists.map(\.count) == [225, 225, 225, 225])
        #expect(lists.flatMap { $0 } == Self.regions)
        // Only the split variable changes.
        #expect(parts.allSatisfy { Array($0.selections.dropFirst()) == Array(query.selections.dropFirst()) })
    }

    @Test("A query over the cell limit is packed into as few parts as the limit allows, each full and in order")
    func cellLimit() throws {
        let splitter = QuerySplitter(maxURLLength: 100_000, maxCells: 1_000)
        let parts = try splitter.split(Self.query(regions: Self.regions))
        // 2 700 cells at 1 000 a request: 3 requests at least (bisection took 4 of 675).
        #expect(QuerySplitter.minimumRequests(cells: 2_700, maxCells: 1_000) == 3)
        #expect(parts.map { splitter.cellCount($0, metadata: nil) } == [900, 900, 900])
        #expect(parts.flatMap { $0.selections[0].filter.explicitCodes ?? [] } == Self.regions)
    }

    @Test("The minimum is ceil(cells / limit), and one for a query that fits or selects nothing")
    func minimum() {
        #expect(QuerySplitter.minimumRequests(cells: 0, maxCells: 800_000) == 1)
        #expect(QuerySplitter.minimumRequests(cells: 800_000, maxCells: 800_000) == 1)
        #expect(QuerySplitter.minimumRequests(cells: 800_001, maxCells: 800_000) == 2)
        #expect(QuerySplitter.minimumRequests(cells: 2_400_000, maxCells: 800_000) == 3)
    }

    @Test("Runs are balanced: lengths differ by at most one, none empty", arguments: [(10, 3), (7, 7), (5, 9), (900, 4), (1, 1)])
    func balancedRuns(count: Int, pieces: Int) {
        let codes = (0..<count).map(String.init)
        let runs = QuerySplitter.runs(of: codes, into: pieces)
        #expect(runs.count == min(pieces, count))
        #expect(runs.flatMap { $0 } == codes)
        let lengths = runs.map(\.count)
        #expect((lengths.max() ?? 0) - (lengths.min() ?? 0) <= 1)
        #expect(lengths.allSatisfy { $0 > 0 })
    }

    @Test("One selection larger than the cell limit on its own is cut into the fewest runs")
    func singleSelectionOverLimit() throws {
        let codes = (1...2_500).map { String(format: "K%04d", $0) }
        let query = PxWebQuery(table: "1", selections: [.codes("Region", codes), .codes("ContentsCode", ["A"]), .codes("Tid", ["2024"])])
        let splitter = QuerySplitter(maxURLLength: .max, maxCells: 1_000)
        let parts = try splitter.split(query)
        #expect(parts.count == 3)
        #expect(parts.map { splitter.cellCount($0, metadata: nil) } == [834, 833, 833])
        #expect(parts.flatMap { $0.selections[0].filter.explicitCodes ?? [] } == codes)
    }

    @Test("When one code of every selection passes the limit, one selection is taken code by code and each piece packed: still the minimum")
    func twoSelectionsCut() throws {
        let regions = (1...30).map { "R\($0)" }
        let ages = (0..<40).map { String(format: "%03d", $0) }
        let years = (2015...2024).map(String.init)
        let query = PxWebQuery(table: "07459", selections: [.codes("Region", regions), .codes("Alder", ages), .codes("Tid", years)])
        let splitter = QuerySplitter(maxURLLength: .max, maxCells: 100)
        let parts = try splitter.split(query)
        // 12 000 cells at 100: 120 at least, and 120 it is (one region × 10 ages × 10 years each).
        #expect(parts.count == QuerySplitter.minimumRequests(cells: 12_000, maxCells: 100))
        #expect(parts.allSatisfy { splitter.cellCount($0, metadata: nil) <= 100 })
        // Every cell exactly once.
        var cells = Set<String>()
        for part in parts {
            for r in part.selections[0].filter.explicitCodes ?? [] {
                for a in part.selections[1].filter.explicitCodes ?? [] {
                    for y in part.selections[2].filter.explicitCodes ?? [] { #expect(cells.insert("\(r)|\(a)|\(y)").inserted) }
                }
            }
        }
        #expect(cells.count == 12_000)
    }

    @Test("Packing reaches the minimum, or within 20 %, over many shapes and limits")
    func packingNearMinimum() throws {
        var worst = 1.0
        for regions in [1, 7, 357, 450, 901] {
            for others in [[1, 1], [106, 10], [5, 10], [3, 2], [106, 21]] {
                for limit in [1_000, 12_345, 50_000, 100_000, 800_000] {
                    let query = PxWebQuery(
                        table: "1",
                        selections: [
                            .codes("Region", (0..<regions).map { "r\($0)" }), .codes("Alder", (0..<others[0]).map { "a\($0)" }),
                            .codes("Tid", (0..<others[1]).map { "t\($0)" }),
                        ])
                    let splitter = QuerySplitter(maxURLLength: .max, maxCells: limit)
                    let cells = regions * others[0] * others[1]
                    let parts = try splitter.split(query)
                    #expect(parts.allSatisfy { splitter.cellCount($0, metadata: nil) <= limit })
                    #expect(parts.reduce(0) { $0 + splitter.cellCount($1, metadata: nil) } == cells)
                    worst = max(worst, Double(parts.count) / Double(QuerySplitter.minimumRequests(cells: cells, maxCells: limit)))
                }
            }
        }
        #expect(worst <= 1.2, "worst ratio to the minimum: \(worst)")
    }

    @Test("The longest explicit list is split first")
    func longestFirst() throws {
        let years = (2001...2020).map(String.init)
        let query = PxWebQuery(table: "1", selections: [.codes("R", (1...10).map(String.init)), .codes("Tid", years)])
        let parts = try QuerySplitter(maxCells: 100).split(query)
        #expect(parts.count == 2)
        #expect(parts.map { $0.selections[1].filter.explicitCodes ?? [] } == [Array(years[..<10]), Array(years[10...])])
        #expect(parts.allSatisfy { $0.selections[0] == query.selections[0] })
    }

    @Test("Odd counts bisect without empty parts")
    func oddCounts() throws {
        let query = PxWebQuery(table: "1", selections: [.codes("R", ["a", "b", "c", "d", "e"])])
        let parts = try QuerySplitter(maxCells: 1).split(query)
        #expect(parts.map { $0.selections[0].filter.explicitCodes ?? [] } == [["a"], ["b"], ["c"], ["d"], ["e"]])
    }

    @Test("'*' is counted from metadata and expanded into codes when it must be split")
    func expandsAll() throws {
        let splitter = QuerySplitter(maxCells: 1_000)
        let query = PxWebQuery(
            table: "99001",
            selections: [.all("KOKkommuneregion0000"), .codes("ContentsCode", ["KOSAG110000"]), .all("Tid")]
        )
        #expect(splitter.cellCount(query, metadata: Self.metadata) == 2_700)
        let parts = try splitter.split(query, metadata: Self.metadata)
        #expect(parts.count == 3)
        #expect(parts.flatMap { $0.selections[0].filter.explicitCodes ?? [] } == Self.regions)
        #expect(parts.allSatisfy { $0.selections[2].filter == .all })
    }

    @Test("top(n), from(x) and to(x) are counted from metadata")
    func countsExpressions() {
        let splitter = QuerySplitter()
        #expect(splitter.categoryCount(.top("Tid", 2), metadata: Self.metadata) == 2)
        #expect(splitter.categoryCount(.top("Tid", 10), metadata: Self.metadata) == 3)
        #expect(splitter.categoryCount(.from("Tid", "2023"), metadata: Self.metadata) == 2)
        #expect(splitter.categoryCount(.to("tid", "2023"), metadata: Self.metadata) == 2)
    }

    @Test("A query that cannot be split gives a clear error")
    func unsplittable() {
        let query = PxWebQuery(table: "12134", selections: [.codes("KOKkommuneregion0000", ["0301"]), .top("Tid", 3)])
        #expect {
            try QuerySplitter(maxCells: 2).split(query)
        } throws: { error in
            (error as? FetchError)?.errorDescription
                == "The query for table 12134 cannot be split within SSB's limits: it selects 3 cells (limit 2), "
                + "and no variable has more than one explicit code left to split. Query: table 12134 (KOKkommuneregion0000: 0301, Tid: top(3)). "
                + "Select fewer categories, use '*' or top(n) instead of long code lists, or use a codelist."
        }
    }

    @Test("An empty code list is rejected before anything is sent")
    func emptyList() {
        let query = PxWebQuery(table: "12134", selections: [.codes("Tid", [])])
        #expect(throws: FetchError.invalidQuery(table: "12134", query: "table 12134 (Tid: )", reason: "variable Tid has an empty code list")) {
            try QuerySplitter().split(query)
        }
    }

    @Test("A variable the table does not have is rejected, naming the ones it has")
    func unknownVariable() {
        let query = PxWebQuery(table: "99001", selections: [.codes("Region", ["0301"])])
        #expect {
            try QuerySplitter().split(query, metadata: Self.metadata)
        } throws: { error in
            (error as? FetchError)?.errorDescription
                == "The query for table 99001 is not valid: the table has no variable Region (it has KOKkommuneregion0000, ContentsCode, Tid). "
                + "Query: table 99001 (Region: 0301). Check it against the table's metadata."
        }
    }
}
