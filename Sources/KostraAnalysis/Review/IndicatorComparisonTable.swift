public import KostraModel

/// A municipality against named peers, a network's average and Norway on a set of indicators,
/// each indicator at its own stated year: the review's socio-economic table as a value.
public struct IndicatorComparisonTable: Sendable, Hashable {
    /// One indicator and the year its figures are from.
    public struct Column: Sendable, Hashable {
        public var indicator: Indicator
        public var year: Int

        public init(indicator: Indicator, year: Int) {
            self.indicator = indicator
            self.year = year
        }
    }

    /// One region's figures, one cell per column.
    public struct Row: Sendable, Hashable {
        public enum Role: String, Sendable, Hashable, Codable { case municipality, peer, network, national }

        public struct Cell: Sendable, Hashable {
            /// The figure, or `nil` when missing (never zero).
            public var value: Double?
            /// Where it came from, or why it is missing (Norwegian).
            public var source: String

            public init(value: Double?, source: String) {
                self.value = value
                self.source = source
            }
        }

        public var name: String
        public var role: Role
        public var cells: [Cell]

        public init(name: String, role: Role, cells: [Cell]) {
            self.name = name
            self.role = role
            self.cells = cells
        }
    }

    public let columns: [Column]
    /// The municipality first, then peers, the network and Norway.
    public let rows: [Row]

    public init(columns: [Column], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }

    /// The method in words (Norwegian).
    public var method: String {
        "Hver indikator vises for året i parentes (nyeste år kommunen har tall for, om ikke et år er valgt). "
            + "Nettverkssnittet er det publiserte snittet der det er lagret, ellers beregnet av medlemmenes tall etter indikatorens "
            + "regel (vektet: sum tellere / sum nevnere; uvektet: snitt av kommunene med tall). Et manglende tall vises som «..», aldri som null."
    }
}
