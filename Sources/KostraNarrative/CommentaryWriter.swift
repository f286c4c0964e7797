public import KostraAnalysis
public import KostraModel

/// Drafts Norwegian (bokmål) commentary on a service profile: a short summary first, then one
/// or more sentences per indicator in profile order, each carrying the figures it states.
///
/// The sentences describe positions and changes only; none asserts a cause.
public struct CommentaryWriter: Sendable {
    public var thresholds: NarrativeThresholds
    public var text: FigureText
    /// The rules applied to every row, in the order their sentences appear.
    public var rules: [any CommentaryRule]

    public init(
        thresholds: NarrativeThresholds, format: NorwegianNumberFormat = .standard,
        rules: [any CommentaryRule] = CommentaryWriter.standardRules
    ) {
        self.thresholds = thresholds
        self.text = FigureText(format: format)
        self.rules = rules
    }

    /// A writer with the thresholds shipped in `narrative-rules.json`.
    public static func bundled(format: NorwegianNumberFormat = .standard) throws -> CommentaryWriter {
        CommentaryWriter(thresholds: try NarrativeThresholds.bundled(), format: format)
    }

    /// The rules in reading order: where the figure stands, then how it moved.
    public static let standardRules: [any CommentaryRule] = [
        ResourceUseRule(), PositionRule(), ExtremeRule(), PeerComparisonRule(), ChangeRule(), TrendRule(),
    ]

    /// The commentary on `profile`.
    public func sentences(for profile: ServiceProfile) -> [CommentarySentence] {
        sentences(for: profile, memberFigures: [:])
    }

    /// The commentary on `profile`, with the members' own figures for the profile year where known,
    /// which allows "nest høyest/lavest", and comparisons with the named `peers` (whose figures
    /// are in `memberFigures` too).
    public func sentences(
        for profile: ServiceProfile, memberFigures: [IndicatorID: [RegionID: Double]], peers: [Region] = []
    ) -> [CommentarySentence] {
        let context = CommentaryContext(
            profile: profile, thresholds: thresholds, text: text, memberFigures: memberFigures, peers: peers)
        var result: [CommentarySentence] = []
        if let summary = SummaryRule().sentence(in: context) { result.append(summary) }
        for row in profile.rows {
            for rule in rules { result += rule.sentences(for: row, in: context) }
        }
        return result
    }
}
