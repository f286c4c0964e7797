/// Growth decompositions of the same period side by side: the municipality first, then its
/// peers, then the network, as a review's table shows them.
///
/// This is the value a report section, a table renderer, the commentary and the charts all
/// take, so they cannot disagree.
public struct DecompositionComparison: Sendable, Hashable {
    /// What a column stands for.
    public enum Role: String, Sendable, Hashable, Codable {
        case municipality
        case peer
        case network
    }

    /// One region's decomposition and where its figures came from.
    public struct Column: Sendable, Hashable {
        public var role: Role
        /// The name a reader sees, e.g. `Bærum` or `ASSS`.
        public var name: String
        /// Where the figures came from, in Norwegian, e.g. `fil bærum.csv` or `lagrede tall`.
        public var source: String
        public var decomposition: GrowthDecomposition
        /// For a network: the members whose figures were summed (same members in both years).
        public var contributors: [String]
        /// For a network: members left out because a figure was missing in one of the years.
        public var missing: [String]

        public init(
            role: Role, name: String, source: String, decomposition: GrowthDecomposition,
            contributors: [String] = [], missing: [String] = []
        ) {
            self.role = role
            self.name = name
            self.source = source
            self.decomposition = decomposition
            self.contributors = contributors
            self.missing = missing
        }
    }

    public let baseYear: Int
    public let comparisonYear: Int
    /// The municipality first, then the peers in the order given, then the network.
    public let columns: [Column]
    /// Regions asked for but left out, and why (Norwegian), e.g. a network without figures.
    public let notes: [String]

    /// Puts the municipality first and the others after it, in the order given.
    /// Every column is expected to cover the municipality's two years.
    public init(municipality: Column, others: [Column], notes: [String] = []) {
        self.baseYear = municipality.decomposition.base.year
        self.comparisonYear = municipality.decomposition.comparison.year
        self.columns = [municipality] + others
        self.notes = notes
    }

    /// The municipality's column.
    public var municipality: Column { columns[0] }
    /// The peers' columns.
    public var peers: [Column] { columns.filter { $0.role == .peer } }
    /// The network's column, when there is one.
    public var network: Column? { columns.first { $0.role == .network } }

    /// The method in words (Norwegian), including how a network's figures are combined.
    public var method: String {
        var text = municipality.decomposition.method
        if let network, !network.contributors.isEmpty {
            text +=
                " For \(network.name) er mottakere, stønadsmåneder og utbetalinger summert over de samme "
                + "\(network.contributors.count) medlemmene i begge år før dekomponeringen (et vektet nettverkstall)."
        }
        return text
    }
}
