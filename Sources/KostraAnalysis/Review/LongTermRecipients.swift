import KostraModel

/// Long-term recipients by year: the number with social assistance as main income for 10 months
/// or more, and their share of all recipients, for a municipality, its peers and a network.
///
/// The share is count / recipients × 100 where both counts are known (for a network: the sum of
/// the members' counts over the sum of their recipients, a weighted share); otherwise a stored
/// share is used as given. A year without figures stays empty, never zero.
public struct LongTermRecipients: Sendable, Hashable {
    /// One year's figures.
    public struct Point: Sendable, Hashable {
        public var year: Int
        /// Recipients with social assistance as main income for 10 months or more.
        public var count: Double?
        /// All recipients.
        public var recipients: Double?
        /// The share in percent.
        public var share: Double?
        /// How the share was found: `beregnet` (from the counts) or `lagret` (stored as a share).
        public var shareSource: String?

        public init(year: Int, count: Double?, recipients: Double?, storedShare: Double?) {
            self.year = year
            self.count = count
            self.recipients = recipients
            if let count, let recipients, recipients > 0 {
                share = count / recipients * 100
                shareSource = "beregnet"
            } else if let storedShare {
                share = storedShare
                shareSource = "lagret"
            }
        }
    }

    /// Which way a series moved, judged on the figures as shown.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// Up from every year with figures to the next.
        case risingEveryYear
        /// Down from every year with figures to the next.
        case fallingEveryYear
        /// Higher at the end than at the start, but not every year.
        case higher
        /// Lower at the end than at the start, but not every year.
        case lower
        /// The same at the end as at the start.
        case unchanged
    }

    /// The change from the first to the last year with a figure.
    public struct Trend: Sendable, Hashable {
        public var firstYear: Int
        public var lastYear: Int
        public var first: Double
        public var last: Double
        public var direction: Direction
        /// last − first (persons for counts, percentage points for shares).
        public var change: Double { last - first }
    }

    /// How many of a network's members a year's network figure is summed over.
    public struct Coverage: Sendable, Hashable {
        public var contributors: Int
        public var members: Int

        public init(contributors: Int, members: Int) {
            self.contributors = contributors
            self.members = members
        }
    }

    /// One region's series.
    public struct Series: Sendable, Hashable {
        public enum Role: String, Sendable, Hashable, Codable { case municipality, peer, network }
        public var name: String
        public var role: Role
        public var points: [Point]
        /// For a network: members left out in some year for lack of figures.
        public var note: String?
        /// For a network: by year, how many members were summed and how many there were.
        public var coverage: [Int: Coverage]

        public init(name: String, role: Role, points: [Point], note: String? = nil, coverage: [Int: Coverage] = [:]) {
            self.name = name
            self.role = role
            self.points = points.sorted { $0.year < $1.year }
            self.note = note
            self.coverage = coverage
        }

        /// The trend of the count, from the first to the last year with one.
        public var countTrend: Trend? { LongTermRecipients.trend(points.compactMap { p in p.count.map { (p.year, $0) } }, decimals: 0) }
        /// The trend of the share, on shares rounded to one decimal as shown.
        public var shareTrend: Trend? { LongTermRecipients.trend(points.compactMap { p in p.share.map { (p.year, $0) } }, decimals: 1) }
    }

    public let from: Int
    public let to: Int
    /// The municipality first, then the peers, then the network.
    public let series: [Series]

    public init(from: Int, to: Int, series: [Series]) {
        self.from = from
        self.to = to
        self.series = series
    }

    /// The trend of `values` (year, value), compared as shown at `decimals`.
    static func trend(_ values: [(Int, Double)], decimals: Int) -> Trend? {
        guard let first = values.first, let last = values.last, values.count >= 2 else { return nil }
        let shown = values.map { NorwegianNumberFormat.round($0.1, decimals: decimals) }
        let steps = zip(shown, shown.dropFirst())
        let direction: Direction
        if steps.allSatisfy({ $0 < $1 }) {
            direction = .risingEveryYear
        } else if steps.allSatisfy({ $0 > $1 }) {
            direction = .fallingEveryYear
        } else if shown[shown.count - 1] > shown[0] {
            direction = .higher
        } else if shown[shown.count - 1] < shown[0] {
            direction = .lower
        } else {
            direction = .unchanged
        }
        return Trend(firstYear: first.0, lastYear: last.0, first: first.1, last: last.1, direction: direction)
    }

    /// The method in words (Norwegian).
    public var method: String {
        "Langtidsmottakere er mottakere med sosialhjelp som hovedinntekt og stønad i 10 måneder eller mer i året. "
            + "Andel = langtidsmottakere / alle sosialhjelpsmottakere × 100; for nettverket summeres tellere og nevnere over "
            + "medlemmene med begge tall det året (vektet andel). Utviklingen leses av tallene slik de vises (andeler med én desimal)."
    }
}
