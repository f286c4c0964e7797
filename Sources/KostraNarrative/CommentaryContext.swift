public import KostraAnalysis
public import KostraModel

/// What every rule needs besides the row: the profile, the thresholds and the printer.
public struct CommentaryContext: Sendable {
    public var profile: ServiceProfile
    public var thresholds: NarrativeThresholds
    public var text: FigureText
    /// Members' own figures for the profile year by indicator, when known; only these allow a rank.
    public var memberFigures: [IndicatorID: [RegionID: Double]]
    /// Municipalities the analyst named for comparison; their figures are in `memberFigures`.
    public var peers: [Region]

    public init(
        profile: ServiceProfile, thresholds: NarrativeThresholds, text: FigureText,
        memberFigures: [IndicatorID: [RegionID: Double]] = [:], peers: [Region] = []
    ) {
        self.profile = profile
        self.thresholds = thresholds
        self.text = text
        self.memberFigures = memberFigures
        self.peers = peers
    }

    public var name: String { profile.municipality.name }
    public var year: Int { profile.year }
    public var network: String { profile.network.name }

    /// The source title of the municipality's own figures, when the profile has just one source.
    public var ownSourceTitle: String? {
        profile.sources.count == 1 ? profile.sources.first?.title : nil
    }

    /// The indicator's label as it is quoted in running text.
    public func quoted(_ indicator: Indicator) -> String {
        "«\(indicator.displayShortLabel)»"
    }

    /// An input for the municipality's own figure in `year`.
    public func own(_ value: Double, of indicator: Indicator, year: Int) -> CommentaryInput {
        CommentaryInput(
            label: "\(name) \(year)", region: name, year: year, value: value,
            display: text.value(value, of: indicator), sourceTitle: ownSourceTitle)
    }

    /// An input for the network average.
    public func average(_ average: AverageResult, of indicator: Indicator) -> CommentaryInput {
        let title = average.source == .published ? average.publishedSource?.title : ownSourceTitle
        return CommentaryInput(
            label: "\(profile.network.averageLabel) \(year)", region: profile.network.name, year: year,
            value: average.value, display: text.value(average.value, of: indicator), sourceTitle: title)
    }

    /// An input for a figure derived from others (a difference, a share of the average).
    public func derived(_ label: String, value: Double, display: String) -> CommentaryInput {
        CommentaryInput(label: label, region: name, year: year, value: value, display: display)
    }
}
