public import KostraAnalysis
import KostraModel
import KostraStore

extension Workspace {
    /// The service profile of a municipality for a year (default: the newest with figures)
    /// against a network (default ASSS).
    public func profile(
        of name: String, year: Int? = nil, network networkName: String = "asss", profileID: String = "sosial"
    ) async throws -> ServiceProfile {
        let municipality = try definitions.regions.find(name)
        guard municipality.kind == .municipality else { throw KitError.notAMunicipality(name: municipality.name) }
        let network = try definitions.network(named: networkName)
        guard let definition = definitions.catalog.profile(id: profileID) else {
            throw KitError.damagedInstallation("the profile '\(profileID)' is not in indicators.json")
        }
        let chosenYear: Int
        if let year {
            chosenYear = year
        } else {
            chosenYear = try await latestYear(of: municipality, indicators: definition.indicators) ?? 0
        }
        let years = (chosenYear - ServiceProfileBuilder.tableYears + 1)...chosenYear
        let regions = Array(Set(network.members(in: chosenYear) + [municipality.id]))
        let observations = try await store.observations(
            ObservationQuery(indicators: definition.indicators, regions: regions, years: years, basis: .nominal))
        let aggregates = try await store.aggregates(
            AggregateQuery(indicators: definition.indicators, network: network.id, years: chosenYear...chosenYear, basis: .nominal))
        let input = ServiceProfileBuilder.Input(
            municipality: municipality, year: chosenYear, network: network, profile: definition,
            observations: observations, aggregates: aggregates)
        let builder = ServiceProfileBuilder(definitions: definitions)
        let result = Result { () throws(AnalysisError) in try builder.build(input) }
        if case .failure(.noData(let name, let year, _)) = result {
            // The builder saw only the table's years; tell the user every year the store holds.
            let all = try await store.observations(
                ObservationQuery(indicators: definition.indicators, regions: [municipality.id]))
            throw AnalysisError.noData(municipality: name, year: year, availableYears: Array(Set(all.map(\.year))).sorted())
        }
        return try result.get()
    }

    /// The newest year in which the municipality has any of the indicators.
    func latestYear(of municipality: Region, indicators: [IndicatorID]) async throws -> Int? {
        try await store.observations(ObservationQuery(indicators: indicators, regions: [municipality.id]))
            .filter { $0.value != nil }.map(\.year).max()
    }
}
