/// A stable identifier for an indicator or base figure, e.g. `payout-per-recipient`.
public typealias IndicatorID = String

/// Whether a higher value is better, worse, or neither.
///
/// Words such as "bedre" and "svakere" are used only where an indicator has a polarity.
public enum Polarity: String, Sendable, Codable, Hashable {
    case higherIsBetter
    case lowerIsBetter
    case neutral
}

/// How an indicator is averaged over a network or peer group.
public enum AveragingRule: String, Sendable, Codable, Hashable {
    /// Sum of numerators over sum of denominators, so larger municipalities weigh more.
    case weighted
    /// The plain mean over the members with data (the indicators marked `*` in the profile).
    case unweighted
    /// A count or an amount: the network figure is the sum over members.
    case sum

    /// The method as a Norwegian reader sees it.
    public var norwegianDescription: String {
        switch self {
        case .weighted: "vektet snitt (sum av tellere delt på sum av nevnere)"
        case .unweighted: "uvektet snitt av kommunene med tall"
        case .sum: "sum over kommunene"
        }
    }
}

/// One indicator or base figure of the catalogue, as defined in `indicators.json`.
public struct Indicator: Sendable, Codable, Hashable, Identifiable {
    public var id: IndicatorID
    /// The Norwegian label as published.
    public var label: String
    /// A shorter label for charts and narrow tables.
    public var shortLabel: String?
    public var unit: IndicatorUnit
    /// The profile category, e.g. `Dekningsgrader`, or `Grunnlagstall` for base figures.
    public var category: String
    /// Digits shown after the decimal comma.
    public var decimals: Int
    public var polarity: Polarity
    public var averaging: AveragingRule
    /// The base figure counted above the line, for weighted averages.
    public var numerator: IndicatorID?
    /// The base figure counted below the line, for weighted averages.
    public var denominator: IndicatorID?
    /// Multiplier from numerator/denominator to the published unit (100 for percent).
    public var scale: Double?
    /// How the figure is computed, in Norwegian.
    public var formula: String
    /// SSB tables the figure comes from, where known.
    public var ssbTables: [String]
    /// How sure the project is of the SSB recipe.
    public var recipeConfidence: String
    /// Other labels the figure has been published under (earlier years, charts).
    public var labelVariants: [String]?
    /// How the indicator differs from one that looks alike, shown next to both in reports.
    public var definitionNote: DefinitionNote? = nil
    /// Why the polarity was chosen, where it is not neutral.
    public var polarityReason: String?
    public var note: String?
    /// Whether the figure may be below zero (net expenditure can be, when a service's income
    /// exceeds its costs); other counts and amounts may not (``FigureValidator``).
    public var allowsNegative: Bool?
    /// Bounds that replace the unit's (``FigurePlausibility``) where SSB's figure is not a part of a
    /// whole: a share of gross operating income can be negative or above 100.
    public var bounds: FigurePlausibility.Bounds? = nil
    /// Why ``bounds`` differ from the unit's.
    public var boundsReason: String? = nil

    /// Whether this is a summable base figure (a count or an amount) rather than a ratio.
    public var isBaseFigure: Bool { averaging == .sum }

    /// The label to use where space is short.
    public var displayShortLabel: String { shortLabel ?? label }

    /// Whether this indicator is averaged unweighted (`*` in the profile).
    public var isStarred: Bool { averaging == .unweighted }

    /// The value a numerator and a denominator give, in the published unit.
    public func ratio(numerator: Double, denominator: Double) -> Double? {
        guard denominator != 0 else { return nil }
        return numerator / denominator * (scale ?? 1)
    }
}
