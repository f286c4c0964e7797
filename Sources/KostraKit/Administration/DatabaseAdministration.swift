public import Foundation
import KostraStore

/// What `kostra db migrate` did.
public struct MigrationReport: Sendable {
    public var location: String
    public var engine: String
    public var applied: [String]
    public var schemaVersion: String
}

/// What `kostra db copy` did, with the evidence that the copy is complete.
public struct CopyReport: Sendable {
    public var from: String
    public var to: String
    public var sources: Int
    public var observations: Int
    public var aggregates: Int
    /// The checksum of the figures read from the origin.
    public var sourceChecksum: String
    /// The same checksum, computed the same way from what the destination holds after the copy.
    public var destinationChecksum: String
}

/// The `kostra db` use cases. They open the store without seeding the bundled figures,
/// so what they report and copy is exactly what the database holds.
public enum DatabaseAdministration {
    /// Brings the schema up to date (creating the tables in a new database).
    public static func migrate(
        database: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> MigrationReport {
        let location = try StoreLocation.location(explicit: database, environment: environment)
        let opened = try await location.open(migrate: true)
        let status = try await opened.store.status()
        await close(opened.store)
        return MigrationReport(
            location: location.description, engine: status.engine, applied: opened.migrationsApplied,
            schemaVersion: status.schemaVersion)
    }

    /// Engine, schema version and counts; changes nothing (an older schema is reported, not upgraded).
    public static func status(
        database: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> DatabaseStatus {
        let location = try StoreLocation.location(explicit: database, environment: environment)
        let opened = try await location.open(migrate: false, mustExist: true)
        let status = try await opened.store.status()
        await close(opened.store)
        return DatabaseStatus(status)
    }

    /// Copies every source and figure from one database into an empty one, in one
    /// transaction that is committed only when counts and checksum read back identical.
    public static func copy(
        from: String, to: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> CopyReport {
        let origin = try DatabaseLocation.parse(from, environment: environment)
        let destination = try DatabaseLocation.parse(to, environment: environment)
        guard origin != destination else {
            throw StoreError.unsupportedLocation(value: to, reason: "it is the same database as --from")
        }
        let reader = try await origin.open(migrate: false, mustExist: true)
        let snapshot = try await reader.store.snapshot()
        await close(reader.store)
        let writer = try await destination.open(migrate: true)
        let written: StoreSnapshot
        do {
            written = try await writer.store.restore(snapshot)
        } catch {
            await close(writer.store)
            throw error
        }
        // Read once more after the commit, through an ordinary read, as any later user would.
        let committed = try await writer.store.snapshot()
        await close(writer.store)
        guard committed.checksum == written.checksum, committed.figureCount == snapshot.figureCount else {
            throw StoreError.copyMismatch(location: destination.description, reason: "the committed copy reads back differently")
        }
        return CopyReport(
            from: origin.description, to: destination.description, sources: snapshot.sources.count,
            observations: snapshot.observations.count, aggregates: snapshot.aggregates.count,
            sourceChecksum: snapshot.checksum, destinationChecksum: committed.checksum)
    }

    private static func close(_ store: any ObservationStore) async {
        if let postgres = store as? PostgresStore { await postgres.close() }
    }
}
