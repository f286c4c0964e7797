/// A "nice" axis scale: bounds and tick step are 1, 2 or 5 × 10^k, so tick
/// labels read as round numbers (0, 1 000, 2 000 … or 5,5, 6,0, 6,5 …).
public struct NiceScale: Sendable, Hashable {
    /// The lowest tick, at or below the data's minimum.
    public let lower: Double
    /// The highest tick, at or above the data's maximum.
    public let upper: Double
    /// The distance between ticks.
    public let step: Double
    /// The number of decimals needed to print every tick exactly.
    public let tickDecimals: Int
    /// The ticks from `lower` to `upper`, computed from integers so they carry
    /// no floating-point noise (0,3 is `0.3`, not `0.30000000000000004`).
    public let ticks: [Double]

    /// The smallest nice scale with at most `maxTickCount` ticks covering
    /// `minimum`…`maximum`.
    ///
    /// - Parameters:
    ///   - minimum: the smallest value to show.
    ///   - maximum: the largest value to show (the two may come in any order).
    ///   - maxTickCount: the most ticks the axis has room for (at least 2).
    ///   - includeZero: whether 0 must lie on the scale (bars always need it).
    public init(minimum: Double, maximum: Double, maxTickCount: Int = 6, includeZero: Bool = false) {
        var low = minimum.isFinite ? Swift.min(minimum, maximum.isFinite ? maximum : minimum) : 0
        var high = maximum.isFinite ? Swift.max(maximum, minimum.isFinite ? minimum : maximum) : 0
        if !low.isFinite || !high.isFinite { low = 0; high = 0 }
        if includeZero {
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        }
        if low == high {
            // A single value: give it room on the side away from zero, or a
            // unit range around zero itself.
            if low == 0 {
                high = 1
            } else if low > 0 {
                high = low * 1.1; if !includeZero { low *= 0.9 }
            } else {
                low *= 1.1; if !includeZero { high *= 0.9 }
            }
        }
        let intervals = Swift.max(1, maxTickCount - 1)
        let raw = (high - low) / Double(intervals)
        var exponent = Int((raw.isFinite && raw > 0 ? raw : 1).log10Floor) - 1
        var chosen: (mantissa: Int, exponent: Int, first: Int, last: Int)?
        // Try 1, 2, 5 × 10^k from just below the raw step upwards; the first
        // that fits is the finest the axis has room for.
        while chosen == nil && exponent < 308 {
            for mantissa in [1, 2, 5] {
                let step = NiceScale.value(mantissa, exponent: exponent)
                let first = (low / step + 1e-9).rounded(.down)
                let last = (high / step - 1e-9).rounded(.up)
                if last - first <= Double(intervals), abs(first) < 1e15, abs(last) < 1e15 {
                    chosen = (mantissa, exponent, Int(first), Int(last))
                    break
                }
            }
            exponent += 1
        }
        let pick = chosen ?? (1, 0, 0, 1)
        self.step = NiceScale.value(pick.mantissa, exponent: pick.exponent)
        self.tickDecimals = Swift.max(0, -pick.exponent)
        self.ticks = (pick.first...Swift.max(pick.first, pick.last)).map { NiceScale.value($0 * pick.mantissa, exponent: pick.exponent) }
        self.lower = ticks.first ?? 0
        self.upper = ticks.last ?? 1
    }

    /// Where `value` falls between `start` (at `lower`) and `end` (at `upper`),
    /// e.g. a y pixel coordinate with `start` the plot's bottom.
    public func position(of value: Double, from start: Double, to end: Double) -> Double {
        guard upper > lower else { return start }
        return start + (value - lower) / (upper - lower) * (end - start)
    }

    /// `count` × 10^`exponent`, divided rather than multiplied for negative
    /// exponents so that e.g. 3 × 10⁻¹ is the double nearest 0,3.
    private static func value(_ count: Int, exponent: Int) -> Double {
        if exponent >= 0 { return Double(count) * pow10(exponent) }
        return Double(count) / pow10(-exponent)
    }

    /// 10^`exponent` for a non-negative exponent, exact up to 10^22.
    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<Swift.min(exponent, 308) { result *= 10 }
        return result
    }
}

private extension Double {
    /// ⌊log₁₀(self)⌋ for a positive finite number, without Foundation.
    var log10Floor: Double {
        var value = self
        var exponent = 0.0
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent
    }
}
