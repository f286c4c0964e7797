import Foundation
public import Logging

/// A store just opened, with what opening it did.
public struct OpenedStore: Sendable {
    public var store: any ObservationStore
    public var location: DatabaseLocation
    /// The migrations applied while opening (empty when the schema was up to date).
    public var migrationsApplied: [String]
}

extension DatabaseLocation {
    /// Opens the store this location names, with the engine it names.
    ///
    /// - Parameters:
    ///   - migrate: apply missing migrations (otherwise an older schema is refused).
    ///   - mustExist: refuse to create a SQLite file that is not there (for reading from it).
    ///   - logger: where PostgreSQL's pool and queries log; the default logs nothing.
    public func open(migrate: Bool = true, mustExist: Bool = false, logger: Logger = DatabaseLocation.silentLogger) async throws(StoreError)
        -> OpenedStore
    {
        switch self {
        case .sqlite(let path):
            if mustExist && !FileManager.default.fileExists(atPath: path) {
                throw .cannotOpen(path: path, reason: "there is no database file there")
            }
            let store = try SQLiteStore(path: path, migrate: migrate)
            return OpenedStore(store: store, location: self, migrationsApplied: store.migrationsApplied)
        case .postgres(let location):
            let store = try await PostgresStore.open(location, migrate: migrate, logger: logger)
            return OpenedStore(store: store, location: self, migrationsApplied: store.migrationsApplied)
        }
    }

    /// Logs nothing: the default for callers that do not pass their own logger.
    public static let silentLogger = Logger(label: "kostra.store", factory: { _ in SwiftLogNoOpLogHandler() })
}
