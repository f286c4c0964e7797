import Foundation
import KostraFetch
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// How many requests a fetch sends, against the fewest SSB's cell limit allows (issue 25), and
/// the POSTs that carry selections too long for a URL, all against the replay server.
@Suite("Fetch planning: fewest requests, POST for long selections")
struct FetchPlanningTests {
    /// A national fetch of the whole catalogue (every municipality of the bundled registry and
    /// the national figures, all the recipes' years) against tables that refuse more than
    /// `maxDataCells` cells and a `/config` that says so. Returns the report, the server's tally
    /// and the stored figures.
    static func nationalFetch(maxDataCells: Int) async throws -> (FetchReport, NationalFetchReplay.Tally, [Observation]) {
        let environment = try await TestEnvironment.start()
        do {
            try await NationalFetchReplay.serve(
                on: environment.server, population: try Population07459Table.table(testYear2025: true), maxDataCells: maxDataCells)
            let definitions = try Definitions.bundled()
            let workspace = Workspace(definitions: definitions, store: try SQLiteStore.temporary())
            // The product's defaults (POST for long selections), with the replay server's base.
            let report = try await workspace.imports.fetch(
                try NationalFetchReplay.request(definitions: definitions, recipes: try RecipeBook.bundled()),
                configuration: environment.configuration(postLongQueries: true))
            let tally = NationalFetchReplay.Tally(await environment.server.requests(), maxDataCells: maxDataCells)
            let figures = try await workspace.store.observations(ObservationQuery())
            await environment.stop()
            return (report, tally, figures)
        } catch {
            await environment.stop()
            throw error
        }
    }

    @Test("A national fetch at SSB's limit (800 000 cells) sends one data request per table: the minimum")
    func nationalAtSSBLimit() async throws {
        let (report, tally, figures) = try await Self.nationalFetch(maxDataCells: 800_000)
        #expect(tally.data == tally.minimumData, "\(tally)")
        #expect(tally.data == report.tables.count)
        // The report's own count and minimum agree with what the server received.
        #expect(report.requests == tally.data)
        #expect(report.minimumRequests == tally.minimumData)
        // SSB's limits are read once; each table's metadata once.
        #expect(tally.config == 1)
        #expect(tally.metadata == report.tables.count)
        #expect(!figures.isEmpty)
    }

    @Test("At a stricter stated limit the national fetch packs its cells into at most 1,2 × the minimum, and stores the same figures")
    func nationalAtStricterLimit() async throws {
        let (_, _, reference) = try await Self.nationalFetch(maxDataCells: 800_000)
        // 5 000 cells (test data, not SSB's figure) cuts 07459 (about 60 codes × 106 ages × 11 years) into many parts.
        let (report, tally, figures) = try await Self.nationalFetch(maxDataCells: 5_000)
        #expect(tally.minimumData > report.tables.count, "the limit must make packing matter: \(tally)")
        #expect(Double(tally.data) <= 1.2 * Double(tally.minimumData), "\(tally)")
        #expect(report.requests == tally.data)
        #expect(report.minimumRequests == tally.minimumData)
        #expect(report.tables.allSatisfy { $0.requests >= $0.minimumRequests })
        func strip(_ list: [Observation]) -> [String] {
            list.map { "\($0.region) \($0.indicator) \($0.year) \($0.value.map { String($0) } ?? "-") \($0.status?.symbol ?? "")" }.sorted()
        }
        #expect(strip(figures) == strip(reference))
    }

