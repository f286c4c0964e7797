/// A tiny deterministic pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// Synthetic data must be the same on every machine and Swift version, which
/// the system generator does not promise; this one is a few lines and fast.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A number in `0..<bound` (the tiny modulo bias is irrelevant for test data).
    mutating func below(_ bound: UInt64) -> UInt64 {
        next() % bound
    }
}
