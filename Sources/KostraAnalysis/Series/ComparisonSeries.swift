public import KostraModel

/// One line of a comparison chart: a region's or a network's figures by year.
public struct ComparisonLine: Sendable, Codable, Hashable {
    public enum Role: String, Sendable, Codable, Hashable {
        /// The municipality the report is about.
        case municipality
        /// A network average (computed or as published).
        case average
        /// Another municipality, a KOSTRA group or the country.
        case comparison
    }

    public var name: String
    public var role: Role
    /// Values aligned with the series' years; `nil` where there is no figure.
    public var values: [Double?]
    /// Where the line's figures came from, e.g. `publisert (ASSS med Oslo)`.
    public var note: String?

    public init(name: String, role: Role, values: [Double?], note: String? = nil) {
        self.name = name
        self.role = role
        self.values = values
        self.note = note
    }
}

/// An indicator's figures over years for a municipality and the regions it is compared with.
public struct ComparisonSeries: Sendable, Codable, Hashable {
    public var indicator: Indicator
    public var basis: PriceBasis
    public var years: [Int]
    public var lines: [ComparisonLine]
    /// Years where a code change or merger breaks a line's ratio series, with the reason.
    public var breaks: [Int: String]

    public init(indicator: Indicator, basis: PriceBasis, years: [Int], lines: [ComparisonLine], breaks: [Int: String] = [:]) {
        self.indicator = indicator
        self.basis = basis
        self.years = years
        self.lines = lines
        self.breaks = breaks
    }

    /// The title as the report prints it, with "(B)" on adjusted series.
    public var title: String {
        indicator.label + (basis == .both ? " (B)" : "")
    }
}
