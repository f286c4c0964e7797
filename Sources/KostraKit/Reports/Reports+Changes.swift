import Foundation
import KostraAnalysis
import KostraModel
import KostraRender
import KostraStore

extension Reports {
    /// The content with the revisions, since `since`, of the figures it shows: the municipality's
    /// and the comparison members' figures of its indicators, in the profile's and the series' years.
    func addingChanges(to content: ReportContent, since: Date) async throws -> ReportContent {
        let profile = content.profile
        let indicators = Set(profile.rows.map(\.indicator.id) + content.series.map(\.indicator.id))
        let regions = Set(comparisonRegions(for: profile))
        let years = Set(profile.years + content.series.flatMap(\.years))
        let shown = try await history.revisions(ObservationQuery(indicators: Array(indicators), regions: Array(regions)))
            .filter { years.contains($0.key.year) && $0.revisedAt >= since }
        var changed = content
        changed.changes = ReportChanges(since: since, revisions: shown)
        return changed
    }
}
