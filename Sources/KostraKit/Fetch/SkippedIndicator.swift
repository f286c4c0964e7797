public import KostraModel

/// An indicator a fetch left out (for some or all of its years), and why.
public struct SkippedIndicator: Sendable, Hashable {
    /// Why the indicator was left out.
    public enum Kind: String, Sendable, Hashable {
        /// SSB answered that the table does not exist (404, or 400 "Non-existent table").
        case tableMissing
        /// SSB refused the query (400, e.g. "Non-existent value").
        case rejected
        /// The recipe could not be resolved against the table's metadata.
        case unresolved
        /// A numerator or denominator it is computed from was left out.
        case dependency
        /// Not an SSB figure: it comes from a publisher's file (NAV, KS) or has no source.
        case notFromSSB
    }

    public var indicator: IndicatorID
    /// The table concerned, when there is one.
    public var table: String?
    /// The statistics years concerned, e.g. `2022–`.
    public var era: String?
    public var kind: Kind
    /// The reason in English, for the CLI summary.
    public var reason: String

    public init(indicator: IndicatorID, table: String?, era: String?, kind: Kind, reason: String) {
        self.indicator = indicator
        self.table = table
        self.era = era
        self.kind = kind
        self.reason = reason
    }

    /// Whether leaving it out makes the fetch partial (an SSB figure that could not be read).
    public var makesPartial: Bool { kind != .notFromSSB }

    /// One line: `recipients (table 14019, 2022–): SSB answered 404 …`.
    public var line: String {
        let place = [table.map { "table \($0)" }, era].compactMap { $0 }.joined(separator: ", ")
        return "\(indicator)\(place.isEmpty ? "" : " (\(place))"): \(reason)"
    }
}
