import Foundation
import KostraTesting
import Testing

/// The real `kostra` binary against the replay server: the thin command, its progress and summary.
@Suite("kostra fetch command")
struct FetchCommandTests {
    /// Runs the binary; `KostraCLI.run` waits on a thread of its own, so the in-process server keeps the concurrency pool.
    static func run(_ arguments: [String], environment: [String: String]) async throws -> KostraCLI.Result {
        try await KostraCLI.run(arguments, environment: environment)
    }

    @Test("Fetches into the database, prints plain progress lines to stderr and a summary")
    func fetchCommand() async throws {
        try await withFetchFixture { fixture in
            let folder = try KostraCLI.temporaryFolder()
            let environment = ["KOSTRA_DATABASE": folder.appendingPathComponent("k.sqlite").path]
            let arguments = [
                "fetch", "--municipality", "Bærum", "--include", "Lillestrøm", "--years", "2018-2024",
                "--indicators", "population-total", "--api-base", fixture.environment.server.pxwebBase,
                "--cache", folder.appendingPathComponent("cache").path,
            ]
            let first = try await Self.run(arguments, environment: environment)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stderr.contains("fetch: 1/1 table 07459: 1 part, 0 from cache"))
            #expect(first.stdout.contains("Stored 12 figures."))
            #expect(first.stdout.contains("2 not in SSB's tables"))
            let requests = await fixture.environment.server.requestCount()
            let offline = try await Self.run(arguments + ["--offline"], environment: environment)
            #expect(offline.status == 0, "\(offline.stderr)")
            #expect(offline.stdout.contains("1 from the cache"))
            #expect(await fixture.environment.server.requestCount() == requests)

            let bad = try await Self.run(["fetch", "--municipality", "Bærum", "--years", "2024-2015"], environment: environment)
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("--years must be a year or a range like 2015-2024"))
            try? FileManager.default.removeItem(at: folder)
        }
    }
}
