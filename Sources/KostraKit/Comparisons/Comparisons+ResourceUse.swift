public import KostraAnalysis
import KostraModel
import KostraStore

extension Comparisons {
    /// The indicator (from the catalogue) used as spending per inhabitant.
    static let resourceUseSpending: IndicatorID = "net-expenditure-social-per-capita"

    /// The resource-use indicator (RBI) of a municipality in a year against its network.
    ///
    /// Spending per inhabitant comes from the store (net operating expenditure for social
    /// services per inhabitant); the sector's cost index from `costIndexFile`, since no public
    /// series of the social-services sub-index is bundled. Members without either are listed.
    public func resourceUse(
        of name: some MunicipalityReference, year: Int, network networkName: String = "asss", costIndexFile: String? = nil
    ) async throws -> ResourceUseReport {
        let municipality = try resolve.municipality(name)
        let network = try definitions.network(named: networkName)
        let members = network.members(in: year)
        let spending = try await figures.observations(
            ObservationQuery(indicators: [Self.resourceUseSpending], regions: members, years: year...year, basis: .nominal))
        let costIndices = try costIndexFile.map { try readCostIndices(path: $0) } ?? [:]
        guard spending.contains(where: { $0.value != nil }), costIndices.values.contains(where: { $0[year] != nil }) else {
            var missing: [String] = []
            if !spending.contains(where: { $0.value != nil }) {
                missing.append(
                    "net operating expenditure for social services per inhabitant ('\(Self.resourceUseSpending)') "
                        + "for the \(network.name) members in \(year) — import the members' figures")
            }
            if !costIndices.values.contains(where: { $0[year] != nil }) {
                missing.append(
                    "the social-services cost index per member for \(year) — supply it with --cost-index-file FILE "
                        + "(CSV 'kommune;år;kostnadsindeks'; no public series is bundled)")
            }
            throw KitError.missingInputs(analysis: "The resource-use indicator for \(network.name) \(year)", missing: missing)
        }
        let inputs = members.map { member in
            ResourceUseInput(
                region: definitions.regions.region(id: member)?.name ?? member,
                spendingPerInhabitant: spending.first { $0.region == member }?.value,
                costIndex: costIndices[member]?[year])
        }
        let indicator = try ResourceUseIndicator(networkName: network.name, members: inputs)
        // The network mean is the yardstick (1,000): from too few members it would measure nothing.
        guard network.coverage.isMet(contributors: indicator.members.count, members: members.count) else {
            throw AnalysisError.tooFewMembers(
                indicator: "Ressursbruksindikator (RBI)", year: year, network: network.name,
                contributors: indicator.members.map(\.region), members: members.count, coverage: network.coverage)
        }
        let publishedFigure = try await figures.observations(
            ObservationQuery(indicators: ["rbi"], regions: [municipality.id], years: year...year, basis: .nominal)
        ).first
        var comparison: PublishedFigureComparison?
        if let own = indicator.member(municipality.name), let published = publishedFigure?.value {
            comparison = try PublishedFigureComparison(
                label: "Ressursbruksindikator", region: municipality.name, computed: own.indicator, published: published,
                publishedDecimals: 3, unit: .index, source: publishedFigure?.source?.title ?? "publisert",
                computedExplanation: indicator.explanation)
        }
        return ResourceUseReport(
            municipality: municipality.name, year: year, indicator: indicator, published: comparison,
            openPoints: [
                "Åpent punkt: KS trekker avskrivninger fra netto driftsutgifter; katalogens tall er netto driftsutgifter per innbygger "
                    + "uten fradrag for avskrivninger, fordi avskrivninger per funksjon ikke er lagret.",
                "Åpent punkt: KS korrigerer for arbeidsgiveravgift og pensjon, men formelen er ikke offentlig; her brukes faktor 1.",
                "Åpent punkt: hvilken kostnadsnøkkel (budsjettår) som hører til regnskapsåret, oppgis ikke offentlig; "
                    + "verktøyet bruker kostnadsindeksen oppgitt for samme år.",
            ])
    }
}
