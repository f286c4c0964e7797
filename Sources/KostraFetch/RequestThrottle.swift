/// Keeps requests to SSB within a rate limit: at most `limit` requests in any sliding
/// window of `window`, optionally at least `minimumSpacing` apart.
///
/// SSB publishes 30 requests per 60 s per IP address; its answers carry
/// `x-ratelimit-limit` and `x-ratelimit-remaining` headers, which ``observe(limit:remaining:)``
/// takes into account (a lower limit is adopted; a remaining count of 0 pauses for one window).
/// A sliding window, unlike a token bucket, never lets more than `limit` requests into any
/// window. Share one throttle between clients that call the same host.
public actor RequestThrottle {
    /// The limits a throttle starts with.
    public struct Configuration: Sendable, Hashable {
        /// Requests allowed per window.
        public var limit: Int
        /// The window length.
        public var window: Duration
        /// The least time between two requests, if any.
        public var minimumSpacing: Duration?

        /// Creates limits; the defaults are SSB's published 30 requests per 60 s.
        public init(limit: Int = 30, window: Duration = .seconds(60), minimumSpacing: Duration? = nil) {
            self.limit = max(1, limit)
            self.window = window
            self.minimumSpacing = minimumSpacing
        }

        /// No practical limit (for tests that are not about throttling).
        public static let unlimited = Configuration(limit: 1_000_000, window: .seconds(1))
    }

    private var limit: Int
    private let window: Duration
    private let minimumSpacing: Duration?
    private let clock: any FetchClock
    /// Start times of the requests inside the current window, oldest first.
    private var starts: [Duration] = []
    private var pausedUntil: Duration?

    /// Creates a throttle.
    public init(_ configuration: Configuration = Configuration(), clock: any FetchClock = SystemFetchClock()) {
        self.limit = configuration.limit
        self.window = configuration.window
        self.minimumSpacing = configuration.minimumSpacing
        self.clock = clock
    }

    /// The limit in force (lowered by a server's `x-ratelimit-limit`).
    public var currentLimit: Int { limit }

    /// The window the limit counts over.
    public var currentWindow: Duration { window }

    /// Waits until a request may start, then counts it.
    public func acquire() async throws {
        while true {
            let now = clock.now()
            starts.removeAll { $0 <= now - window }
            var earliest = now
            if let pausedUntil, pausedUntil > earliest { earliest = pausedUntil }
            if starts.count >= limit {
                earliest = max(earliest, starts[starts.count - limit] + window)
            }
            if let minimumSpacing, let last = starts.last {
                earliest = max(earliest, last + minimumSpacing)
            }
            if earliest <= now {
                starts.append(now)
                return
            }
            // Re-check after waking: another caller may have started meanwhile.
            try await clock.sleep(for: earliest - now)
        }
    }

    /// Takes the server's rate-limit headers into account.
    ///
    /// - Parameters:
    ///   - limit: `x-ratelimit-limit`; adopted when lower than the current limit.
    ///   - remaining: `x-ratelimit-remaining`; at 0 the next request waits one full window,
    ///     since the server's window may have started before ours.
    public func observe(limit serverLimit: Int?, remaining: Int?) {
        if let serverLimit, serverLimit > 0, serverLimit < limit {
            limit = serverLimit
        }
        if let remaining, remaining <= 0 {
            pausedUntil = clock.now() + window
        }
    }
}
