public import Foundation
import KostraAnalysis
public import KostraModel
public import KostraRender

extension Reports {
    /// The format-neutral report of a municipality: every format renders this document.
    ///
    /// A municipality without figures for the year is an error that names the years with figures
    /// (``AnalysisError/noData(municipality:year:availableYears:)``), so a single report is never
    /// written empty. A network batch asks for `explainingMissingFigures` instead: then such a
    /// member gets a document saying what is missing.
    public func reportDocument(
        of name: some MunicipalityReference, year: Int? = nil, network networkName: String = "asss", now: Date = Date(),
        notes: AnalystNotes? = nil, contributors: [any ReportSectionContributor] = Workspace.reportContributors,
        explainingMissingFigures: Bool = false, changesSince: Date? = nil, area: String = "sosial"
    ) async throws -> ReportDocument {
        let builder = ReportDocumentBuilder(regions: definitions.regions)
        let municipality = try resolve.municipality(name)
        let network = try definitions.network(named: networkName)
        do {
            var content = try await reportContent(of: name, year: year, network: networkName, now: now, area: area)
            if let changesSince { content = try await addingChanges(to: content, since: changesSince) }
            // Resource use, efficiency and growth decomposition are social services' analyses.
            let extra = try await contributions(
                area == "sosial" ? contributors : [],
                context: ReportContext(
                    comparisons: comparisons, review: review, municipality: municipality, year: content.profile.year, network: network,
                    profile: content.profile))
            return builder.document(for: content, notes: notes, extra: extra)
        } catch AnalysisError.noData(_, let missingYear, let available) where year != nil && explainingMissingFigures {
            let extra = try await contributions(
                contributors,
                context: ReportContext(
                    comparisons: comparisons, review: review, municipality: municipality, year: missingYear, network: network, profile: nil))
            guard let definition = definitions.catalog.profile(id: "sosial") else {
                throw KitError.damagedInstallation("the profile 'sosial' is not in indicators.json")
            }
            let categories = definitions.catalog.categories.filter { category in
                definition.indicators.contains { definitions.catalog.indicator(id: $0)?.category == category }
            }
            return builder.missingFiguresDocument(
                municipality: municipality, year: missingYear, network: network, definition: definition, categories: categories,
                availableYears: available, now: now, extra: extra)
        }
    }

    private func contributions(_ contributors: [any ReportSectionContributor], context: ReportContext) async throws
        -> [(title: String, contribution: ReportContribution)]
    {
        var result: [(title: String, contribution: ReportContribution)] = []
        for contributor in contributors {
            result.append((contributor.title, try await contributor.contribution(to: context)))
        }
        return result
    }
}
