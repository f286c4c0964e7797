public import Foundation
public import KostraAnalysis
public import KostraModel

/// Everything a report shows, computed before rendering so every format renders the same content.
public struct ReportContent: Sendable {
    public var profile: ServiceProfile
    public var series: [ComparisonSeries]
    public var generatedAt: Date

    public init(profile: ServiceProfile, series: [ComparisonSeries], generatedAt: Date) {
        self.profile = profile
        self.series = series
        self.generatedAt = generatedAt
    }

    /// The report's title, e.g. `Sosialtjeneste og bolig: Bærum 2024`.
    public var title: String {
        "\(profile.definition.service): \(profile.municipality.name) \(profile.year)"
    }

    /// The default file name, e.g. `baerum-2024-sosialtjenester`.
    public var fileStem: String {
        "\(profile.municipality.id)-\(profile.year)-sosialtjenester"
    }
}
