import Foundation
import KostraAnalysis
import KostraModel
import KostraRender
import KostraStore

extension Reports {
    /// How many years the opening chapter's population table spans, ending with the report's year.
    static let populationYears = 5

    /// The opening chapter's figures: the population base figures by age group (07459, stored by
    /// `kostra fetch` or an import) over the last five years, and the economy key figures against
    /// the network, the KOSTRA group (when named) and the country, each as the store holds them.
    func openingChapter(of municipality: Region, year: Int, network: String, group: String?) async throws -> OpeningChapterContent {
        let catalog = definitions.catalog
        let ageGroups = catalog.indicators.filter { $0.isBaseFigure && $0.id.hasPrefix("population-") }
        let years = Array((year - Self.populationYears + 1)...year)
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: ageGroups.map(\.id), regions: [municipality.id], years: years.first!...year, basis: .nominal))
        var values: [IndicatorID: [Int: Double]] = [:]
        var sources: [String] = []
        for observation in observations {
            guard let value = observation.value else { continue }
            values[observation.key.indicator, default: [:]][observation.key.year] = value
            if let title = observation.source?.title, !sources.contains(title) { sources.append(title) }
        }
        let population = ageGroups.map { OpeningChapterContent.PopulationRow(indicator: $0, values: values[$0.id] ?? [:]) }

        var compared: [String] = []
        var missing: [String] = []
        var columns: [[IndicatorID: Double]] = []
        var own: [IndicatorID: Double] = [:]
        let economy = catalog.profile(id: "okonomi")?.indicators.compactMap(catalog.indicator(id:)) ?? []
        var scopes: [(AverageScope, String)] = [(.network(network), "")]
        if let group {
            scopes.append((.group(group), ""))
        } else {
            missing.append(
                "KOSTRA-gruppe: ikke valgt. KostraKit vet ikke hvilken KOSTRA-gruppe \(municipality.name) hører til; "
                    + "oppgi den med --group (f.eks. --group 13) for å sammenligne med gruppens tall.")
        }
        scopes.append((.national, ""))
        for (scope, _) in scopes {
            do {
                let profile = try await comparisons.profile(of: municipality, year: year, scope: scope, profileID: "okonomi")
                compared.append(profile.network.averageLabel)
                var figures: [IndicatorID: Double] = [:]
                for row in profile.rows {
                    if let value = row.average?.value { figures[row.indicator.id] = value }
                    if let value = row.values[year] { own[row.indicator.id] = value }
                }
                if figures.isEmpty {
                    // The profile says why a row has no average (too few members with figures, or none stored).
                    let why = profile.rows.flatMap(\.gaps).first.map { " (\($0))" } ?? ""
                    missing.append("\(profile.network.averageLabel): ingen sammenligningstall for \(year)\(why).")
                }
                for source in profile.sources where !sources.contains(source.title) { sources.append(source.title) }
                columns.append(figures)
            } catch AnalysisError.noData {
                // The municipality has no economy figures for the year: the chapter says so.
                break
            }
        }
        let rows = economy.map { indicator in
            OpeningChapterContent.EconomyRow(indicator: indicator, own: own[indicator.id], comparisons: columns.map { $0[indicator.id] })
        }
        return OpeningChapterContent(
            municipality: municipality, year: year, populationYears: years, population: population, comparisons: compared,
            economy: rows, missingComparisons: missing, sources: sources)
    }
}
