public import KostraModel

/// Whether an average was computed from members' figures or taken as printed.
public enum AverageSource: String, Sendable, Codable, Hashable {
    case computed
    case published
}

/// An average together with how it was made: every average states its method and who contributed.
public struct AverageResult: Sendable, Codable, Hashable {
    public var value: Double
    public var method: AveragingRule
    public var source: AverageSource
    /// The regions whose figures went in (empty when published: the publisher does not say).
    public var contributors: [RegionID]
    /// The regions asked for that had no figure.
    public var missing: [RegionID]
    /// The label it was printed under, for published averages.
    public var publishedLabel: String?
    /// Where a published average came from.
    public var publishedSource: DataSource?

    public init(
        value: Double, method: AveragingRule, source: AverageSource, contributors: [RegionID], missing: [RegionID],
        publishedLabel: String? = nil, publishedSource: DataSource? = nil
    ) {
        self.value = value
        self.method = method
        self.source = source
        self.contributors = contributors
        self.missing = missing
        self.publishedLabel = publishedLabel
        self.publishedSource = publishedSource
    }

    /// How many regions contributed, or `nil` for a published average.
    public var contributorCount: Int? { source == .computed ? contributors.count : nil }
}

/// The highest or lowest figure among regions, and who holds it.
public struct Extreme: Sendable, Codable, Hashable {
    public var value: Double
    /// The regions holding the value (empty when taken as published).
    public var holders: [RegionID]
    public var source: AverageSource
    /// How many regions had a figure to compare (`nil` when taken as published).
    public var among: Int?
    /// How many regions were asked for (`nil` when taken as published).
    public var of: Int?

    public init(value: Double, holders: [RegionID], source: AverageSource, among: Int? = nil, of: Int? = nil) {
        self.value = value
        self.holders = holders
        self.source = source
        self.among = among
        self.of = of
    }

    /// `blant 11 av 12 kommuner` when some regions had no figure, otherwise empty (Norwegian).
    public var coverageNote: String {
        guard let among, let of, among < of else { return "" }
        return "blant \(NorwegianCount.municipalities(among, of: of))"
    }
}
