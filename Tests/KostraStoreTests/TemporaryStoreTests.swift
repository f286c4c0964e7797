import Foundation
import GRDB
import Testing

@testable import KostraStore

@Suite("Temporary stores")
struct TemporaryStoreTests {
    @Test("A temporary store's file and write-ahead log go with the store; a named store's file stays")
    func fileGoesWithTheStore() async throws {
        var path = ""
        do {
            let store = try SQLiteStore.temporary()
            path = store.path
            try await store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try await store.queue.write { db in try db.execute(sql: "CREATE TABLE scratch (x)") }
            #expect(FileManager.default.fileExists(atPath: path) && FileManager.default.fileExists(atPath: path + "-wal"))
        }
        #expect(!path.isEmpty)
        for suffix in ["", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: path + suffix), "\(suffix)")
        }
        let named = FileManager.default.temporaryDirectory.appendingPathComponent("kostra-named-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: named) }
        do { _ = try SQLiteStore(path: named) }
        #expect(FileManager.default.fileExists(atPath: named))
    }
}
