import Foundation
@testable import KostraFetch
import Testing

@Suite("RetryPolicy and Retry-After")
struct RetryPolicyTests {
    @Test("Waits grow by the factor up to the cap")
    func exponential() {
        let policy = RetryPolicy(baseDelay: .seconds(1), factor: 2, maxDelay: .seconds(5), jitter: 0)
        #expect((1...5).map { policy.delay(afterAttempt: $0, random: 0.7) } == [.seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5)])
    }

    @Test("Jitter shortens a wait by at most its share")
    func jitter() {
        let policy = RetryPolicy(baseDelay: .seconds(2), factor: 2, jitter: 0.5)
        #expect(policy.delay(afterAttempt: 1, random: 0) == .seconds(2))
        #expect(policy.delay(afterAttempt: 1, random: 0.5) == .milliseconds(1_500))
        #expect(policy.delay(afterAttempt: 1, random: 1) == .seconds(1))
    }

    @Test("Retry-After replaces the computed wait")
    func retryAfterWins() {
        let policy = RetryPolicy(baseDelay: .milliseconds(10), jitter: 0)
        #expect(policy.delay(afterAttempt: 3, retryAfter: .seconds(7), random: 0) == .seconds(7))
    }

    @Test("Retry-After as seconds and as an HTTP-date")
    func parse() {
        let now = Date(timeIntervalSince1970: 1_777_111_200)  // Sat, 25 Apr 2026 10:00:00 GMT
        #expect(RetryAfter.parse("120", now: now) == .seconds(120))
        #expect(RetryAfter.parse(" 1 ", now: now) == .seconds(1))
        #expect(RetryAfter.parse("Sat, 25 Apr 2026 10:01:30 GMT", now: now) == .seconds(90))
        #expect(RetryAfter.parse("Sat, 25 Apr 2026 09:00:00 GMT", now: now) == .zero)
        #expect(RetryAfter.parse("soon", now: now) == nil)
        #expect(RetryAfter.parse(nil, now: now) == nil)
    }
}
