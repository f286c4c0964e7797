public import Foundation
public import KostraAnalysis
public import KostraModel
import KostraStore
import KostraRender

/// A page of stored figures for the JSON API, with the total that matched.
public struct ObservationPage: Sendable {
    public var observations: [Observation]
    public var total: Int
}

extension Figures {
    /// Stored figures matching the filters, a page at a time, in a stable order
    /// (indicator, region, year, basis) so paging does not repeat or skip figures.
    public func observations(
        indicators: [IndicatorID]?, regions: [RegionID]?, years: ClosedRange<Int>?, limit: Int, offset: Int
    ) async throws -> ObservationPage {
        let all = try await reader.observations(ObservationQuery(indicators: indicators, regions: regions, years: years))
            .sorted { ($0.indicator, $0.region, $0.year, $0.basis.rawValue) < ($1.indicator, $1.region, $1.year, $1.basis.rawValue) }
        let start = min(offset, all.count)
        let end = min(start + limit, all.count)
        return ObservationPage(observations: Array(all[start..<end]), total: all.count)
    }

    /// When the newest source was fetched or imported: the data's version for caching (`Last-Modified`).
    public func dataUpdatedAt() async throws -> Date? {
        try await history.revision().updatedAt
    }

    /// The state of the stored figures, which changes with every write: one small query.
    public func dataVersion() async throws -> DataVersion {
        DataVersion(try await history.revision())
    }

    /// The years in which the municipality has any figure of the profile, newest first.
    public func yearsWithFigures(of municipality: Region, profileID: String = "sosial") async throws -> [Int] {
        guard let definition = definitions.catalog.profile(id: profileID) else { return [] }
        return try await reader.yearsWithFigures(ObservationQuery(indicators: definition.indicators, regions: [municipality.id]))
    }

    /// The municipality's stored time series with the network's figures beside it, one per indicator
    /// (all of them, or only `indicator`), over the ten years up to the profile's year.
    public func comparisonSeries(of name: some MunicipalityReference, indicator: IndicatorID? = nil, year: Int? = nil, network: String = "asss")
        async throws
        -> (profile: ServiceProfile, series: [ComparisonSeries])
    {
        // The profile and the series asked for, without the rest of a report (commentary, other series).
        // An area's indicator is read with its area's profile (the dashboard links every area's labels here);
        // social services' indicators, and a request for every series, keep social services' profile.
        let area =
            indicator.flatMap { id in definitions.catalog.profiles.first { $0.id != "sosial" && $0.indicators.contains(id) }?.id } ?? "sosial"
        let profile = try await comparisons.profile(of: name, year: year, network: network, profileID: area)
        let reports = reports
        let shown = reports.seriesIndicators(for: profile)
        let indicators = indicator.map { id in shown.filter { $0 == id } } ?? shown
        return (profile, try await reports.series(for: profile, indicators: indicators))
    }
}

extension Figures {
    /// Which municipalities have any figure of the profile (those with the most figures first),
    /// and in which years (newest first): what a start page can offer without leading to an empty profile.
    public func profileCoverage(profileID: String = "sosial") async throws -> (municipalities: [RegionID], years: [Int]) {
        guard let definition = definitions.catalog.profile(id: profileID) else { return ([], []) }
        let observations = try await reader.observations(ObservationQuery(indicators: definition.indicators))
            .filter { $0.value != nil && definitions.regions.region(id: $0.region)?.kind == .municipality }
        let counts = Dictionary(observations.map { ($0.region, 1) }, uniquingKeysWith: +)
        let municipalities = counts.keys.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
        return (municipalities, Set(observations.map(\.year)).sorted(by: >))
    }
}
