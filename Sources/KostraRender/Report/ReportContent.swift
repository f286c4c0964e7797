public import Foundation
public import KostraAnalysis
public import KostraModel
public import KostraNarrative

/// Everything a report shows, computed before rendering so every format renders the same content.
public struct ReportContent: Sendable {
    public var profile: ServiceProfile
    public var series: [ComparisonSeries]
    /// Generated commentary, each sentence with the figures and rule behind it.
    public var commentary: [CommentarySentence]
    public var generatedAt: Date
    /// A generated summary per profile category, opening that category's section.
    public var categorySummaries: [String: CommentarySentence] = [:]
    /// The shown figures revised since the analyst's date, for the appendix; `nil` when not asked for.
    public var changes: ReportChanges?

    public init(profile: ServiceProfile, series: [ComparisonSeries], commentary: [CommentarySentence], generatedAt: Date) {
        self.profile = profile
        self.series = series
        self.commentary = commentary
        self.generatedAt = generatedAt
    }

    /// The report's title, e.g. `Sosialtjeneste og bolig: Bærum 2024`.
    public var title: String {
        "\(profile.definition.service): \(profile.municipality.name) \(profile.year)"
    }

    /// The default file name, e.g. `baerum-2024-sosialtjenester`, or `oslo-2024-barnehage` for
    /// another KOSTRA area (social services keep the name their reports have always had).
    public var fileStem: String {
        let area = profile.definition.id == "sosial" ? "sosialtjenester" : profile.definition.id
        return "\(profile.municipality.id)-\(profile.year)-\(area)"
    }
}
