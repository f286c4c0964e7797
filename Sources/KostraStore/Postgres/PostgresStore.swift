import Foundation
public import KostraModel
import PostgresNIO
public import Logging

/// The shared store: one PostgreSQL database, reached through a bounded connection pool.
///
/// Open it once per process and share it (it is `Sendable`): the pool, at most
/// ``PostgresLocation/poolSize`` connections, lives as long as the store. Opening checks
/// the server, the login and the schema on one direct connection first, so a wrong
/// password or an unreachable server is reported at once and by name, then starts the pool.
public final class PostgresStore: ObservationStore {
    public let location: PostgresLocation
    /// The migrations this open applied (empty when the schema was up to date).
    public let migrationsApplied: [String]
    let client: PostgresClient
    private let runner: Task<Void, Never>
    /// Keeps the revision between changes; see ``PostgresRevisionWatch``.
    let revisionWatch = PostgresRevisionWatch()
    private let watcher: Task<Void, Never>

    /// The advisory-lock class KostraKit's locks use (`pg_advisory_xact_lock(class, key)`).
    static let lockClass: Int32 = 0x4B53
    /// Where the pool and the queries log: the caller's (``DatabaseLocation/open(migrate:mustExist:logger:)``).
    let logger: Logger

    /// Connects, checks the login and the schema (refusing one newer than this program),
    /// applies missing migrations unless `migrate` is false, and starts the pool.
    public static func open(_ location: PostgresLocation, migrate: Bool = true, logger: Logger = DatabaseLocation.silentLogger)
        async throws(StoreError) -> PostgresStore
    {
        let applied = try await PostgresMigrator(location: location, logger: logger).run(migrate: migrate)
        return PostgresStore(location: location, migrationsApplied: applied, logger: logger)
    }

