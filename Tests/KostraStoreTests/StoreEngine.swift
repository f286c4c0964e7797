import Foundation
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// The engines every store guarantee is tested on.
enum StoreEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// A place for a new, empty database of this engine: a SQLite file in a folder removed when the
    /// tests end, or a database of the test server.
    func newLocation() async throws -> String {
        switch self {
        case .sqlite:
            try TestScratch.newFolder(prefix: "kostra-store").appendingPathComponent("kostra.sqlite").path
        case .postgres:
            try await TestPostgres.newDatabase()
        }
    }

    /// Opens the store at `location` as a separate process would: its own connection or pool.
    func open(_ location: String, migrate: Bool = true) async throws -> any ObservationStore {
        switch self {
        case .sqlite: try SQLiteStore(path: location, migrate: migrate)
        case .postgres: try await TestPostgres.open(location, migrate: migrate)
        }
    }

    /// A fresh store; a SQLite one removes its file when it goes.
    func makeStore() async throws -> any ObservationStore {
        switch self {
        case .sqlite: try SQLiteStore.temporary()
        case .postgres: try await open(newLocation())
        }
    }

    /// Records a migration from a newer KostraKit, as that program would.
    func markNewerMigration(_ identifier: String, in store: any ObservationStore) async throws {
        switch store {
        case let sqlite as SQLiteStore: try await sqlite.markMigrationForTesting(identifier)
        case let postgres as PostgresStore: try await postgres.markMigrationForTesting(identifier)
        default: Issue.record("unknown store type")
        }
    }

    /// What `StoreError` names the database by.
    func displayName(_ location: String) throws -> String {
        switch self {
        case .sqlite: location
        case .postgres: try PostgresLocation(url: location, environment: [:]).displayURL
        }
    }
}
