import Foundation
import Hummingbird
import KostraKit
import KostraModel
import KostraTesting
import KostraServer
import KostraStore
import Logging

/// `kostra serve`'s profile API and profile page under a bounded local load, over the SYNTHETIC
/// nation in SQLite or PostgreSQL, against a Hummingbird hello-world route served by this same
/// process in the same run: the framework's own ceiling on this machine.
///
/// Requests go round the municipalities (a wrk Lua script). Each profile is asked for once before
/// the load (the "first answers", computed from the store); under load the server answers from what
/// it keeps per address and store revision, checking the revision on every request, as a dashboard
/// in use does.
enum ServerLoadMeasurement {
    enum Engine: String {
        case sqlite, postgres
    }

    /// Rounds per route, each ``roundSeconds(for:)`` long.
    static let loadRounds = 5

    /// The length of one round when a route gets `seconds` in all.
    static func roundSeconds(for seconds: Int) -> Int {
        max(1, seconds / loadRounds)
    }

    static func run(folder: String, engine: Engine, seconds: Int) async throws -> ChildResult {
        let nation = SyntheticNation(catalog: try Definitions.bundled().catalog)
        let store = try await openStore(engine, folder: folder)
        _ = try await store.importFeed(nation.feed)
        let workspace = Workspace(definitions: nation.definitions, store: store)
        // Request logs at warning level: one log line per request would measure the terminal, not the server.
        var logger = Logger(label: "kostra-bench.serve")
        logger.logLevel = .warning
        let kostra = try await start { onRunning in
            try KostraServer.application(
                workspace: workspace, configuration: ServerConfiguration(host: "127.0.0.1", port: 0, logLevel: .warning),
                logger: logger, onRunning: onRunning)
        }
        let hello = try await start { onRunning in helloWorld(logger: logger, onRunning: onRunning) }
        let year = SyntheticNation.years.upperBound
        let queries = nation.municipalities.compactMap { municipality in
            nation.network(of: municipality.id).map { "municipality=\(municipality.id)&year=\(year)&network=\($0.id)" }
        }
        let api = try script(folder, "profile-api", paths: queries.map { "/api/v1/profile?" + $0 })
        let page = try script(folder, "profile-page", paths: queries.map { "/profil?" + $0 })
        let helloURL = "http://127.0.0.1:\(hello)/hello"
        let kostraURL = "http://127.0.0.1:\(kostra)"
        try check(kostraURL + "/api/v1/profile?" + queries[0])
        try check(kostraURL + "/profil?" + queries[0])
        // First answers: every profile asked for once, four at a time, so each is computed from the
        // store (the server's cold work, reported on its own); the load then meets a server that has
        // answered each address before, as a dashboard in use does.
        var info: [String: Double] = [:]
        info["apiFirstSeconds"] = try firstAnswers(kostraURL, paths: queries.map { "/api/v1/profile?" + $0 }, folder: folder)
        info["pageFirstSeconds"] = try firstAnswers(kostraURL, paths: queries.map { "/profil?" + $0 }, folder: folder)
        // A short warm-up of each, so the first connections' setup is not in the figures.
        for (url, script) in [(helloURL, nil), (kostraURL, api), (kostraURL, page)] {
            _ = try LoadResult.measure(url: url, script: script, seconds: 2)
        }
        // The routes take turns in short rounds, and the table reads medians: on this two-core
        // virtual machine one 10 s run of the same binary gave anything from 0,56× to 0,86× of
        // hello world, as the host's and the scheduler's spells fell on one route and not another.
        let start = Date()
        let routes = [("hello", helloURL, nil), ("api", kostraURL, api), ("page", kostraURL, page)]
        var rounds: [String: [LoadResult]] = [:]
        for _ in 0..<loadRounds {
            for (name, url, script) in routes {
                rounds[name, default: []].append(try LoadResult.measure(url: url, script: script, seconds: roundSeconds(for: seconds)))
            }
        }
        for (name, _, _) in routes {
            let results = rounds[name] ?? []
            info.merge(LoadResult.median(of: results).info(name)) { $1 }
            // Each round's ratio to the hello world measured just before it.
            info[name + "Ratio"] = ChildResult.median(zip(results, rounds["hello"] ?? []).map { $0.requestsPerSecond / $1.requestsPerSecond })
        }
        info["rounds"] = Double(loadRounds)
        info["municipalities"] = Double(queries.count)
        info["observations"] = Double(nation.observations.count)
        if let postgres = store as? PostgresStore { await postgres.close() }
        return ChildResult(seconds: [Date().timeIntervalSince(start)], peakKB: ChildResult.peakKilobytes(), info: info)
    }

    /// The PostgreSQL URL comes from `KOSTRA_BENCH_POSTGRES_URL`, else from `KOSTRA_TEST_POSTGRES_URL`
    /// (set by `scripts/with-postgres`, which `scripts/bench` runs the benchmark under).
    static var postgresURL: String? {
        let environment = ProcessInfo.processInfo.environment
        return [environment["KOSTRA_BENCH_POSTGRES_URL"], environment["KOSTRA_TEST_POSTGRES_URL"]].compactMap { $0 }
            .first { !$0.isEmpty }
    }

    private static func openStore(_ engine: Engine, folder: String) async throws -> any ObservationStore {
        switch engine {
        case .sqlite:
            let path = folder + "/load.sqlite"
            try? FileManager.default.removeItem(atPath: path)
            return try SQLiteStore(path: path)
        case .postgres:
            guard let url = postgresURL else {
                throw BenchError.child("no PostgreSQL for the load run: set KOSTRA_BENCH_POSTGRES_URL, or run scripts/bench, which starts one")
            }
            return try await PostgresStore.open(PostgresLocation(url: url))
        }
    }

    /// Runs the application in the background of this process and returns its port once it listens.
    private static func start<App: ApplicationProtocol>(
        _ make: (@escaping @Sendable (Int) async -> Void) throws -> App
    ) async throws -> Int {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try make { port in continuation.yield(port) }
        Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw BenchError.child("a server did not start") }
        return port
    }

    private static func helloWorld(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let router = Router()
        router.get("hello") { _, _ in "Hello, world!" }
        return Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    /// A wrk script that asks for `paths` in turn.
    private static func script(_ folder: String, _ name: String, paths: [String]) throws -> String {
        let file = folder + "/\(name).lua"
        let list = paths.map { "  \"\($0)\"," }.joined(separator: "\n")
        let text = """
            -- Written by kostra-bench: asks for each path in turn.
            local paths = {
            \(list)
            }
            local i = 0
            request = function()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end

            """
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Seconds for asking for every path once with curl, four requests at a time.
    private static func firstAnswers(_ base: String, paths: [String], folder: String) throws -> Double {
        let config = folder + "/first-answers.curl"
        try paths.map { "url = \"\(base)\($0)\"\noutput = \"/dev/null\"" }.joined(separator: "\n")
            .write(toFile: config, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "--fail", "--parallel", "--parallel-max", "4", "-K", config]
        let (_, seconds) = try timed { () throws -> Void in
            try process.run()
            process.waitUntilExit()
        }
        guard process.terminationStatus == 0 else { throw BenchError.child("curl's first answers exited with \(process.terminationStatus)") }
        return seconds
    }

    /// Fails the measurement unless `url` answers 200, so a load run never measures error pages.
    private static func check(_ url: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", url]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let code = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard code == "200" else { throw BenchError.child("\(url) answered \(code), not 200") }
    }
}