    private init(location: PostgresLocation, migrationsApplied: [String], logger: Logger) {
        self.location = location
        self.logger = logger
        self.migrationsApplied = migrationsApplied
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: Self.clientTLS(location.tls))
        configuration.options.minimumConnections = 0
        configuration.options.maximumConnections = location.poolSize
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = [("application_name", "kostra")]
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
        let watch = revisionWatch
        // One connection beyond the pool, named so in pg_stat_activity.
        watcher = Task { await watch.run { try await PostgresMigrator(location: location, logger: logger).connect(applicationName: "kostra-watch") } }
    }

    deinit {
        runner.cancel()
        watcher.cancel()
    }

    /// Closes the pool's connections; the store cannot be used afterwards.
    public func close() async {
        watcher.cancel()
        runner.cancel()
        await watcher.value
        await runner.value
    }

    static func clientTLS(_ mode: PostgresLocation.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    // MARK: - ObservationStore

    public func importBatch(_ batch: ImportBatch) async throws(StoreError) -> ImportSummary {
        // This process sees its own import at once; other servers hear of it from the trigger.
        defer { revisionWatch.changed() }
        return try await perform {
            try await self.retryingConflicts {
                try await self.client.withTransaction(logger: self.logger) { connection in
                    try await PostgresWriter.write(batch, on: connection)
                }
            }
        }
    }

    public func observations(_ query: ObservationQuery) async throws(StoreError) -> [Observation] {
        try await perform {
            try await self.client.withConnection { connection in
                try await PostgresReader.observations(query, on: connection)
            }
        }
    }

    public func yearsWithFigures(_ query: ObservationQuery) async throws(StoreError) -> [Int] {
        try await perform {
            try await self.client.withConnection { connection in
                try await PostgresReader.yearsWithFigures(query, on: connection)
            }
        }
    }

    public func aggregates(_ query: AggregateQuery) async throws(StoreError) -> [PublishedAggregate] {
        try await perform {
            try await self.client.withConnection { connection in
                try await PostgresReader.aggregates(query, on: connection)
            }
        }
    }

    public func sources() async throws(StoreError) -> [DataSource] {
        try await perform {
            try await self.client.withConnection { connection in try await PostgresReader.sources(on: connection) }
        }
    }

    public func revision() async throws(StoreError) -> StoreRevision {
        if let kept = revisionWatch.current() { return kept }
        let generation = revisionWatch.generation()
        let revision = try await readRevision()
        if let generation { revisionWatch.keep(revision, readAt: generation) }
        return revision
    }

    private func readRevision() async throws(StoreError) -> StoreRevision {
        try await perform {
            let rows = try await self.client.query(
                "SELECT COUNT(*), COALESCE(MAX(id), 0), MAX(retrievedAt) FROM source", logger: self.logger
            ).collect()
            guard let row = rows.first?.makeRandomAccess() else { return StoreRevision(sources: 0, newestSourceID: 0, updatedAt: nil) }
            return StoreRevision(
                sources: Int(try row[0].decode(Int64.self)), newestSourceID: try row[1].decode(Int64.self),
                updatedAt: try row[2].decode(Date?.self))
        }
    }

    public func hasSource(kind: DataSource.Kind, reference: String) async throws(StoreError) -> Bool {
        try await perform {
            let rows = try await self.client.query(
                "SELECT EXISTS (SELECT 1 FROM source WHERE kind = \(kind.rawValue) AND reference = \(reference))",
                logger: self.logger
            ).collect()
            return try rows.first?.decode(Bool.self) ?? false
        }
    }

    public func status() async throws(StoreError) -> StoreStatus {
        let display = location.displayURL
        return try await perform {
            try await self.client.withConnection { connection in
                let version =
                    try await connection.query("SHOW server_version", logger: self.logger).collect()
                    .first?.decode(String.self) ?? ""
                let counts =
                    try await connection.query(
                        """
                        SELECT (SELECT COUNT(*) FROM observation), (SELECT COUNT(*) FROM publishedAggregate)
                        """, logger: self.logger
                    ).collect().first?.decode((Int, Int).self) ?? (0, 0)
                var bySource: [String: Int] = [:]
                for row in try await connection.query(
                    """
                    SELECT s.title, (SELECT COUNT(*) FROM observation o WHERE o.sourceId = s.id)
                      + (SELECT COUNT(*) FROM publishedAggregate a WHERE a.sourceId = s.id)
                    FROM source s
                    """, logger: self.logger
                ).collect() {
                    let (title, count) = try row.decode((String, Int).self)
                    bySource[title, default: 0] += count
                }
                let applied = try await PostgresMigrator.applied(on: connection) ?? []
                let schema = PostgresSchema.migrations.map(\.identifier).last { applied.contains($0) }
                return StoreStatus(
                    engine: "PostgreSQL \(version.split(separator: " ").first.map(String.init) ?? version)",
                    location: display, schemaVersion: schema ?? "none", observationCount: counts.0,
                    aggregateCount: counts.1, countsBySource: bySource)
            }
        }
    }

    public func snapshot() async throws(StoreError) -> StoreSnapshot {
        try await perform {
            // REPEATABLE READ: the three lists come from one moment even while imports run.
            try await self.client.withConnection { connection in
                try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: self.logger)
                do {
                    let snapshot = try await PostgresReader.snapshot(on: connection)
                    try await connection.query("COMMIT", logger: self.logger)
                    return snapshot
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: self.logger)
                    throw error
                }
            }
        }
    }

    public func restore(_ snapshot: StoreSnapshot) async throws(StoreError) -> StoreSnapshot {
        let display = location.displayURL
        defer { revisionWatch.changed() }
        return try await perform {
            try await self.client.withTransaction(logger: self.logger) { connection in
                try await PostgresWriter.restore(snapshot, on: connection, location: display)
            }
        }
    }

    // MARK: - Helpers

    /// Runs `body`, turning whatever it throws into a ``StoreError`` that names this database.
    func perform<T>(_ body: () async throws -> T) async throws(StoreError) -> T {
        do {
            return try await body()
        } catch {
            throw PostgresErrors.map(error, location: location)
        }
    }

    /// Runs a transaction again when PostgreSQL chose it as a deadlock victim or serialisation
    /// failure: the transaction rolled back whole, so running it again is safe.
    func retryingConflicts<T>(_ body: () async throws -> T) async throws -> T {
        var attempt = 0
        while true {
            do {
                return try await body()
            } catch {
                attempt += 1
                guard attempt < 5, PostgresErrors.isRetryable(error) else { throw error }
            }
        }
    }
}

extension PostgresStore {
    /// Records a migration this program does not know, as a newer KostraKit would. For tests only.
    package func markMigrationForTesting(_ identifier: String) async throws {
        try await client.query(
            "INSERT INTO kostraMigration (identifier) VALUES (\(identifier))", logger: self.logger)
    }
}
