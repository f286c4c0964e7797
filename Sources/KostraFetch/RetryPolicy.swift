/// When and how long to wait before trying a failed request again.
///
/// Retried: HTTP 429, 500, 502, 503 and 504, connection resets and closes, time-outs and
/// bodies cut short. Waits grow exponentially (`baseDelay × factor^(attempt-1)`, capped at
/// `maxDelay`) and are shortened by a random share of up to `jitter`, so that several
/// clients do not retry in step. A `Retry-After` header replaces the computed wait.
public struct RetryPolicy: Sendable, Hashable {
    /// How many times a request is sent at most, the first time included.
    public var maxAttempts: Int
    /// The wait before the second attempt.
    public var baseDelay: Duration
    /// How much the wait grows per attempt.
    public var factor: Double
    /// The longest computed wait.
    public var maxDelay: Duration
    /// The share (0…1) of each wait that is random: 0 waits exactly, 1 waits anything up to the full delay.
    public var jitter: Double
    /// The longest `Retry-After` to honour; a longer one ends the retries at once, since
    /// waiting that long in a command-line run is worse than failing with a clear message.
    public var maxRetryAfter: Duration

    /// Creates a policy. The defaults suit SSB: 5 attempts, 1 s doubling up to 60 s, half jittered.
    public init(
        maxAttempts: Int = 5,
        baseDelay: Duration = .seconds(1),
        factor: Double = 2,
        maxDelay: Duration = .seconds(60),
        jitter: Double = 0.5,
        maxRetryAfter: Duration = .seconds(120)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.factor = factor
        self.maxDelay = maxDelay
        self.jitter = min(max(jitter, 0), 1)
        self.maxRetryAfter = maxRetryAfter
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait after failed attempt number `attempt` (1 for the first failure).
    ///
    /// - Parameters:
    ///   - attempt: how many attempts have failed so far.
    ///   - retryAfter: the server's `Retry-After`, which wins when present.
    ///   - random: a number in `0..<1`; tests pass a fixed one.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration? = nil, random: Double) -> Duration {
        if let retryAfter { return max(retryAfter, .zero) }
        let exponent = Double(max(attempt - 1, 0))
        let uncapped = baseDelay.seconds * pow(factor, exponent)
        let capped = min(uncapped, maxDelay.seconds)
        let jittered = capped * (1 - jitter * min(max(random, 0), 1))
        return .milliseconds(Int64((jittered * 1_000).rounded()))
    }

    /// Whether the server's `Retry-After` is too long to wait for.
    func tooLong(_ retryAfter: Duration?) -> Bool {
        guard let retryAfter else { return false }
        return retryAfter > maxRetryAfter
    }

    private func pow(_ base: Double, _ exponent: Double) -> Double {
        // Integer exponents only; avoids importing Foundation for one call.
        var result = 1.0
        var remaining = Int(exponent)
        while remaining > 0 {
            result *= base
            remaining -= 1
        }
        return result
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
