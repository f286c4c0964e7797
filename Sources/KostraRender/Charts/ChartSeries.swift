/// One data series of a line or bar chart: a name, a role that decides its
/// style, and one value per year or category (`nil` where there is none).
public struct ChartSeries: Sendable, Hashable {
    /// The name in the legend, e.g. "Bærum" or "ASSS med Oslo".
    public var name: String
    /// What the series stands for, which decides its style.
    public var role: SeriesRole
    /// One value per year (line chart) or category (bar chart), `nil` where
    /// there is no figure. Missing trailing values count as `nil`; values
    /// beyond the last year or category are ignored.
    public var values: [Double?]

    /// Creates a series.
    public init(name: String, role: SeriesRole, values: [Double?]) {
        self.name = name
        self.role = role
        self.values = values
    }

    /// The values aligned to `count` slots: padded with `nil`, cut to length,
    /// and with non-finite numbers treated as missing.
    func aligned(to count: Int) -> [Double?] {
        (0..<max(0, count)).map { index in
            guard index < values.count, let value = values[index], value.isFinite else { return nil }
            return value
        }
    }
}
