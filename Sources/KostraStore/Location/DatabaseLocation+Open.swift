import Foundation

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
    public func open(migrate: Bool = true, mustExist: Bool = false) async throws(StoreError) -> OpenedStore {
        switch self {
        case .sqlite(let path):
            if mustExist && !FileManager.default.fileExists(atPath: path) {
                throw .cannotOpen(path: path, reason: "there is no database file there")
            }
            let store = try SQLiteStore(path: path, migrate: migrate)
            return OpenedStore(store: store, location: self, migrationsApplied: store.migrationsApplied)
        case .postgres(let location):
            let store = try await PostgresStore.open(location, migrate: migrate)
            return OpenedStore(store: store, location: self, migrationsApplied: store.migrationsApplied)
        }
    }
}
