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
        let secondDone = DispatchSemaphore(value: 0)
        // The first read holds its connection until the second read has finished; on a single
        // connection the second would queue behind it and the wait would time out. The first read
        // runs in place, so it also holds one of Swift's shared threads: under the whole suite's
        // load the second read then waited over 20 seconds for the other one, so the bound is wide.
        async let first = store.reader.read { _ in secondDone.wait(timeout: .now() + 300) == .success }
        try await Task.sleep(for: .milliseconds(100))
        let sources = try await store.reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source") }
        secondDone.signal()
        #expect(sources == 0)
        #expect(try await first, "the second read waited for the first")
    }

    @Test("A read that meets another process's write lock waits for it, then answers")
    func lockedDatabaseWaitsThenAnswers() async throws {
        let store = try SQLiteStore.temporary()
        try await Self.storeOneFigure(in: store)
        // Readers that wait two minutes for a lock, so that a slow moment of the whole suite cannot
        // make them give up before the lock goes.
        let reader = try SQLiteReaders(path: store.path, configuration: Configuration(), count: 3, busySeconds: 120)
        // Another connection, as another process importing would be, holds the lock that keeps readers out.
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let writer = try DatabaseQueue(path: store.path, configuration: unsafe)
        try writer.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        // More reads than connections: those on an idle connection fail at once in place and then
        // wait on the connection's thread; the others wait there from the start.
        let count = 5
        let reads = Task {
            try await withThrowingTaskGroup(of: [Double?].self) { group in
                for _ in 0..<count {
                    group.addTask { try await reader.read { db in try Double?.fetchAll(db, sql: "SELECT value FROM observation") } }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        // Until every read waits (for at most a minute: a read that failed at once never will).
        for _ in 0..<12_000 where reader.readsInHand < count { try await Task.sleep(for: .milliseconds(5)) }
        try writer.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(try await reads.value == Array(repeating: [10], count: count))
    }

    @Test("A read in place fails at once on a locked database instead of sleeping on its thread")
    func readInPlaceDoesNotWaitForALock() async throws {
        let store = try SQLiteStore.temporary()
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let writer = try DatabaseQueue(path: store.path, configuration: unsafe)
        // Opened before the lock is taken: opening reads the file, and would wait for the lock itself.
        var readOnly = Configuration()
        readOnly.readonly = true
        readOnly.busyMode = .timeout(15)
        let connection = try DatabaseQueue(path: store.path, configuration: readOnly)
        try writer.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        // The lock goes after two seconds: a read that waited for it would then succeed.
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
            try? writer.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        }
        #expect {
            try SQLiteReaders.readInPlace(connection, { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source") }, busyMilliseconds: 15_000)
        } throws: { error in
            (error as? DatabaseError)?.resultCode == .SQLITE_BUSY
        }
    }

    @Test("The readers cannot write, and see what the store committed")
    func readersAreReadOnlyAndCurrent() async throws {
        let store = try SQLiteStore.temporary()
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
        try await Self.storeOneFigure(in: store)
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

    /// Stores one figure (rbi, Bærum, 2024: 10) from a file source.
    private static func storeOneFigure(in store: SQLiteStore) async throws {
        let source = DataSource(kind: .file, title: "Test", reference: "test.csv", retrievedAt: Date(timeIntervalSince1970: 0))
        _ = try await store.importBatch(
            ImportBatch(source: source, observations: [Observation(indicator: "rbi", region: "baerum", year: 2024, value: 10)]))
    }
}
