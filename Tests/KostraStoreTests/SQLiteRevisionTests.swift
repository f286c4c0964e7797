import Foundation
import GRDB
import KostraModel
import Testing

@testable import KostraStore

/// The revision is read from the file's change counter when nothing was committed since the last
/// query; a commit from any connection must still show at once.
@Suite("SQLite revision")
struct SQLiteRevisionTests {
    @Test("A commit through another connection changes the counter and the revision at once")
    func otherConnection() async throws {
        let server = try SQLiteStore.temporary()
        let before = try await server.revision()
        let counter = try #require(server.changeCounter.read(), "the store's file is in rollback-journal mode")
        #expect(try await server.revision() == before)
        #expect(server.changeCounter.revision(at: counter) == before)

        let commandLine = try SQLiteStore(path: server.path)
        _ = try await commandLine.importBatch(.revisionTest("a", value: 1))
        #expect(server.changeCounter.read() != counter)
        let after = try await server.revision()
        #expect(after.sources == before.sources + 1 && after != before)
        _ = try await server.importBatch(.revisionTest("b", value: 2))
        #expect(try await server.revision().sources == before.sources + 2)
    }

    @Test("Agrees with the revision query after every one of 40 seeded commits through either connection")
    func agreesWithTheQuery() async throws {
        let server = try SQLiteStore.temporary()
        let other = try SQLiteStore(path: server.path)
        var state: UInt64 = 2024
        for step in 0..<40 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Sometimes no commit at all, so the kept revision is reused and still compared.
            switch state >> 62 {
            case 0: _ = try await server.importBatch(.revisionTest("s\(step)", value: Double(step)))
            case 1: _ = try await other.importBatch(.revisionTest("o\(step)", value: Double(step)))
            default: break
            }
            #expect(try await server.revision() == server.queriedRevision(), "step \(step)")
            #expect(try await other.revision() == other.queriedRevision(), "step \(step)")
        }
    }

    @Test("In WAL mode the counter is not trusted and every revision is queried")
    func walMode() async throws {
        let store = try SQLiteStore.temporary()
        try await store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        #expect(store.changeCounter.read() == nil)
        let before = try await store.revision()
        let other = try SQLiteStore(path: store.path)
        _ = try await other.importBatch(.revisionTest("a", value: 1))
        #expect(try await store.revision().sources == before.sources + 1)
    }
}
