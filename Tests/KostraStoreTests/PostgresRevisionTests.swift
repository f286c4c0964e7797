import Foundation
import KostraModel
import KostraTesting
import PostgresNIO
import Testing

@testable import KostraStore

/// A PostgreSQL store keeps its revision between changes and hears of every change to `source`
/// through the `v4-revisionNotify` trigger, from this process, another server or plain SQL.
@Suite("PostgreSQL revision")
struct PostgresRevisionTests {
    /// Waits up to five seconds for `condition`.
    func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return condition()
    }

    /// Opens a store and waits until its watch listens, so that revisions are kept.
    func listeningStore(_ url: String) async throws -> PostgresStore {
        let store = try await TestPostgres.open(url)
        #expect(try await eventually { store.revisionWatch.generation() != nil }, "the watch never started listening")
        return store
    }

    @Test("Another server's import forgets the kept revision as soon as its notification arrives")
    func otherServer() async throws {
        let url = try await TestPostgres.newDatabase()
        let server = try await listeningStore(url)
        let other = try await TestPostgres.open(url)
        let before = try await server.revision()
        #expect(server.revisionWatch.current() == before)

        _ = try await other.importBatch(.revisionTest("a", value: 1))
        #expect(try await eventually { server.revisionWatch.current() == nil }, "no notification reached the server")
        #expect(try await server.revision().sources == before.sources + 1)
        await other.close()
        await server.close()
    }

    @Test("A change to source in plain SQL notifies too: the trigger, not KostraKit, sends it")
    func plainSQL() async throws {
        let url = try await TestPostgres.newDatabase()
        let server = try await listeningStore(url)
        let other = try await TestPostgres.open(url)
        // A source to change, stored by the other server; its import's own notification has
        // arrived once the server's kept revision is forgotten, so none is still on its way.
        _ = try await server.revision()
        _ = try await other.importBatch(.revisionTest("a", value: 1))
        #expect(try await eventually { server.revisionWatch.current() == nil }, "no notification reached the server")
        let before = try await server.revision()
        #expect(before.sources == 1 && server.revisionWatch.current() == before)

        try await other.client.query("UPDATE source SET retrievedAt = retrievedAt + INTERVAL '1 day'", logger: other.logger)
        #expect(try await eventually { server.revisionWatch.current() == nil }, "the UPDATE sent no notification")
        let after = try await server.revision()
        #expect(after.sources == before.sources && after.updatedAt != before.updatedAt)
        await other.close()
        await server.close()
    }

    @Test("This process's own import shows in the next revision at once, without waiting for the notification")
    func ownImport() async throws {
        let server = try await listeningStore(try await TestPostgres.newDatabase())
        let before = try await server.revision()
        _ = try await server.importBatch(.revisionTest("a", value: 1))
        #expect(try await server.revision().sources == before.sources + 1)
        await server.close()
    }

    @Test("A watch that is not listening keeps nothing, so every revision is read from the server")
    func notListening() {
        let watch = PostgresRevisionWatch()
        #expect(watch.generation() == nil)
        watch.keep(StoreRevision(sources: 1, newestSourceID: 1, updatedAt: nil), readAt: 0)
        #expect(watch.current() == nil)
    }
}
