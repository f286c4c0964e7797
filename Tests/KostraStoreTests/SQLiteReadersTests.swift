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

    @Test("A figure whose source is missing is an error that names the source, not a figure left out")
    func missingSource() async throws {
        let store = try SQLiteStore.temporary()
        defer { try? FileManager.default.removeItem(atPath: store.path) }
        let source = DataSource(kind: .file, title: "Test", reference: "test.csv", retrievedAt: Date(timeIntervalSince1970: 0))
        _ = try await store.importBatch(
            ImportBatch(source: source, observations: [Observation(indicator: "rbi", region: "baerum", year: 2024, value: 10)]))
        // As a file changed outside KostraKit would be: the schema's foreign key is off for the insert.
        try await store.queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(
                sql:
                    "INSERT INTO observation (indicatorId, regionId, year, basis, value, sourceId, asOf) VALUES ('rbi', 'asker', 2024, 'nominal', 12, 999, '2024-06-15')"
            )
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            _ = try await store.observations(ObservationQuery(indicators: ["rbi"]))
            Issue.record("a figure without its source was read without an error")
        } catch {
            guard case .database(let path, let reason) = error else {
                Issue.record("expected a database error, got \(error)")
                return
            }
            #expect(path == store.path)
            #expect(reason.contains("source 999"))
        }
    }
}
