/// Whether a figure is in current kroner or adjusted for inflation and/or expenditure need.
public enum PriceBasis: String, Sendable, Codable, Hashable, CaseIterable {
    /// Current prices, as reported.
    case nominal
    /// Deflated to a base year's prices.
    case deflated
    /// Divided by the sector's cost index (adjusted for expenditure need).
    case need
    /// Deflated and need-adjusted; reports mark such series "(B)".
    case both

    /// A Norwegian description for tables and method notes.
    public var norwegianDescription: String {
        switch self {
        case .nominal: "løpende priser"
        case .deflated: "faste priser (justert for inflasjon)"
        case .need: "justert for utgiftsbehov"
        case .both: "justert for inflasjon og utgiftsbehov (B)"
        }
    }
}
