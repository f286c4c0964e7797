public import Foundation

/// The time source for throttling, back-off and cache ages.
///
/// Injected so tests can check waits without waiting: a test clock records each
/// `sleep(for:)` and moves its time forward at once.
public protocol FetchClock: Sendable {
    /// Monotonic time since an arbitrary fixed point, for spacing requests.
    func now() -> Duration
    /// Wall-clock time, for cache ages and `Retry-After` dates.
    func date() -> Date
    /// Waits for `duration`; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real clock: `ContinuousClock` for waits, `Date()` for the wall clock.
public struct SystemFetchClock: FetchClock {
    private let origin = ContinuousClock.now

    /// Creates the clock.
    public init() {}

    /// Time since this clock was made.
    public func now() -> Duration { ContinuousClock.now - origin }
    public func date() -> Date { Date() }
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
