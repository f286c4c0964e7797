public import Foundation
public import KostraKit
public import KostraModel
import KostraStore

/// The one place where tests of the layers above the store reach into it: writing test figures
/// and reading its counts. The server's and the command line's tests go through these, so only
/// the store's own tests and this support module import `KostraStore`.
extension Workspace {
    /// Writes test figures from one source in one transaction, as an import would.
    public func storeTestFigures(
        _ observations: [Observation], aggregates: [PublishedAggregate] = [],
        source: DataSource = DataSource(kind: .file, title: "Testtall", reference: "test", retrievedAt: Date())
    ) async throws {
        _ = try await store.importBatch(ImportBatch(source: source, observations: observations, aggregates: aggregates))
    }

    /// What the database holds, for checking that a failed request wrote nothing: its status
    /// (engine, schema and counts) and how many sources and figures it has.
    public func storedCounts() async throws -> StoredCounts {
        StoredCounts(
            status: DatabaseStatus(try await store.status()), sources: try await store.sources().count,
            observations: try await store.observations(ObservationQuery()).count)
    }

    /// A workspace over a new SQLite database at `path`, seeded with the bundled figures, that
    /// hands every SQL statement it runs to `statements` (for counting queries per page).
    public static func countingStatements(at path: String, _ statements: @escaping @Sendable (String) -> Void) async throws -> Workspace {
        let store = try SQLiteStore(path: path, statements: statements)
        let definitions = try Definitions.bundled()
        try await BundledData.load().seed(store, definitions: definitions)
        return Workspace(definitions: definitions, store: store)
    }
}

/// A database's counts at one moment; equal before and after a request that must not write.
public struct StoredCounts: Sendable, Equatable {
    public var status: DatabaseStatus
    public var sources: Int
    public var observations: Int
}

/// The store's errors, for tests of how the layers above map them.
public enum StoreFailures {
    /// Another process holds the database's write lock.
    public static func busy(path: String) -> any Error { StoreError.busy(path: path) }
    /// The database file cannot be written.
    public static func readOnly(path: String) -> any Error { StoreError.readOnly(path: path) }
    /// A figure the store refuses.
    public static func invalidFigure(path: String, reason: String) -> any Error { StoreError.invalidFigure(path: path, reason: reason) }
}
