/// A table of share ratios across regions, e.g. the AAP share over the
/// social-assistance share for a municipality, its peers and the network.
///
/// Regions lacking one of the shares, or with a zero denominator, are not
/// dropped silently: they are listed in ``lacking`` with the reason.
public struct RatioTable: Sendable, Hashable, ExplainableResult {
    /// One region's input: either share may be missing.
    public struct Entry: Sendable, Hashable {
        public var region: String
        public var numerator: Double?
        public var denominator: Double?

        public init(region: String, numerator: Double?, denominator: Double?) {
            self.region = region
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// A region without a ratio, and why (Norwegian, for output).
    public struct Lacking: Sendable, Hashable {
        public var region: String
        public var reason: String
    }

    public let numeratorLabel: String
    public let denominatorLabel: String
    public let decimals: Int
    /// The ratios, in the order the entries were given.
    public let rows: [ShareRatio]
    /// Regions without a ratio, in the order given.
    public let lacking: [Lacking]

    /// Builds the table.
    ///
    /// - Throws: ``RatioError`` for a negative or non-finite share, a repeated region,
    ///   negative `decimals`, or when no region has both shares.
    public init(
        numeratorLabel: String, denominatorLabel: String, entries: [Entry], decimals: Int = 1
    ) throws(RatioError) {
        guard decimals >= 0 else { throw .negativeDecimals(decimals) }
        var seen: Set<String> = []
        var rows: [ShareRatio] = []
        var lacking: [Lacking] = []
        for entry in entries {
            guard seen.insert(entry.region).inserted else { throw .duplicateRegion(entry.region) }
            guard let numerator = entry.numerator else {
                lacking.append(Lacking(region: entry.region, reason: "\(numeratorLabel) mangler"))
                continue
            }
            guard let denominator = entry.denominator else {
                lacking.append(Lacking(region: entry.region, reason: "\(denominatorLabel) mangler"))
                continue
            }
            do {
                rows.append(
                    try ShareRatio(
                        region: entry.region, numerator: numerator, denominator: denominator,
                        numeratorLabel: numeratorLabel, denominatorLabel: denominatorLabel, decimals: decimals))
            } catch .zeroDenominator {
                // One region with a zero share should not sink the whole table; it is listed instead.
                lacking.append(Lacking(region: entry.region, reason: "\(denominatorLabel) er 0, forholdstallet er ikke definert"))
            }
        }
        guard !rows.isEmpty else {
            throw .noRegionWithBothShares(numeratorLabel: numeratorLabel, denominatorLabel: denominatorLabel)
        }
        self.numeratorLabel = numeratorLabel
        self.denominatorLabel = denominatorLabel
        self.decimals = decimals
        self.rows = rows
        self.lacking = lacking
    }

    /// The row for a region, if it has a ratio.
    public func row(for region: String) -> ShareRatio? {
        rows.first { $0.region == region }
    }

    /// The method in words (Norwegian).
    public var method: String {
        "Forholdstall per region = \(numeratorLabel) / \(denominatorLabel), regnet av tallene slik de er oppgitt "
            + "og avrundet til \(decimals) desimal\(decimals == 1 ? "" : "er")."
    }

    public var explanation: AnalysisExplanation {
        AnalysisExplanation(
            method: method,
            inputs: rows.flatMap { $0.explanation.inputs },
            notes: lacking.map { "\($0.region): \($0.reason)." })
    }
}
