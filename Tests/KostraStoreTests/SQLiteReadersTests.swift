import Dispatch
import Foundation
import GRDB
import KostraModel
import Testing

@testable import KostraStore

/// The store's reads go through read-only connections: a read never waits for another read, and
/// writes made through the writable connection are seen by the next read.
@Suite("SQLite readers")
struct SQLiteReadersTests {
    @Test("A read runs while another read is still in progress")
    func readsDoNotWaitForEachOther() async throws {
        let store = try SQLiteStore.temporary()
        defer { try? FileManager.default.removeItem(atPath: store.path) }
        let secondDone = DispatchSemaphore(value: 0)
        // The first read holds its connection until the second read has finished; on a single
        // connection the second would queue behind it and the wait would time out.
        async let first = store.reader.read { _ in secondDone.wait(timeout: .now() + 20) == .success }
        try await Task.sleep(for: .milliseconds(100))
        let sources = try await store.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source") }
        secondDone.signal()
        #expect(sources == 0)
        #expect(try await first, "the second read waited for the first")
    }

    @Test("The readers cannot write, and see what the store committed")
    func readersAreReadOnlyAndCurrent() async throws {
        let store = try SQLiteStore.temporary()
        defer { try? FileManager.default.removeItem(atPath: store.path) }
        await #expect(throws: DatabaseError.self) {
            try await store.reader.read { db in try db.execute(sql: "DELETE FROM source") }
        }
        let source = DataSource(kind: .file, title: "Test", reference: "test.csv", retrievedAt: Date(timeIntervalSince1970: 0))
        let observation = Observation(indicator: "rbi", region: "baerum", year: 2024, value: 10)
        _ = try await store.importBatch(ImportBatch(source: source, observations: [observation]))
        let read = try await store.observations(ObservationQuery(indicators: ["rbi"]))
        #expect(read.map(\.value) == [10])
    }
}
