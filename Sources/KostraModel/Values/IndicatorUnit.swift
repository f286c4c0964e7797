/// The unit a figure is measured in, which decides how it is printed.
public enum IndicatorUnit: String, Sendable, Codable, CaseIterable, Hashable {
    /// Norwegian kroner, printed `kr 41 681`.
    case kroner
    /// Thousands of kroner (SSB's "1000 kr"), printed as kroner in thousands.
    case thousandKroner
    /// A percentage, printed `9,7 %`.
    case percent
    /// A count of people or cases.
    case count
    /// A count per 1 000 inhabitants.
    case perThousand
    /// Months (durations of support).
    case months
    /// Years (life expectancy).
    case years
    /// A dimensionless index such as the resource-use indicator (`0,877`).
    case index
    /// Full-time equivalents (SSB's "årsverk"), e.g. per 10 000 inhabitants.
    case fullTimeEquivalents
    /// Hours (SSB's "timer"), e.g. doctor hours per week per nursing-home resident.
    case hours
    /// Points (SSB's "poeng"), e.g. average lower-secondary points.
    case points
    /// Minutes (SSB's "minutter"), e.g. travel time to the municipal centre.
    case minutes

    /// The Norwegian word used in table headers and labels.
    public var norwegianLabel: String {
        switch self {
        case .kroner: "kroner"
        case .thousandKroner: "1000 kr"
        case .percent: "prosent"
        case .count: "antall"
        case .perThousand: "per 1 000"
        case .months: "måneder"
        case .years: "år"
        case .index: "indeks"
        case .fullTimeEquivalents: "årsverk"
        case .hours: "timer"
        case .points: "poeng"
        case .minutes: "minutter"
        }
    }

    /// Whether a difference between two figures in this unit is spoken of in
    /// percentage points ("prosentpoeng") rather than in the unit itself.
    public var differencesArePercentagePoints: Bool { self == .percent }

    /// Whether figures in this unit may be summed across municipalities
    /// (counts and amounts may; ratios, shares, durations and indices may not).
    public var isSummable: Bool {
        switch self {
        case .count, .kroner, .thousandKroner: true
        default: false
        }
    }
}
