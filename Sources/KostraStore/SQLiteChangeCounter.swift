import Foundation
import Synchronization

/// SQLite's file change counter, read from the database header, and the revision last read with it.
///
/// In rollback-journal mode (the store's mode) SQLite adds one to the 4-byte counter at offset 24
/// of the file on every commit, from any process. Reading it is one `pread`, where the revision
/// query is a trip through the connection's queue: under load that trip was most of the time a
/// kept answer cost (session 5, `perf` under wrk). `SQLiteRevisionTests` checks it against the
/// query (`SQLiteStore.queriedRevision`) after seeded commits from two connections. A revision read after the counter showed `n` is still current while the
/// counter shows `n`. In WAL mode the counter is not kept up to date, so there the query runs
/// every time.
final class SQLiteChangeCounter: Sendable {
    private let descriptor: Int32
    private let memo = Mutex<(counter: UInt32, revision: StoreRevision)?>(nil)

    init(path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The counter, or `nil` when it cannot be trusted: the file is unreadable, too short, or in WAL mode.
    func read() -> UInt32? {
        guard descriptor >= 0 else { return nil }
        var header = [UInt8](repeating: 0, count: 28)
        let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 28, 0) }
        // Bytes 18 and 19 are the write and read versions: 1 is rollback journal, 2 is WAL.
        guard count == 28, header[18] == 1, header[19] == 1 else { return nil }
        return header[24..<28].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The revision kept for `counter`, if the last one was read under the same counter.
    func revision(at counter: UInt32) -> StoreRevision? {
        memo.withLock { kept in kept.flatMap { $0.counter == counter ? $0.revision : nil } }
    }

    func keep(_ revision: StoreRevision, at counter: UInt32) {
        memo.withLock { $0 = (counter, revision) }
    }
}
