import Foundation
import KostraModel
import KostraStore
import KostraTesting
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// What only PostgreSQL has: a server to reach, a login, databases on a server.
/// These need the server scripts/test starts; without it they fail with a message saying so.
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    /// A port on 127.0.0.1 where nothing listens.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test("An unreachable server: one clear message naming the server")
    func unreachable() async throws {
        _ = try TestPostgres.adminURL()
        let port = try Self.closedPort()
        let location = try PostgresLocation(url: "postgres://kostra@127.0.0.1:\(port)/kostra?sslmode=disable", environment: [:])
        let error = await Self.openingError(location)
        if case .unreachable = error {
            #expect(error?.errorDescription?.contains("Cannot reach the PostgreSQL server for postgres://kostra@127.0.0.1:\(port)/kostra") == true)
        } else {
            Issue.record("unexpected result \(String(describing: error))")
        }
    }

    /// The error opening `location` gives, or `nil` when it opens.
    static func openingError(_ location: PostgresLocation, migrate: Bool = true) async -> StoreError? {
        do {
            _ = try await PostgresStore.open(location, migrate: migrate)
            return nil
        } catch {
            return error
        }
    }

    @Test("A wrong password is refused with the user and where the password was looked up; the right one works")
    func wrongPassword() async throws {
        let role = try TestPostgres.passwordRole()
        let port = try TestPostgres.port()
        let url = "postgres://\(role.user)@127.0.0.1:\(port)/kostra?sslmode=disable"
        let wrong = await Self.openingError(
            try PostgresLocation(url: url, environment: ["PGPASSWORD": "not-the-password"]), migrate: false)
        if case .authenticationFailed(_, let user, let reason, let source) = wrong {
            #expect(user == role.user && source == "PGPASSWORD")
            #expect(reason.contains("password authentication failed"))
        } else {
            Issue.record("unexpected result \(String(describing: wrong))")
        }
        let none = await Self.openingError(try PostgresLocation(url: url, environment: ["PGPASSFILE": "/nonexistent"]), migrate: false)
        if case .authenticationFailed(_, _, let reason, let source) = none {
            #expect(reason == "the server asks for a password and none was found")
            #expect(source.contains("/nonexistent"))
        } else {
            Issue.record("unexpected result \(String(describing: none))")
        }
        // The right password, through a password file as psql reads it.
        let folder = try TestScratch.newFolder(prefix: "pgpass")
        let file = folder.appendingPathComponent("pgpass").path
        try Data("127.0.0.1:\(port):kostra:\(role.user):\(role.password)\n".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let right = await Self.openingError(try PostgresLocation(url: url, environment: ["PGPASSFILE": file]), migrate: false)
        // Logged in: the shared 'kostra' database simply has no schema, and migrate: false leaves it so.
        if case .schemaOutdated = right {} else { Issue.record("unexpected result \(String(describing: right))") }
    }

    @Test("A database that does not exist says how to create it")
    func missingDatabase() async throws {
        let admin = try PostgresLocation(url: TestPostgres.adminURL(), environment: [:])
        var location = admin
        location.database = "no_such_database"
        await #expect(throws: StoreError.databaseMissing(location: location.displayURL, database: "no_such_database", user: admin.user)) {
            _ = try await PostgresStore.open(location)
        }
    }

    @Test("Without migrate, a new database is reported as outdated and left untouched")
    func noMigration() async throws {
        let url = try await TestPostgres.newDatabase()
        let display = try PostgresLocation(url: url, environment: [:]).displayURL
        for _ in 0..<2 {
            await #expect(
                throws: StoreError.schemaOutdated(
                    location: display,
                    missingMigrations: ["v1-observations", "v2-klassRegions", "v3-fastChecks", "v4-revisionNotify", "v5-figureRevisions"])
            ) {
                _ = try await TestPostgres.open(url, migrate: false)
            }
        }
        let store = try await TestPostgres.open(url)
        #expect(store.migrationsApplied == ["v1-observations", "v2-klassRegions", "v3-fastChecks", "v4-revisionNotify", "v5-figureRevisions"])
        #expect(try await TestPostgres.open(url).migrationsApplied.isEmpty)
    }

    @Test("Several processes opening a new database at once migrate it once")
    func concurrentMigration() async throws {
        let url = try await TestPostgres.newDatabase(poolSize: 1)
        let applied = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 { group.addTask { try await TestPostgres.open(url).migrationsApplied } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(
            applied.filter { !$0.isEmpty } == [["v1-observations", "v2-klassRegions", "v3-fastChecks", "v4-revisionNotify", "v5-figureRevisions"]])
    }

    @Test("The pool never holds more connections than pool_size, however many queries wait")
    func boundedPool() async throws {
        let store = try await TestPostgres.open(try await TestPostgres.newDatabase(poolSize: 2))
        _ = try await store.importBatch(
            ImportBatch(
                source: DataSource(kind: .file, title: "a", reference: "a", retrievedAt: Date()),
                observations: [Observation(indicator: "rbi", region: "oslo", year: 2024, value: 1)]))
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<40 { group.addTask { try await store.observations(ObservationQuery()).count } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 1, count: 40))
        #expect(try await store.connectionsForTesting() <= 2)
    }
}
