public import KostraModel

/// Which way a ranking runs: by the indicator's polarity, or by value where it has none.
public enum RankOrder: String, Sendable, Codable, Hashable {
    /// Rank 1 has the highest value, which is the best.
    case higherIsBetter
    /// Rank 1 has the lowest value, which is the best.
    case lowerIsBetter
    /// The indicator has no polarity: rank 1 has the highest value, which says nothing of better or worse.
    case byValue

    /// The order an indicator's polarity gives.
    public init(_ polarity: Polarity) {
        switch polarity {
        case .higherIsBetter: self = .higherIsBetter
        case .lowerIsBetter: self = .lowerIsBetter
        case .neutral: self = .byValue
        }
    }

    /// Whether rank 1 means best (the indicator has a polarity).
    public var judgesBetter: Bool { self != .byValue }

    /// How the ranking runs, in Norwegian, e.g. `lavest er best`.
    public var norwegianDescription: String {
        switch self {
        case .higherIsBetter: "høyest er best"
        case .lowerIsBetter: "lavest er best"
        case .byValue: "etter verdi, høyest først (indikatoren har ingen retning, så plass 1 er ikke «best»)"
        }
    }
}