    @Test("SSB's /config limit, when lower than the configured one, is what the client packs to")
    func configLimitPacks() async throws {
        try await withEnvironment { env in
            let table = SyntheticTable.kostra900(maxCells: 1_000)
            await env.server.serve(table)
            var config =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: SSBReplayServer.bundledFixtures.appendingPathComponent("api/pxwebapi/v2/config.json"))) as? [String: Any]
                ?? [:]
            config["maxDataCells"] = 1_000
            await env.server.route(
                ReplayRoute(path: NationalFetchReplay.configPath, source: .bytes(try JSONSerialization.data(withJSONObject: config))))
            let client = env.pxweb(env.configuration(maxDataCells: 800_000, postLongQueries: true))
            _ = try await client.config()
            #expect(await client.maxDataCells == 1_000)
            let query = QuerySplitterTests.query(regions: table.dimensions[0].codes)
            let parts = try await client.data(query)
            // 2 700 cells at 1 000: three parts of 300 regions (each short enough for a GET).
            #expect(parts.count == QuerySplitter.minimumRequests(cells: 2_700, maxCells: 1_000))
            let data = await env.server.requests().filter { $0.path.hasSuffix("/data") }
            #expect(data.count == 3)
            #expect(parts.map { $0.query.selections[0].filter.explicitCodes?.count ?? 0 } == [300, 300, 300])
        }
    }

    @Test("A selection too long for a URL goes as one POST, where GETs under the URL limit take four")
    func urlLengthForcesPost() async throws {
        try await withEnvironment { env in
            let table = SyntheticTable.kostra900()
            await env.server.serve(table)
            let query = QuerySplitterTests.query(regions: table.dimensions[0].codes)
            #expect(query.dataURL(apiBase: env.server.pxwebBase).count > 2_000)
            let posted = try await env.pxweb(env.configuration(postLongQueries: true)).data(query)
            let afterPost = await env.server.requests()
            #expect(posted.count == 1)
            #expect(afterPost.map(\.method) == ["POST"])
            #expect(afterPost.first?.target == "/api/pxwebapi/v2/tables/99001/data?lang=no&outputFormat=json-stat2")
            let got = try await env.pxweb(env.configuration(postLongQueries: false)).data(query)
            #expect(got.count == 4)
            #expect(await env.server.requests().dropFirst(afterPost.count).allSatisfy { $0.method == "GET" && $0.urlLength <= 2_000 })
        }
    }

    @Test("The replay server answers a POST as SSB answers the same GET: the same bytes, and the same refusals")
    func postAnsweredLikeGet() async throws {
        try await withEnvironment { env in
            let table = SyntheticTable.kostra900(maxCells: 1_000)
            await env.server.serve(table)
            // Every query as a POST (no URL is short enough), or every one as a GET.
            let post = env.pxweb(env.configuration(maxURLLength: 10, maxDataCells: 10_000, postLongQueries: true))
            let get = env.pxweb(env.configuration(maxDataCells: 10_000, postLongQueries: false))
            let small = PxWebQuery(
                table: "99001",
                selections: [.codes("KOKkommuneregion0000", ["0301", "4601"]), .codes("ContentsCode", ["KOSAG110000"]), .codes("Tid", ["2024"])])
            let byPost = try await post.data(small)
            let byGet = try await get.data(small)
            #expect(byPost.first?.body == byGet.first?.body)
            #expect(byPost.first?.url.hasPrefix("POST ") == true)
            // Over the cell limit (the client told a looser one, so it does not split; '*' keeps the
            // GET short): 400 "Too many cells selected".
            let large = PxWebQuery(
                table: "99001",
                selections: [.all("KOKkommuneregion0000"), .codes("ContentsCode", ["KOSAG110000"]), .codes("Tid", ["2024", "2023"])])
            for client in [post, get] {
                await #expect {
                    _ = try await client.data(large)
                } throws: { error in
                    guard case .httpStatus(_, 400, let title, _) = error as? FetchError else { return false }
                    return title == SSBErrorBody.tooManyCells
                }
            }
            // A code the table does not have: 400 "Non-existent value".
            var unknown = small
            unknown.selections[0] = .codes("KOKkommuneregion0000", ["0301", "9999"])
            for client in [post, get] {
                await #expect {
                    _ = try await client.data(unknown)
                } throws: { error in
                    guard case .httpStatus(_, 400, let title, _) = error as? FetchError else { return false }
                    return title == SSBErrorBody.nonExistentValue
                }
            }
        }
    }
}
