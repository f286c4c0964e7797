public import KostraModel

/// One catalogue indicator over another for a municipality, its peers and a network, with the
/// years and sources of both figures: the value a ratio table in a report section takes.
public struct IndicatorRatioComparison: Sendable, Hashable {
    /// What a row stands for and where its two figures came from.
    public struct RowInfo: Sendable, Hashable {
        public enum Role: String, Sendable, Hashable, Codable { case municipality, peer, network }
        public var region: String
        public var role: Role
        /// Where the figures came from, in Norwegian, e.g. `publisert snitt` or `beregnet, vektet snitt av 12 kommuner`.
        public var source: String

        public init(region: String, role: Role, source: String) {
            self.region = region
            self.role = role
            self.source = source
        }
    }

    public let numerator: Indicator
    public let denominator: Indicator
    public let numeratorYear: Int
    public let denominatorYear: Int
    /// The ratios, rounded as the reader sees them; regions lacking a figure are in `table.lacking`.
    public let table: RatioTable
    /// One entry per region given, in order.
    public let rows: [RowInfo]

    public init(
        numerator: Indicator, denominator: Indicator, numeratorYear: Int, denominatorYear: Int, table: RatioTable,
        rows: [RowInfo]
    ) {
        self.numerator = numerator
        self.denominator = denominator
        self.numeratorYear = numeratorYear
        self.denominatorYear = denominatorYear
        self.table = table
        self.rows = rows
    }

    /// The label of a side with its year, e.g. `Andel AAP-mottakere 18–67 (2021)`.
    public static func label(_ indicator: Indicator, year: Int) -> String {
        "\(indicator.displayShortLabel) (\(year))"
    }

    /// The method in words (Norwegian).
    public var method: String {
        table.method + " Tallene er først avrundet til det antall desimaler de vises med "
            + "(\(numerator.decimals) og \(denominator.decimals)), slik at leseren kan regne etter."
    }
}
