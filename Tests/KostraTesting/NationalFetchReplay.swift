public import Foundation
public import KostraKit
public import KostraModel

/// The replay side of a national fetch: every table the catalogue's recipes read (SSB's
/// social-services tables and 07459), holding every region code of a registry, behind a
/// `/config` that states the cell limit, so a test or the benchmark can count the requests a
/// whole-catalogue fetch makes against the fewest that limit allows.
///
/// The tables are ``SocialTablesReplay``'s (SSB's labels, made-up codes and values) and a 07459
/// given by the caller: the real one (``Population07459Table``, which reads `shared/`) in tests,
/// or ``madeUpPopulation(regionCodes:years:)`` where `shared/` is not to be read (the benchmark).
public enum NationalFetchReplay {
    /// The request count of a fetch, by kind, as the replay server saw it.
    public struct Tally: Sendable, Hashable {
        /// `…/tables/{id}/data` requests (GET or POST).
        public var data: Int
        /// `…/tables/{id}/metadata` requests.
        public var metadata: Int
        /// `…/config` requests.
        public var config: Int
        /// POSTs among the data requests.
        public var posts: Int
        /// The fewest data requests the cell limit allows for the cells that were asked for:
        /// the sum over tables of `max(1, ceil(cells / maxDataCells))`, with each request's cells
        /// counted from its own selection as the server received it.
        public var minimumData: Int
        /// Everything the server received.
        public var total: Int { data + metadata + config }

        /// Counts recorded requests; `maxDataCells` is the limit the server stated.
        public init(_ requests: [RecordedRequest], maxDataCells: Int) {
            let dataRequests = requests.filter { $0.path.hasSuffix("/data") }
            data = dataRequests.count
            metadata = requests.filter { $0.path.hasSuffix("/metadata") }.count
            config = requests.filter { $0.path.hasSuffix("/config") }.count
            posts = dataRequests.filter { $0.method == "POST" }.count
            var cellsByTable: [String: Int] = [:]
            for request in dataRequests {
                let table = request.path.split(separator: "/").dropLast().last.map(String.init) ?? request.path
                // Explicit lists only: the fetch planner never sends '*' or top(n).
                let counts = request.query.filter { $0.name.lowercased().hasPrefix("valuecodes[") }
                    .map { $0.value.split(separator: ",").count }
                cellsByTable[table, default: 0] += counts.reduce(1, *)
            }
            minimumData = cellsByTable.values.reduce(0) { $0 + max(1, ($1 + maxDataCells - 1) / maxDataCells) }
        }
    }

    /// The path SSB's `/config` is served under.
    public static let configPath = "/api/pxwebapi/v2/config"

    /// Serves the tables, each refusing more than `maxDataCells` cells as SSB does, and a
    /// `/config` stating that limit: SSB's real answer (the fixture) with only `maxDataCells` changed.
    public static func serve(
        on server: SSBReplayServer, population: SyntheticTable, regionCodes: [String]? = nil, maxDataCells: Int = 800_000
    ) async throws {
        var tables = try SocialTablesReplay.tables(regionCodes: regionCodes) + [population]
        for index in tables.indices { tables[index].maxCells = maxDataCells }
        for table in tables { await server.serve(table) }
        let fixture = SSBReplayServer.bundledFixtures.appendingPathComponent("api/pxwebapi/v2/config.json")
        guard var config = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any] else {
            throw NationalFetchReplayError.unreadableConfigFixture(fixture.path)
        }
        config["maxDataCells"] = maxDataCells
        let body = try JSONSerialization.data(withJSONObject: config, options: [.sortedKeys])
        await server.route(ReplayRoute(path: configPath, source: .bytes(body)))
    }

    /// The statistics years of the catalogue's recipes: from the earliest year any SSB recipe
    /// part starts (its era's `from`) to the newest year the served social-services tables hold
    /// (the recipes' newest eras are open-ended).
    public static func years(recipes: RecipeBook) throws -> ClosedRange<Int> {
        let starts = recipes.recipes.filter { $0.method == .sum || $0.method == .ratio }
            .flatMap { $0.parts ?? [] }.compactMap { $0.years?.from }
        let newest = try SocialTablesReplay.tables().compactMap { table in
            table.dimensions.first { $0.id == "Tid" }?.codes.compactMap(Int.init).max()
        }.max()
        guard let first = starts.min(), let last = newest, first <= last else {
            throw NationalFetchReplayError.noYears
        }
        return first...last
    }

    /// The whole catalogue for every municipality of the registry and the national figures,
    /// over the recipes' years, with no user recipe file.
    public static func request(definitions: Definitions, recipes: RecipeBook) throws -> FetchRequest {
        FetchRequest(
            municipalities: definitions.regions.municipalities.map(\.id), national: true,
            years: try years(recipes: recipes), indicators: nil,
            recipesFile: FileManager.default.temporaryDirectory.appendingPathComponent("no-recipes-\(UUID().uuidString).json"))
    }

    /// A 07459 with the real table's variables (`Region`, `Alder` `000`…`104`, `105+`,
    /// `ContentsCode` `Personer1`, `Tid`) and **made-up values** (``SocialTablesReplay/value(_:)``,
    /// 10–1 009 people per age): test data, for where `shared/` is not read.
    public static func madeUpPopulation(regionCodes: [String], years: ClosedRange<Int>) -> SyntheticTable {
        SyntheticTable(
            id: "07459",
            label: "07459: Befolkning, etter region, alder, statistikkvariabel og år (testdata)",
            dimensions: [
                .init(id: "Region", label: "region", codes: regionCodes),
                .init(id: "Alder", label: "alder", codes: (0...104).map { String(format: "%03d", $0) } + ["105+"]),
                .init(id: "ContentsCode", label: "statistikkvariabel", codes: ["Personer1"], labels: ["Personer1": "Personer"]),
                .init(id: "Tid", label: "år", codes: years.map(String.init)),
            ],
            cellValue: { SocialTablesReplay.value($0) },
            roles: ["time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]])
    }

    /// Every municipality code of a registry, plus SSB's national aggregates `EAK` and `EAKUO`.
    public static func regionCodes(_ definitions: Definitions) -> [String] {
        var codes = Set<String>(["EAK", "EAKUO"])
        for region in definitions.regions.regions where region.kind == .municipality {
            codes.formUnion(region.codes.map(\.code))
        }
        return codes.sorted()
    }
}

/// Why the national fetch's replay could not be set up.
public enum NationalFetchReplayError: Error, LocalizedError, Sendable {
    /// The bundled `/config` fixture is not a JSON object.
    case unreadableConfigFixture(String)
    /// No recipe states a first year, or the replay tables hold no year after it.
    case noYears

    public var errorDescription: String? {
        switch self {
        case .unreadableConfigFixture(let path): "The replay server's /config fixture \(path) is not a JSON object."
        case .noYears: "The recipes state no first year at or before the newest year the replay tables hold."
        }
    }
}
