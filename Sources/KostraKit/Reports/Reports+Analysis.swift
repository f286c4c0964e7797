public import Foundation
import KostraAnalysis
public import KostraModel
public import KostraRender
import KostraStore

extension Reports {
    /// The areas of the whole analysis in the order its chapters come, as the KOSTRA key-figure
    /// workbooks order their sheets (economy first, population last); an area the catalogue adds
    /// later comes after these.
    static let analysisOrder = ["okonomi", "barnehage", "grunnskole", "helse", "sosial", "kultur", "befolkning"]

    /// The `--area` value that asks for the whole analysis.
    public static let allAreas = "all"

    /// The whole KOSTRA analysis of a municipality (`kostra report Oslo --area all`): the opening
    /// chapter «Befolkning og økonomi», a chapter per area with figures for the year, then the appendix.
    ///
    /// Without `year`, the newest year any area has figures for. `group` is the municipality's
    /// KOSTRA group (e.g. `13`) for the opening chapter's comparison; KostraKit does not know which
    /// group a municipality belongs to, so without it the chapter says the group is not chosen.
    public func analysisDocument(
        of name: some MunicipalityReference, year: Int? = nil, network networkName: String = "asss", group: String? = nil,
        now: Date = Date()
    ) async throws -> ReportDocument {
        let municipality = try resolve.municipality(name)
        let network = try definitions.network(named: networkName)
        let known = definitions.catalog.profiles.map(\.id)
        let areas = Self.analysisOrder.filter(known.contains) + known.filter { !Self.analysisOrder.contains($0) }
        let year = try await analysisYear(of: municipality, year: year, network: networkName, areas: areas)
        var chapters: [ReportContent] = []
        var omitted: [(area: String, reason: String)] = []
        for area in areas {
            do {
                chapters.append(try await reportContent(of: municipality, year: year, network: networkName, now: now, area: area))
            } catch AnalysisError.noData {
                let service = definitions.catalog.profile(id: area)?.service ?? area
                omitted.append((service, "ingen tall for \(municipality.name) i \(year)"))
            }
        }
        let opening = try await openingChapter(of: municipality, year: year, network: networkName, group: group)
        return ReportDocumentBuilder(regions: definitions.regions).analysisDocument(
            chapters: chapters, opening: opening, network: network, omittedAreas: omitted, generatedAt: now)
    }

    /// The given year, or the newest year any area has figures for; a municipality without
    /// figures in any area is the same error a single area gives.
    private func analysisYear(of municipality: Region, year: Int?, network: String, areas: [String]) async throws -> Int {
        if let year { return year }
        var newest: Int?
        var available: Set<Int> = []
        for area in areas {
            do {
                let profile = try await comparisons.profile(of: municipality, network: network, profileID: area)
                newest = max(newest ?? profile.year, profile.year)
            } catch AnalysisError.noData(_, _, let years) {
                available.formUnion(years)
            }
        }
        guard let newest else {
            throw AnalysisError.noData(municipality: municipality.name, year: 0, availableYears: available.sorted())
        }
        return newest
    }
}
