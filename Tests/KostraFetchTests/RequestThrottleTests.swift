import KostraFetch
import Testing

@Suite("RequestThrottle")
struct RequestThrottleTests {
    @Test("No more than the limit in any window: the fourth of 3-per-10 s waits until the first leaves the window")
    func slidingWindow() async throws {
        let clock = ManualClock()
        let throttle = RequestThrottle(.init(limit: 3, window: .seconds(10)), clock: clock)
        for _ in 0..<5 { try await throttle.acquire() }
        #expect(clock.sleeps == [.seconds(10)])
        #expect(clock.now() == .seconds(10))
    }

    @Test("SSB's default, 30 per 60 s: the 31st request waits a minute")
    func ssbDefault() async throws {
        let clock = ManualClock()
        let throttle = RequestThrottle(clock: clock)
        for _ in 0..<31 { try await throttle.acquire() }
        #expect(clock.sleeps == [.seconds(60)])
    }

    @Test("Minimum spacing puts requests apart")
    func spacing() async throws {
        let clock = ManualClock()
        let throttle = RequestThrottle(.init(limit: 30, window: .seconds(60), minimumSpacing: .seconds(2)), clock: clock)
        try await throttle.acquire()
        clock.advance(by: .milliseconds(500))
        for _ in 0..<3 { try await throttle.acquire() }
        #expect(clock.sleeps == [.milliseconds(1_500), .seconds(2), .seconds(2)])
    }

    @Test("A lower x-ratelimit-limit is adopted; a higher one is ignored")
    func serverLimit() async {
        let throttle = RequestThrottle(clock: ManualClock())
        await throttle.observe(limit: 40, remaining: 39)
        #expect(await throttle.currentLimit == 30)
        await throttle.observe(limit: 20, remaining: 19)
        #expect(await throttle.currentLimit == 20)
    }

    @Test("x-ratelimit-remaining 0 pauses for one window")
    func remainingZero() async throws {
        let clock = ManualClock()
        let throttle = RequestThrottle(.init(limit: 30, window: .seconds(60)), clock: clock)
        try await throttle.acquire()
        await throttle.observe(limit: nil, remaining: 0)
        try await throttle.acquire()
        #expect(clock.sleeps == [.seconds(60)])
    }
}
