/// How many of a network's members must have a figure before an average computed from their
/// figures stands for the network, and why. Kept in `networks.json` per network.
///
/// An "ASSS average" computed from one of twelve members says nothing about the network; below
/// the minimum the average is not shown, and the reason is.
public struct AverageCoverage: Sendable, Codable, Hashable {
    /// The share of members that must be exceeded (0.5: more than half).
    public var moreThanShare: Double
    /// Why the minimum is what it is (Norwegian, shown when the average is left out).
    public var reason: String

    public init(moreThanShare: Double, reason: String) {
        self.moreThanShare = moreThanShare
        self.reason = reason
    }

    /// The rule when the data file gives none: more than half of the members.
    public static let moreThanHalf = AverageCoverage(
        moreThanShare: 0.5, reason: "et snitt av halvparten eller færre av medlemmene sier lite om nettverket")

    /// Whether `contributors` of `members` is enough.
    public func isMet(contributors: Int, members: Int) -> Bool {
        members > 0 && contributors > 0 && Double(contributors) > moreThanShare * Double(members)
    }

    /// The requirement in words, e.g. `mer enn halvparten`.
    public var requirement: String {
        if moreThanShare == 0.5 { return "mer enn halvparten" }
        if moreThanShare == 0 { return "minst én" }
        return "mer enn \(NorwegianNumberFormat.standard.number(moreThanShare * 100, decimals: 0)) %"
    }

    /// Why an average of `contributors` of `members` is not shown (Norwegian).
    public func shortfall(network: String, year: Int, contributors: Int, members: Int) -> String {
        "Snittet for \(network) i \(year) vises ikke: bare \(NorwegianCount.municipalities(contributors, of: members)) har tall, "
            + "og snittet krever \(requirement) av medlemmene (\(reason))."
    }
}

/// Counts of municipalities in Norwegian, singular where it is one.
public enum NorwegianCount {
    /// `1 kommune`, `12 kommuner`.
    public static func municipalities(_ count: Int) -> String {
        count == 1 ? "1 kommune" : "\(count) kommuner"
    }

    /// `1 av 12 kommuner`, `1 av 1 kommune`.
    public static func municipalities(_ count: Int, of total: Int) -> String {
        "\(count) av \(total == 1 ? "1 kommune" : "\(total) kommuner")"
    }
}
