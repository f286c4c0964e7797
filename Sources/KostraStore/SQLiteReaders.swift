import GRDB
import GRDBSQLite
import Synchronization

/// The read-only connections every read after opening goes through.
///
/// Read-only, because GRDB makes a read on a writable connection safe by switching SQLite's
/// `PRAGMA query_only` on and off, and SQLite expires every prepared statement when such a flag
/// changes: each read compiled its SQL again, 1,7 ms of a report's 12 ms of reading and analysis.
///
/// More than one, because a report reads its years, its profile's figures and its charts' figures at
/// the same time; on one connection each read waited for the one before. Both measured with the benchmark's
/// reports row (docs/performance.md, session 12). The file stays in SQLite's rollback-journal mode,
/// so readers of a read-only file need no write access beside it.
final class SQLiteReaders: Sendable {
    private let connections: [DatabaseQueue]
    /// How many reads each connection has running or waiting.
    private let load: Mutex<[Int]>
    /// How long a read waits for another process's write lock before it gives up (SQLite's busy timeout).
    private let busyMilliseconds: Int32

    /// Opens `count` read-only connections to the database at `path` with `configuration`'s settings;
    /// a read waits up to `busySeconds` for another process's write lock.
    init(path: String, configuration: Configuration, count: Int, busySeconds: Double) throws {
        var readOnly = configuration
        readOnly.readonly = true
        readOnly.busyMode = .timeout(busySeconds)
        busyMilliseconds = Int32(busySeconds * 1000)
        connections = try (0..<max(1, count)).map { _ in try DatabaseQueue(path: path, configuration: readOnly) }
        load = Mutex(Array(repeating: 0, count: connections.count))
    }

    /// Runs `value` in a read transaction on the connection with the fewest reads in hand.
    ///
    /// On an idle connection the read runs at once on the caller's thread. GRDB's asynchronous
    /// read hands it to the connection's own thread and the answer back, and on this two-core
    /// virtual machine each hand-over waited for the other core to wake (a C program measured a
    /// median 0,06 ms, 0,3 ms in a tenth of cases and up to 3,6 ms). A report makes five reads,
    /// so its time spread widely. In three alternating rounds of the benchmark's reports, handing
    /// over took 11,0–14,4 ms in the median and 15,8–20,1 ms at the slowest; reading in place
    /// 9,4–12,9 ms and 13,5–14,8 ms, the reads and analysis 1,5 ms less in every round
    /// (docs/performance.md, session 15).
    ///
    /// A read in place never sleeps while another process holds the write lock: that would hold a
    /// thread of Swift's shared pool for up to the busy timeout. It fails at once instead and then
    /// waits on the connection's own thread, as every read did before. So `value` can run twice:
    /// it must only read (its first statement is where the lock was met).
    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        let (index, idle) = load.withLock { load in
            let index = load.indices.min { load[$0] < load[$1] } ?? 0
            load[index] += 1
            return (index, load[index] == 1)
        }
        defer { load.withLock { $0[index] -= 1 } }
        if idle {
            do {
                return try Self.readInPlace(connections[index], value, busyMilliseconds: busyMilliseconds)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                // Another process writes: wait for it below, off the shared threads.
            }
        }
        return try await connections[index].read(value)
    }

    /// How many reads are running or waiting, on all connections.
    var readsInHand: Int { load.withLock { $0.reduce(0, +) } }

    /// GRDB's synchronous read (a synchronous function, so the asynchronous overload is not
    /// chosen), with SQLite told not to wait for a lock.
    static func readInPlace<T>(_ connection: DatabaseQueue, _ value: (Database) throws -> T, busyMilliseconds: Int32) throws -> T {
        try connection.read { db in
            // The transaction takes its lock at the first statement, inside `value`.
            sqlite3_busy_timeout(db.sqliteConnection, 0)
            defer { sqlite3_busy_timeout(db.sqliteConnection, busyMilliseconds) }
            return try value(db)
        }
    }
}
