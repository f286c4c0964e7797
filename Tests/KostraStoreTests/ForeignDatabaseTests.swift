import Foundation
import GRDB
import KostraTesting
import Testing

@testable import KostraStore

/// Another program's SQLite file is never taken over: it is refused before anything is written,
/// and a migration that fails leaves the file exactly as it was.
@Suite("Foreign and half-migrated SQLite files")
struct ForeignDatabaseTests {
    /// Each test's files, in a folder removed when the tests end.
    let folder: URL

    init() throws {
        folder = try TestScratch.newFolder(prefix: "foreign")
    }

    func newPath() -> String {
        folder.appendingPathComponent("foreign-\(UUID().uuidString).sqlite").path
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// A database of some other program that happens to have an `observation` table.
    func foreignFile(with sql: String) throws -> String {
        let path = newPath()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
        return path
    }

    @Test("A foreign file with its own observation table is refused and stays byte-identical, without grdb_migrations")
    func foreignObservationTable() throws {
        let path = try foreignFile(
            with: """
                CREATE TABLE observation (id INTEGER PRIMARY KEY, species TEXT, seen TEXT);
                INSERT INTO observation (species, seen) VALUES ('fjellrype', '2024-05-01');
                CREATE TABLE site (name TEXT);
                """)
        let before = try bytes(path)
        #expect(throws: StoreError.foreignDatabase(path: path, tables: ["observation", "site"])) { try SQLiteStore(path: path) }
        #expect(throws: StoreError.foreignDatabase(path: path, tables: ["observation", "site"])) {
            try SQLiteStore(path: path, migrate: false)
        }
        #expect(try bytes(path) == before)
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables == ["observation", "site"])
        #expect(
            StoreError.foreignDatabase(path: path, tables: ["observation", "site"]).errorDescription
                == "The file at \(path) is another program's SQLite database (tables: observation, site), not a KostraKit database. KostraKit does not write into other programs' files, so nothing was changed. Choose a new file with --database or KOSTRA_DATABASE (KostraKit creates it), or move this file aside."
        )
    }

    @Test("Another GRDB program's file (its own grdb_migrations, none of ours) is refused unchanged")
    func foreignGRDBFile() throws {
        let path = try foreignFile(
            with: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1-notes');
                CREATE TABLE note (body TEXT);
                """)
        let before = try bytes(path)
        #expect(throws: StoreError.foreignDatabase(path: path, tables: ["note"])) { try SQLiteStore(path: path) }
        #expect(try bytes(path) == before)
    }

    @Test("A migration that fails halfway leaves the file byte-identical and its schema version as it was")
    func failedMigrationRollsBack() throws {
        // A KostraKit file at v1 in which something already made a `klassCode` table, so v2 fails.
        let path = newPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1-observations")
        try queue.write { db in try db.execute(sql: "CREATE TABLE klassCode (x TEXT)") }
        try queue.close()
        let before = try bytes(path)
        #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(try bytes(path) == before)
        let applied = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == ["v1-observations"])
    }

    @Test("An empty file and a new path become KostraKit databases")
    func emptyFileIsOurs() throws {
        let path = newPath()
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteStore(path: path)
        #expect(store.migrationsApplied == SchemaVersions.sqlite)
        let fresh = try SQLiteStore(path: newPath())
        #expect(fresh.migrationsApplied == SchemaVersions.sqlite)
        // Opened again, a KostraKit file is not mistaken for a foreign one.
        #expect(try SQLiteStore(path: path).migrationsApplied.isEmpty)
    }

    @Test("kostra profile on another program's database fails with the path and changes nothing")
    func commandRefusesForeignFile() async throws {
        let path = try foreignFile(with: "CREATE TABLE observation (id INTEGER PRIMARY KEY); CREATE TABLE customer (name TEXT);")
        let before = try bytes(path)
        let result = try await KostraCLI.run(["profile", "Bærum", "--database", path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("The file at \(path) is another program's SQLite database (tables: customer, observation)"), "\(result.stderr)")
        #expect(try bytes(path) == before)
    }
}
