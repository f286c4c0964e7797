import Foundation
import PostgresNIO

/// Helpers for the project's own tests; `package` so they never become public API.
extension PostgresStore {
    /// Creates an empty database on the server `admin` names and returns its location.
    package static func createDatabaseForTesting(admin: PostgresLocation, name: String) async throws -> PostgresLocation {
        precondition(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "plain names only")
        let connection = try await PostgresMigrator(location: admin, logger: DatabaseLocation.silentLogger).connect()
        do {
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: connection.logger)
            try? await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
        var location = admin
        location.database = name
        return location
    }

    /// How many other `kostra` connections to this database are inside a transaction that has
    /// started writing figures: lets a test kill an import mid-way rather than at a guessed moment.
    package func importsInProgressForTesting() async throws -> Int {
        let rows = try await client.query(
            """
            SELECT COUNT(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'kostra'
              AND xact_start IS NOT NULL AND query ILIKE '%INSERT INTO observation%'
            """, logger: self.logger
        ).collect()
        return try rows.first?.decode(Int.self) ?? 0
    }

    /// How many `kostra` connections this database has open now (this store's pool included).
    package func connectionsForTesting() async throws -> Int {
        let rows = try await client.query(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kostra'",
            logger: self.logger
        ).collect()
        return try rows.first?.decode(Int.self) ?? 0
    }

    /// Figures and sources, counted directly, for tests that check nothing was written.
    package func countsForTesting() async throws -> (sources: Int, observations: Int, aggregates: Int) {
        let rows = try await client.query(
            """
            SELECT (SELECT COUNT(*) FROM source), (SELECT COUNT(*) FROM observation), (SELECT COUNT(*) FROM publishedAggregate)
            """, logger: self.logger
        ).collect()
        guard let row = rows.first else { return (0, 0, 0) }
        let (sources, observations, aggregates) = try row.decode((Int, Int, Int).self)
        return (sources, observations, aggregates)
    }
}
