import Foundation
import KostraModel
import KostraStore
import KostraTesting
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// `kostra db …` and imports over PostgreSQL, run through the real `kostra` binary as a user would.
/// These need the server scripts/test starts; without it they fail with a message saying so.
@Suite("Database commands and PostgreSQL through the command line")
struct DatabaseCommandTests {
    let folder = try! KostraCLI.temporaryFolder()

    /// A series file (`series;region;<year>…`) with every catalogue indicator for `regions` over `years`.
    func seriesFile(_ name: String, regions: ArraySlice<Region>, years: ClosedRange<Int>, seed: Int = 1) throws -> (path: String, figures: Int) {
        let definitions = try Definitions.bundled()
        var lines = ["series;region;" + years.map(String.init).joined(separator: ";")]
        var figures = 0
        for (i, indicator) in definitions.catalog.indicators.enumerated() {
            for (j, region) in regions.enumerated() {
                // 0,00–11,99: within every unit's plausible range (a share, months, a count), as
                // every import now checks (docs/importing.md, 'What every figure must be').
                let cells = years.map { year in
                    let n = (i * 7919 + j * 104_729 + year * 31 + seed) % 1_200
                    return "\(n / 100),\(n % 100)"
                }
                lines.append("\(indicator.label);\(region.name);" + cells.joined(separator: ";"))
                figures += cells.count
            }
        }
        let path = folder.appendingPathComponent(name).path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (path, figures)
    }

    /// Starts `kostra` without waiting for it.
    func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = KostraCLI.executable
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func regions() throws -> [Region] { try Definitions.bundled().regions.regions }

