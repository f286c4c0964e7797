/// The columns of KostraKit's own exchange format, the long CSV: one figure a row.
///
/// `region;indicator;year;value;numerator;denominator;status`, plus `basis` when
/// a figure is not in current prices. Only the first four are required.
public enum LongCSVColumn: String, Sendable, CaseIterable {
    /// Any code or name of a municipality, group or country, or a network's figure (`Snitt ASSS`).
    case region
    /// A catalogue id from `kostra indicators`.
    case indicator
    /// The statistics year.
    case year
    /// The figure; empty or an SSB symbol when `status` explains why there is none.
    case value
    /// The numerator behind a ratio, where known.
    case numerator
    /// The denominator behind a ratio, where known.
    case denominator
    /// One of SSB's symbols, or empty.
    case status
    /// `nominal` (the default when empty or absent), `deflated`, `need` or `both`.
    case basis

    /// The header the writer puts first, in this order.
    public static let standard: [LongCSVColumn] = [.region, .indicator, .year, .value, .numerator, .denominator, .status]
    /// The columns a file must have.
    public static let required: Set<LongCSVColumn> = [.region, .indicator, .year, .value]

    /// Whether a header line (already split into fields) is the long CSV's.
    public static func isHeader(_ fields: [String]) -> Bool {
        let names = Set(fields.map { $0.trimmed.lowercased() })
        return required.allSatisfy { names.contains($0.rawValue) }
    }
}
