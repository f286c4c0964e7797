public import KostraAnalysis
public import KostraModel
import KostraStore

extension Comparisons {
    /// The whole ranking of an indicator in a year, among a network's members or the country's
    /// municipalities, in the indicator's direction; members without figures are listed, not ranked.
    public func rank(indicator id: String, year: Int, scope: RankScope = .network("asss")) async throws -> Ranking {
        let indicator = try definitions.catalog.require(id)
        let regions: [RegionID]?
        let label: String
        switch scope {
        case .network(let name):
            let network = try definitions.network(named: name)
            regions = network.members(in: year)
            label = network.name
        case .national:
            regions = nil
            label = "landet"
        }
        let stored = try await figures.observations(
            ObservationQuery(indicators: [indicator.id], regions: regions, years: year...year, basis: .nominal))
        var byRegion: [RegionID: Observation] = [:]
        for observation in stored { byRegion[observation.region] = observation }
        let members = regions ?? nationalMunicipalities(in: year, withFigures: Array(byRegion.keys))
        let ranking = Ranker.rank(indicator, year: year, over: members, figures: byRegion, scope: label)
        guard !ranking.entries.isEmpty else {
            let years = try await figures.observations(ObservationQuery(indicators: [indicator.id], regions: regions, basis: .nominal))
                .filter { $0.value != nil && (regions != nil || definitions.regions.region(id: $0.region)?.kind == .municipality) }
                .map(\.year)
            throw RankError.noFigures(
                indicator: indicator.label, year: year, scope: scope == .national ? "the country" : label,
                yearsWithFigures: Array(Set(years)).sorted())
        }
        return ranking
    }

    /// The municipalities of `year`: those the region list knows with a code valid in the year,
    /// and any other municipality with a figure, so none with figures is left out of the ranking.
    private func nationalMunicipalities(in year: Int, withFigures: [RegionID]) -> [RegionID] {
        let known = definitions.regions.regions.filter { $0.kind == .municipality && $0.code(in: year) != nil }.map(\.id)
        let extra = withFigures.filter { definitions.regions.region(id: $0)?.kind == .municipality && !known.contains($0) }.sorted()
        return known + extra
    }
}
