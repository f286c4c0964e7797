import Foundation
import KostraFetch
import KostraTesting
import Logging

/// Shared set-up for the client tests: a replay server, a fresh cache folder, a manual
/// clock and a configuration with tiny back-off so the suite stays fast.
struct TestEnvironment {
    let server: SSBReplayServer
    let cacheDirectory: URL
    let clock = ManualClock()
    let logger: Logger

    static func start() async throws -> TestEnvironment {
        let logger = makeLogger()
        let server = try await SSBReplayServer.start(logger: logger)
        let cache = FileManager.default.temporaryDirectory
            .appendingPathComponent("kostrafetch-tests-\(UUID().uuidString)", isDirectory: true)
        return TestEnvironment(server: server, cacheDirectory: cache, logger: logger)
    }

    /// Test settings: the replay server's bases, no throttling, 10 ms doubling back-off without jitter,
    /// GET queries split by URL length unless `postLongQueries`,
    /// and a generous request time-out so a loaded CI machine does not turn answers into retries.
    func configuration(
        offline: Bool = false,
        maxAge: Duration? = nil,
        throttle: RequestThrottle.Configuration = .unlimited,
        retry: RetryPolicy = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(10), factor: 2, maxDelay: .seconds(1), jitter: 0),
        requestTimeout: Duration = .seconds(60),
        maxURLLength: Int = 2_000,
        maxDataCells: Int = 800_000,
        postLongQueries: Bool = false
    ) -> FetchConfiguration {
        FetchConfiguration(
            apiBase: server.pxwebBase,
            klassBase: server.klassBase,
            cacheDirectory: cacheDirectory,
            offline: offline,
            maxAge: maxAge,
            throttle: throttle,
            retry: retry,
            requestTimeout: requestTimeout,
            maxURLLength: maxURLLength,
            maxDataCells: maxDataCells,
            postLongQueries: postLongQueries
        )
    }

    func pxweb(_ configuration: FetchConfiguration) -> PxWebClient {
        PxWebClient(configuration: configuration, clock: clock, logger: logger)
    }

    func klass(_ configuration: FetchConfiguration) -> KlassClient {
        KlassClient(configuration: configuration, clock: clock, logger: logger)
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: cacheDirectory)
    }

    static func makeLogger() -> Logger {
        var logger = Logger(label: "KostraFetchTests")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .error
        return logger
    }
}

/// Runs `body` against a fresh replay server and cache, and always cleans up.
func withEnvironment(_ body: (TestEnvironment) async throws -> Void) async throws {
    let environment = try await TestEnvironment.start()
    do {
        try await body(environment)
    } catch {
        await environment.stop()
        throw error
    }
    await environment.stop()
}

/// The query that the real 12134 answer in `shared/data/` was fetched with.
let query12134 = PxWebQuery(
    table: "12134",
    selections: [
        .codes("KOKkommuneregion0000", ["0301", "4601", "5001"]),
        .codes("ContentsCode", ["KOSAG110000"]),
        .codes("Tid", ["2024"]),
    ]
)

let real12134File = "data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json"
let realKlassCodesAtFile = "data/klass131_codesAt_2026-01-01_api_response.json"

extension TestEnvironment {
    /// Routes the real 12134 answer to its query.
    func routeReal12134() async {
        await server.route(
            "/api/pxwebapi/v2/tables/12134/data",
            query: ["valueCodes[KOKkommuneregion0000]": "0301,4601,5001", "valueCodes[ContentsCode]": "KOSAG110000", "valueCodes[Tid]": "2024"],
            file: SharedFixtures.url(real12134File)
        )
    }

    /// The data URL of the 12134 query against this server.
    var url12134: String { query12134.dataURL(apiBase: server.pxwebBase) }
}
