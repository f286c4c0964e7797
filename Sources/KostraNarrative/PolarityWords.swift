public import KostraModel

/// "bedre" or "svakere", only for indicators that have a polarity.
public enum PolarityWords {
    /// The judgement of a figure being higher (`up == true`) or lower, or `nil` when the
    /// indicator is neutral: the commentary never calls a neutral figure better or worse.
    public static func word(for polarity: Polarity, higher up: Bool) -> String? {
        switch polarity {
        case .neutral: nil
        case .higherIsBetter: up ? "bedre" : "svakere"
        case .lowerIsBetter: up ? "svakere" : "bedre"
        }
    }
}
