import FoundationXML
import KostraRender
import Testing

@Suite("NiceScale")
struct ChartNiceScaleTests {
    @Test("Kroner per inhabitant from zero: steps of 1 000")
    func kroner() {
        let scale = NiceScale(minimum: 3317, maximum: 5085, maxTickCount: 7, includeZero: true)
        #expect(scale.lower == 0)
        #expect(scale.upper == 6000)
        #expect(scale.step == 1000)
        #expect(scale.ticks == [0, 1000, 2000, 3000, 4000, 5000, 6000])
        #expect(scale.tickDecimals == 0)
    }

    @Test("Shares in percent: steps of 1 or 10")
    func percent() {
        #expect(NiceScale(minimum: 0, maximum: 5.3, maxTickCount: 7).ticks == [0, 1, 2, 3, 4, 5, 6])
        #expect(NiceScale(minimum: 0, maximum: 41.6, maxTickCount: 7).ticks == [0, 10, 20, 30, 40, 50])
    }

    @Test("Fractional steps carry no floating-point noise")
    func fractional() {
        let scale = NiceScale(minimum: 5.848, maximum: 8.052, maxTickCount: 7)
        #expect(scale.step == 0.5)
        #expect(scale.ticks == [5.5, 6, 6.5, 7, 7.5, 8, 8.5])
        #expect(scale.tickDecimals == 1)
        let tenths = NiceScale(minimum: 0.1, maximum: 0.7, maxTickCount: 7)
        #expect(tenths.ticks == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        #expect(tenths.ticks[2] == 0.3)
    }

    @Test(
        "Steps are always 1, 2 or 5 times a power of ten",
        arguments: [
            (0.0, 1.0), (-2.0, 15.7), (0.0, 25.1), (120.0, 380.0), (0.0, 91051.0), (-0.004, 0.013), (1e6, 3.3e6),
        ])
    func stepsAreNice(range: (Double, Double)) {
        let scale = NiceScale(minimum: range.0, maximum: range.1, maxTickCount: 7)
        var mantissa = scale.step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        #expect([1, 2, 5].contains { abs(mantissa - $0) < 1e-9 })
        #expect(scale.lower <= range.0 && scale.upper >= range.1)
        #expect(scale.ticks.count <= 7 && scale.ticks.count >= 2)
    }

    @Test("Negative and mixed data keep zero when asked")
    func negatives() {
        let scale = NiceScale(minimum: -2, maximum: 15.7, maxTickCount: 7, includeZero: true)
        #expect(scale.ticks.contains(0))
        #expect(scale.lower == -5 && scale.upper == 20)
        let below = NiceScale(minimum: -40, maximum: -10, maxTickCount: 7, includeZero: true)
        #expect(below.upper == 0 && below.lower == -40)
    }

    @Test("Degenerate input still gives a usable scale")
    func degenerate() {
        #expect(NiceScale(minimum: 0, maximum: 0).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        let single = NiceScale(minimum: 50, maximum: 50, maxTickCount: 6)
        #expect(single.lower < 50 && single.upper > 50)
        let reversed = NiceScale(minimum: 10, maximum: 0, maxTickCount: 6)
        #expect(reversed.lower == 0 && reversed.upper == 10)
        let infinite = NiceScale(minimum: -.infinity, maximum: .nan)
        #expect(infinite.upper > infinite.lower)
    }

    @Test("Positions map the scale linearly onto pixels")
    func position() {
        let scale = NiceScale(minimum: 0, maximum: 200, maxTickCount: 11)
        #expect(scale.position(of: 100, from: 300, to: 100) == 200)
        #expect(scale.position(of: 0, from: 300, to: 100) == 300)
    }
}
