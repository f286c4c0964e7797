public import KostraAnalysis
public import KostraModel
public import KostraRender

/// The extension point for sections that other use cases add to the report.
///
/// A use case such as resource use and efficiency, or growth decomposition, conforms a small
/// type to this protocol and adds an instance to the list in ``Workspace/reportContributors`` (ReportContributors.swift). The document
/// builder asks every contributor, in order, after the indicator sections and before the
/// appendix on sources and method; each answers with a finished ``ReportSection`` (built from
/// ``ReportParagraph``, ``ReportTable`` with ``ReportCell``s and ``ReportChart`` blocks, so every
/// format renders it with no further work) or with the reason it is left out, which the
/// report prints instead of a placeholder. See docs/reports.md.
public protocol ReportSectionContributor: Sendable {
    /// The section's title, used in the "left out" line when there is no section.
    var title: String { get }
    /// The section for this report, or why there is none.
    func contribution(to context: ReportContext) async throws -> ReportContribution
}

/// What a contributor knows about the report it is asked to add to.
public struct ReportContext: Sendable {
    /// Profiles, averages, resource use and efficiency, read from the report's figures.
    public var comparisons: Comparisons
    /// The review's tools (the growth decomposition), read from the same figures.
    public var review: Review
    public var municipality: Region
    public var year: Int
    public var network: Network
    /// The service profile, when the municipality has figures for the year.
    public var profile: ServiceProfile?

    public init(comparisons: Comparisons, review: Review, municipality: Region, year: Int, network: Network, profile: ServiceProfile?) {
        self.comparisons = comparisons
        self.review = review
        self.municipality = municipality
        self.year = year
        self.network = network
        self.profile = profile
    }
}
