public import KostraModel

/// A month's figure as NAV publishes it.
public enum NAVMonthCell: Sendable, Equatable {
    case value(Double)
    /// NAV's `*`: fewer than 4 people, not published.
    case suppressed
    /// An empty cell: no figure for that month.
    case missing
}

/// A NAV file read as published: counts per municipality and month, before they become
/// yearly catalogue figures (``NAVYearlyFigures``).
public struct NAVMonthlyTable: Sendable {
    /// One municipality's months in one year.
    public struct Row: Sendable, Equatable {
        /// NAV's municipality number, e.g. `4601`.
        public var code: String
        /// The name as NAV prints it.
        public var name: String
        public var year: Int
        /// The months (1–12) the file has a column or row for, and what each holds.
        public var months: [Int: NAVMonthCell]
        /// Where the row is, for messages: `sheet '1. Kommune. Antall', row 9` or `line 2`.
        public var place: String
    }

    /// What the file is: NAV's table number and title (`AAP155 Mottakers …`) or the CSV's title.
    public var title: String
    /// The catalogue figure the counts become.
    public var indicator: IndicatorID
    public var ageBand: String
    /// What happens to NAV's share, and why.
    public var share: String
    public var rows: [Row]
    /// Rows read but not taken (county totals, NAV's `Ukjent`), each with its reason.
    public var skipped: [SkippedCell]
}