    func checksum(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("Checksum: ") }.flatMap { line in
            line.split(separator: " ").filter { $0.count == 16 }.map(String.init)
        }
    }

    @Test("db migrate, db status and db copy SQLite → PostgreSQL → SQLite keep every figure and its provenance")
    func copyRoundTrip() async throws {
        let postgres = try await TestPostgres.newDatabase()
        let first = folder.appendingPathComponent("first.sqlite").path
        let back = folder.appendingPathComponent("back.sqlite").path
        let file = try seriesFile("small.csv", regions: try regions()[0..<3], years: 2015...2024)
        let imported = try await KostraCLI.run(["import", "published", file.path, "--database", first])
        #expect(imported.status == 0, "\(imported.stderr)")

        let migrate = try await KostraCLI.run(["db", "migrate", "--database", postgres])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(
            migrate.stdout.contains(
                "Applied v1-observations, v2-klassRegions, v3-fastChecks, v4-revisionNotify, v5-figureRevisions to postgres://kostra@127.0.0.1:"))
        let again = try await KostraCLI.run(["db", "migrate", "--database", postgres])
        #expect(again.stdout.contains("is up to date: schema v5-figureRevisions"))

        let there = try await KostraCLI.run(["db", "copy", "--from", first, "--to", postgres])
        #expect(there.status == 0, "\(there.stderr)")
        let home = try await KostraCLI.run(["db", "copy", "--from", postgres, "--to", back])
        #expect(home.status == 0, "\(home.stderr)")
        let sums = checksum(there.stdout) + checksum(home.stdout)
        #expect(sums.count == 4 && Set(sums).count == 1, "\(there.stdout)\n\(home.stdout)")

        var statuses: [KostraCLI.Result] = []
        for database in [first, postgres, back] { statuses.append(try await KostraCLI.run(["db", "status", "--database", database])) }
        #expect(statuses.allSatisfy { $0.status == 0 })
        #expect(statuses[1].stdout.contains("Engine:   PostgreSQL 15"))
        #expect(statuses[0].stdout.contains("Engine:   SQLite"))
        let counts = statuses.map { $0.stdout.split(separator: "\n").filter { !$0.hasPrefix("Database:") && !$0.hasPrefix("Engine:") } }
        #expect(counts[0] == counts[1] && counts[1] == counts[2])
        #expect(statuses[1].stdout.contains("\(file.figures)\tPubliserte tall: small.csv"))

        // A second copy into a database that now holds figures is refused and changes nothing.
        let refused = try await KostraCLI.run(["db", "copy", "--from", first, "--to", postgres])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already holds") && refused.stderr.contains("nothing was written"))
        #expect(try await KostraCLI.run(["db", "status", "--database", postgres]).stdout == statuses[1].stdout)
    }

    @Test("Two command-line imports into PostgreSQL at once both land in full")
    func concurrentImports() async throws {
        let url = try await TestPostgres.newDatabase()
        let all = try regions()
        let a = try seriesFile("a.csv", regions: all[0..<10], years: 2018...2027, seed: 1)
        let b = try seriesFile("b.csv", regions: all[10..<20], years: 2018...2027, seed: 2)
        #expect(try await KostraCLI.run(["db", "migrate", "--database", url]).status == 0)
        let store = try await TestPostgres.open(url)
        let before = try await store.countsForTesting()
        // Two processes, started together, each with its own connection pool.
        let processes = try [a.path, b.path].map { file in
            try launch(["import", "published", file, "--database", url])
        }
        try await onOwnThread { for process in processes { process.waitUntilExit() } }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let after = try await store.countsForTesting()
        // Both files, plus the bundled figures the first command to get there seeded (once).
        let bundled = try await store.sources().filter { $0.kind == .bundled }
        #expect(bundled.count == Set(bundled.map(\.reference)).count)
        let published = try await store.observations(ObservationQuery()).filter { $0.source?.kind == .published }
        #expect(published.count == a.figures + b.figures)
        #expect(after.sources == before.sources + 2 + bundled.count)
    }

    @Test("An import killed with kill -9 mid-way leaves PostgreSQL as it was; running it again completes")
    func killedImport() async throws {
        let url = try await TestPostgres.newDatabase()
        let small = try seriesFile("small.csv", regions: try regions()[0..<2], years: 2020...2024)
        #expect(try await KostraCLI.run(["import", "published", small.path, "--database", url]).status == 0)
        let store = try await TestPostgres.open(url)
        let before = try await store.snapshot()
        // About 30 000 figures: a debug build writes them for several seconds, so the kill lands mid-way.
        let big = try seriesFile("big.csv", regions: try regions()[...], years: 2008...2027, seed: 3)

        let process = try launch(["import", "published", big.path, "--database", url])
        // Wait until the import's transaction is writing figures, then kill it without warning.
        var writing = false
        while process.isRunning {
            if try await store.importsInProgressForTesting() > 0 {
                writing = true
                break
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(writing, "the import ended before it could be killed; the generated file is too small")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        // The server rolls the dead client's transaction back once it sees the connection gone.
        while try await store.importsInProgressForTesting() > 0 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(try await store.snapshot() == before)

        let rerun = try await KostraCLI.run(["import", "published", big.path, "--database", url])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("Imported \(big.figures) figures"))
        let after = try await store.snapshot()
        #expect(after.sources.count == before.sources.count + 1)
        #expect(after.observations.filter { $0.source?.title == "Publiserte tall: big.csv" }.count == big.figures)
    }

    // MARK: - Bad input

    func oneMessage(_ result: KostraCLI.Result) -> String? {
        let lines = result.stderr.split(separator: "\n").filter { !$0.isEmpty }
        return result.status != 0 && lines.count == 1 ? String(lines[0]) : nil
    }

    @Test(
        "A --database value that is neither a path nor a PostgreSQL URL: one message, no file left behind",
        arguments: ["mysql://x", "http://example.org/kostra", "postgres://kostra:hemmelig@127.0.0.1:5432/kostra"])
    func unsupportedLocation(value: String) async throws {
        let result = try await KostraCLI.run(["profile", "Bærum", "--database", value], directory: folder)
        let message = try #require(oneMessage(result), "\(result)")
        #expect(message.contains("Nothing was written"))
        #expect(!message.contains("hemmelig"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("An unreachable PostgreSQL server: one message naming it")
    func unreachable() async throws {
        _ = try TestPostgres.adminURL()
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let port = UInt16(bigEndian: address.sin_port)
        // Bound but not listening: connections are refused.
        let result = try await KostraCLI.run(["db", "status", "--database", "postgres://kostra@127.0.0.1:\(port)/kostra"])
        let message = try #require(oneMessage(result), "\(result)")
        #expect(message.contains("Cannot reach the PostgreSQL server for postgres://kostra@127.0.0.1:\(port)/kostra"))
    }

    @Test("A wrong password: one message, and the database is left as it was")
    func wrongPassword() async throws {
        let role = try TestPostgres.passwordRole()
        let url = try await TestPostgres.newDatabase()
        let location = try PostgresLocation(url: url, environment: [:])
        let asRole = "postgres://\(role.user)@127.0.0.1:\(location.port)/\(location.database)?sslmode=disable"
        let small = try seriesFile("small.csv", regions: try regions()[0..<1], years: 2024...2024)
        let result = try await KostraCLI.run(["import", "published", small.path, "--database", asRole], environment: ["PGPASSWORD": "wrong"])
        let message = try #require(oneMessage(result), "\(result)")
        #expect(message.contains("refused the login of user '\(role.user)'") && message.contains("Password looked up in: PGPASSWORD"))
        await #expect(
            throws: StoreError.schemaOutdated(
                location: location.displayURL,
                missingMigrations: ["v1-observations", "v2-klassRegions", "v3-fastChecks", "v4-revisionNotify", "v5-figureRevisions"])
        ) {
            _ = try await TestPostgres.open(url, migrate: false)
        }
    }

    @Test("A PostgreSQL database written by a newer KostraKit: one message, nothing written")
    func newerSchema() async throws {
        let url = try await TestPostgres.newDatabase()
        let store = try await TestPostgres.open(url)
        try await store.markMigrationForTesting("v99-future")
        let before = try await store.snapshot()
        let small = try seriesFile("small.csv", regions: try regions()[0..<1], years: 2024...2024)
        for arguments in [["import", "published", small.path], ["db", "migrate"], ["db", "status"]] {
            let result = try await KostraCLI.run(arguments + ["--database", url])
            let message = try #require(oneMessage(result), "\(arguments): \(result)")
            #expect(message.contains("was written by a newer KostraKit (unknown schema versions: v99-future)"))
        }
        #expect(try await store.snapshot() == before)
    }
}
