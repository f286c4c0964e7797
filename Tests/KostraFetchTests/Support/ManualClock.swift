import Foundation
import KostraFetch

/// A clock for tests: `sleep(for:)` returns at once, moves time forward and records the wait,
/// so back-off and throttling are checked by the waits asked for, not by wall time.
final class ManualClock: FetchClock, @unchecked Sendable {
    // Guarded by `lock`; a class with a lock because `now()` must be synchronous.
    private let lock = NSLock()
    private var elapsed: Duration = .zero
    private var recorded: [Duration] = []
    private let start: Date

    init(start: Date = Date(timeIntervalSince1970: 1_777_111_200)) {  // 2026-04-25T10:00:00Z
        self.start = start
    }

    func now() -> Duration { lock.withLock { elapsed } }

    func date() -> Date { lock.withLock { start.addingTimeInterval(Self.seconds(elapsed)) } }

    func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        lock.withLock {
            recorded.append(duration)
            elapsed += duration
        }
    }

    /// Moves time forward without recording a sleep.
    func advance(by duration: Duration) {
        lock.withLock { elapsed += duration }
    }

    /// Every wait asked for, in order.
    var sleeps: [Duration] { lock.withLock { recorded } }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
