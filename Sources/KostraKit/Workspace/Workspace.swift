public import Foundation
public import KostraModel
package import KostraStore

/// The use cases' entry point: the definitions and an open store, seeded with the bundled figures.
///
/// The command line and the server each open one workspace and call its use cases;
/// this is the one place where I/O and the pure analysis layers meet.
public struct Workspace: Sendable {
    public let definitions: Definitions
    package let store: any ObservationStore

    package init(definitions: Definitions, store: any ObservationStore) {
        self.definitions = definitions
        self.store = store
    }

    /// Opens the database that `--database`, `KOSTRA_DATABASE` or the default names (a SQLite
    /// file or a PostgreSQL URL), creating and seeding it with the bundled figures on first use.
    ///
    /// Open one workspace per process and share it: over PostgreSQL it holds the process's
    /// one connection pool.
    public static func open(
        database: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> Workspace {
        let definitions = try Definitions.bundled()
        let store = try await StoreLocation.location(explicit: database, environment: environment).open().store
        try await BundledData.load().seed(store, definitions: definitions)
        // Municipalities loaded from KLASS by `kostra regions update` are looked up too.
        let known = Self.definitions(definitions, adding: try await store.classification(131))
        return Workspace(definitions: known, store: store)
    }
}
