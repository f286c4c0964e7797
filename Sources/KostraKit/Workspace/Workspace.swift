public import Foundation
public import KostraModel
public import KostraStore

/// The use cases' entry point: the definitions and an open store, seeded with the bundled figures.
///
/// The command line and the server each open one workspace and call its use cases;
/// this is the one place where I/O and the pure analysis layers meet.
public struct Workspace: Sendable {
    public let definitions: Definitions
    public let store: any ObservationStore

    public init(definitions: Definitions, store: any ObservationStore) {
        self.definitions = definitions
        self.store = store
    }

    /// Opens the database that `--database`, `KOSTRA_DATABASE` or the default names, creating
    /// and seeding it with the bundled figures on first use.
    public static func open(
        database: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> Workspace {
        let definitions = try Definitions.bundled()
        let store = try SQLiteStore(path: StoreLocation.resolve(explicit: database, environment: environment))
        try await BundledData.load().seed(store, definitions: definitions)
        // Municipalities loaded from KLASS by `kostra regions update` are looked up too.
        let known = Self.definitions(definitions, adding: try await store.classification(131))
        return Workspace(definitions: known, store: store)
    }
}
