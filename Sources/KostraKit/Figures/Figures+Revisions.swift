public import Foundation
import KostraAnalysis
public import KostraModel
public import KostraRender
import KostraStore

extension Figures {
    /// The stored figures replaced by a different value since `since` (all when `nil`), for a
    /// municipality and an indicator when given, oldest revision first.
    public func revisions(since: Date? = nil, municipality: String? = nil, indicator: String? = nil) async throws
        -> [FigureRevision]
    {
        let region = try municipality.map { try definitions.regions.find($0) }
        let indicator = try indicator.map { try definitions.catalog.require($0) }
        let revisions = try await history.revisions(
            ObservationQuery(indicators: indicator.map { [$0.id] }, regions: region.map { [$0.id] }))
        guard let since else { return revisions }
        return revisions.filter { $0.revisedAt >= since }
    }
}

/// Reads `--since` and `--changes-since` dates: `2025-03-15`, the start of that day in Norway.
public enum RevisionDate {
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }
}
