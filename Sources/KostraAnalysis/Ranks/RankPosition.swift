public import KostraModel

/// One region's place among the others: `4. av 11 med tall; Sandnes mangler`.
public struct RankPosition: Sendable, Codable, Hashable {
    /// The place, 1 first.
    public var rank: Int
    /// How many regions had a figure and were ranked.
    public var among: Int
    /// How many regions share this place (1 when there is no tie).
    public var sharedBy: Int
    /// The regions ranked among that had no figure, never counted as zero.
    public var missing: [RegionID]
    public var order: RankOrder

    public init(rank: Int, among: Int, sharedBy: Int, missing: [RegionID], order: RankOrder) {
        self.rank = rank
        self.among = among
        self.sharedBy = sharedBy
        self.missing = missing
        self.order = order
    }

    /// How many regions were to be ranked, with figures or without.
    public var of: Int { among + missing.count }

    /// The place in Norwegian, e.g. `4. av 11 med tall; Sandnes mangler` or `2. (delt) av 12`.
    ///
    /// - Parameter name: the name readers know a region by.
    public func text(naming name: (RegionID) -> String) -> String {
        let shared = sharedBy > 1 ? " (delt med \(sharedBy - 1) \(sharedBy == 2 ? "annen" : "andre"))" : ""
        var text = "\(rank).\(shared) av \(among)"
        if !missing.isEmpty {
            text += " med tall; " + RankPosition.missingText(missing, naming: name)
        }
        return text
    }

    /// `Sandnes mangler`, `Sandnes og Tromsø mangler`, or a count when the list would be long.
    public static func missingText(_ missing: [RegionID], naming name: (RegionID) -> String) -> String {
        // A national ranking can lack dozens of municipalities; naming them all would drown the rank.
        guard missing.count <= 5 else { return "\(missing.count) kommuner mangler tall" }
        return namesText(missing.map(name)) + " mangler"
    }

    /// `Sandnes`, `Sandnes og Tromsø`, `Asker, Sandnes og Tromsø`; a count beyond eight names.
    public static func namesText(_ names: [String]) -> String {
        guard names.count <= 8 else { return NorwegianCount.municipalities(names.count) }
        guard let last = names.last else { return "ingen" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " og " + last
    }
}

extension RankPosition {
    /// The place for a narrow table column: `4. av 11`, `2. (delt) av 12`; the missing members are
    /// told under the table.
    public var shortText: String {
        "\(rank).\(sharedBy > 1 ? " (delt)" : "") av \(among)"
    }
}
