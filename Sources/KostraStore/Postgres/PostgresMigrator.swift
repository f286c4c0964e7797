import Foundation
import PostgresNIO

/// Checks the login and the schema on one direct connection, and brings the schema up to date.
///
/// A direct connection (not the pool) is used because the pool retries failed
/// connections quietly for many seconds and then reports only that it gave up; here
/// a refused password or a closed port is reported at once, with PostgreSQL's reason.
struct PostgresMigrator {
    var location: PostgresLocation
    var logger: Logger

    /// Returns the migrations it applied.
    func run(migrate: Bool) async throws(StoreError) -> [String] {
        let connection = try await connect()
        do {
            let applied = try await apply(on: connection, migrate: migrate)
            try? await connection.close()
            return applied
        } catch {
            try? await connection.close()
            throw PostgresErrors.map(error, location: location)
        }
    }

    /// A direct connection; `applicationName` is what `pg_stat_activity` shows for it.
    func connect(applicationName: String = "kostra") async throws(StoreError) -> PostgresConnection {
        do {
            var configuration = PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: try Self.connectionTLS(location.tls))
            configuration.options.connectTimeout = .seconds(10)
            configuration.options.additionalStartupParameters = [("application_name", applicationName)]
            return try await PostgresConnection.connect(
                configuration: configuration, id: 0, logger: logger)
        } catch {
            throw PostgresErrors.map(error, location: location)
        }
    }

    static func connectionTLS(_ mode: PostgresLocation.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    private func apply(on connection: PostgresConnection, migrate: Bool) async throws -> [String] {
        let known = PostgresSchema.migrations.map(\.identifier)
        let applied = try await Self.applied(on: connection) ?? []
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty {
            throw StoreError.schemaTooNew(path: location.displayURL, unknownMigrations: unknown.sorted())
        }
        let missing = known.filter { !applied.contains($0) }
        if missing.isEmpty { return [] }
        guard migrate else {
            throw StoreError.schemaOutdated(location: location.displayURL, missingMigrations: missing)
        }
        // One transaction under an advisory lock: processes starting together migrate once,
        // and a failed migration leaves the schema as it was (PostgreSQL's DDL is transactional).
        return try await connection.withTransaction(logger: logger) { connection in
            try await connection.query(
                "SELECT pg_advisory_xact_lock(\(PostgresStore.lockClass), 0)", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS kostraMigration (
                    identifier TEXT PRIMARY KEY,
                    appliedAt TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """, logger: logger)
            let current = try await Self.applied(on: connection) ?? []
            let unknownNow = current.filter { !known.contains($0) }
            if !unknownNow.isEmpty {
                throw StoreError.schemaTooNew(path: location.displayURL, unknownMigrations: unknownNow.sorted())
            }
            var done: [String] = []
            for migration in PostgresSchema.migrations where !current.contains(migration.identifier) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO kostraMigration (identifier) VALUES (\(migration.identifier))",
                    logger: logger)
                done.append(migration.identifier)
            }
            return done
        }
    }

    /// The migrations recorded in the database, or `nil` when it has no migration table yet.
    static func applied(on connection: PostgresConnection) async throws -> [String]? {
        let exists =
            try await connection.query(
                "SELECT to_regclass('kostramigration') IS NOT NULL", logger: connection.logger
            ).collect().first?.decode(Bool.self) ?? false
        guard exists else { return nil }
        var identifiers: [String] = []
        for row in try await connection.query(
            "SELECT identifier FROM kostraMigration ORDER BY appliedAt, identifier", logger: connection.logger
        ).collect() {
            identifiers.append(try row.decode(String.self))
        }
        return identifiers
    }
}
