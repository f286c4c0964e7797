import GRDB
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

    /// Opens `count` read-only connections to the database at `path` with `configuration`'s settings.
    init(path: String, configuration: Configuration, count: Int) throws {
        var readOnly = configuration
        readOnly.readonly = true
        connections = try (0..<max(1, count)).map { _ in try DatabaseQueue(path: path, configuration: readOnly) }
        load = Mutex(Array(repeating: 0, count: connections.count))
    }

    /// Runs `value` in a read transaction on the connection with the fewest reads in hand.
    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        let index = load.withLock { load in
            let index = load.indices.min { load[$0] < load[$1] } ?? 0
            load[index] += 1
            return index
        }
        defer { load.withLock { $0[index] -= 1 } }
        return try await connections[index].read(value)
    }
}
