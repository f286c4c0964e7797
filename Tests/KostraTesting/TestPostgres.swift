public import Foundation
public import KostraStore

/// The throwaway PostgreSQL server `scripts/with-postgres` starts for the tests.
///
/// Without it the PostgreSQL cases fail (they are never skipped): run `scripts/test`,
/// or `scripts/with-postgres swift test --skip-build --filter …`.
public enum TestPostgres {
    public struct NotStarted: Error, CustomStringConvertible {
        public var description: String {
            "KOSTRA_TEST_POSTGRES_URL is not set, so the PostgreSQL cases cannot run. Run the tests with scripts/test "
                + "(or scripts/with-postgres swift test --skip-build ...), which starts a throwaway PostgreSQL server."
        }
    }

    /// The superuser URL of the test server (`postgres://kostra@127.0.0.1:PORT/kostra?sslmode=disable`).
    public static func adminURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["KOSTRA_TEST_POSTGRES_URL"], !url.isEmpty else {
            throw NotStarted()
        }
        return url
    }

    /// A new, empty database on the test server; returns its URL (no password needed).
    public static func newDatabase(poolSize: Int = 4) async throws -> String {
        let admin = try PostgresLocation(url: adminURL(), environment: [:])
        let name = "kostra_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let location = try await PostgresStore.createDatabaseForTesting(admin: admin, name: String(name))
        return "postgres://\(location.user)@\(location.host):\(location.port)/\(location.database)?sslmode=disable&pool_size=\(poolSize)"
    }

    /// The test server's port.
    public static func port() throws -> Int {
        try PostgresLocation(url: adminURL(), environment: [:]).port
    }

    /// The role that must log in with a password, and its password.
    public static func passwordRole() throws -> (user: String, password: String) {
        let environment = ProcessInfo.processInfo.environment
        guard let user = environment["KOSTRA_TEST_POSTGRES_PASSWORD_USER"],
            let password = environment["KOSTRA_TEST_POSTGRES_PASSWORD"]
        else { throw NotStarted() }
        return (user, password)
    }

    /// Opens a PostgreSQL store at `url` with no password in the environment.
    public static func open(_ url: String, migrate: Bool = true) async throws -> PostgresStore {
        try await PostgresStore.open(PostgresLocation(url: url, environment: [:]), migrate: migrate)
    }
}
