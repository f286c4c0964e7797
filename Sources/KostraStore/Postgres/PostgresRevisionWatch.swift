import PostgresNIO
import Synchronization

/// Keeps a PostgreSQL store's revision between changes, so that a server answering from its cache
/// does not ask PostgreSQL for the revision on every request.
///
/// Every change to the `source` table, the rows a revision is read from, notifies the channel
/// ``channel`` when its transaction commits (a trigger from migration `v4-revisionNotify`), whichever
/// server or tool made it. The watch listens on a connection of its own, outside the pool; a
/// notification forgets the kept revision, and so does this process's own write as soon as it has
/// committed. While the watch is not listening (still connecting, or after its connection was lost)
/// nothing is kept and every request asks the server, as it did before.
///
/// Another server's change reaches a cached answer as fast as PostgreSQL delivers the notification
/// (well under a millisecond on one machine); a revision read while a notification is on its way
/// is not kept, because each notification moves a generation the read must still match.
final class PostgresRevisionWatch: Sendable {
    /// The notification channel the `source` trigger and the watch share.
    static let channel = "kostra_revision"

    private struct State {
        var listening = false
        var generation: UInt64 = 0
        var kept: (generation: UInt64, revision: StoreRevision)?
    }

    private let state = Mutex(State())

    /// The kept revision while it is known to be current.
    func current() -> StoreRevision? {
        state.withLock { state in
            guard state.listening, let kept = state.kept, kept.generation == state.generation else { return nil }
            return kept.revision
        }
    }

    /// The generation a revision about to be read belongs to, or `nil` when it cannot be kept.
    func generation() -> UInt64? {
        state.withLock { $0.listening ? $0.generation : nil }
    }

    /// Keeps `revision`, read at `generation`, unless something changed since.
    func keep(_ revision: StoreRevision, readAt generation: UInt64) {
        state.withLock { state in
            if state.listening, state.generation == generation { state.kept = (generation, revision) }
        }
    }

    /// Forgets the kept revision: the store changed, or may have.
    func changed() {
        state.withLock { state in
            state.generation &+= 1
            state.kept = nil
        }
    }

    private func setListening(_ listening: Bool) {
        state.withLock { state in
            state.listening = listening
            state.generation &+= 1
            state.kept = nil
        }
    }

    /// Listens until the task is cancelled, connecting again a second after a lost connection.
    func run(connect: @escaping @Sendable () async throws -> PostgresConnection) async {
        while !Task.isCancelled {
            if let connection = try? await connect() {
                do {
                    try await connection.listen(on: Self.channel) { notifications in
                        setListening(true)
                        for try await _ in notifications { changed() }
                    }
                } catch {
                    // The connection was lost or closed; the loop connects again.
                }
                setListening(false)
                try? await connection.close()
            }
            try? await Task.sleep(for: .seconds(1))
        }
        setListening(false)
    }
}
