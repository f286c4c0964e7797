public import KostraAnalysis
public import KostraModel
import KostraStore

extension Comparisons {
    /// The service profile of a municipality for a year (default: the newest with figures)
    /// against a network (default ASSS).
    public func profile(
        of name: some MunicipalityReference, year: Int? = nil, network networkName: String = "asss", profileID: String = "sosial"
    ) async throws -> ServiceProfile {
        try await profile(of: name, year: year, scope: .network(networkName), profileID: profileID)
    }

    /// The service profile of a municipality against any comparison: a network or the user's own
    /// peers (averaged by each indicator's rule, with highest and lowest), or a KOSTRA group or the
    /// country (SSB's published figure, which has no highest or lowest). `profileID` is the KOSTRA
    /// area (`sosial`, `okonomi`, `barnehage`, `grunnskole`, `helse`, `kultur`, `befolkning`).
    public func profile(
        of name: some MunicipalityReference, year: Int? = nil, scope: AverageScope, profileID: String = "sosial"
    ) async throws -> ServiceProfile {
        let municipality = try resolve.municipality(name)
        let comparison = try comparison(for: scope, municipality: municipality)
        let network = comparison.network
        let definition = try area(profileID)
        // One query answers both "which year" (the newest, when none is given) and "which years
        // exist" (for a year without figures, and for the pages' year choice). When the year is
        // given, the profile's figures are read while it runs.
        async let knownYears = figures.yearsWithFigures(ObservationQuery(indicators: definition.indicators, regions: [municipality.id]))
        var chosen = year
        if chosen == nil { chosen = try await knownYears.first }
        guard let chosenYear = chosen else { throw KitError.noFigures(municipality: municipality.name) }
        let years = (chosenYear - ServiceProfileBuilder.tableYears + 1)...chosenYear
        let regions = Array(Set(network.members(in: chosenYear) + [municipality.id]))
        // The averages the network publishes are read beside the members' figures: neither needs the other.
        async let aggregates = comparisonAggregates(comparison, indicators: definition.indicators, year: chosenYear)
        let observations = try await figures.observations(
            ObservationQuery(indicators: definition.indicators, regions: regions, years: years, basis: .nominal))
        let input = ServiceProfileBuilder.Input(
            municipality: municipality, year: chosenYear, network: network, profile: definition,
            observations: observations, aggregates: try await aggregates)
        let yearsWithFigures = try await knownYears
        let builder = ServiceProfileBuilder(definitions: definitions)
        let result = Result { () throws(AnalysisError) in try builder.build(input) }
        if case .failure(.noData(let name, let year, _)) = result {
            // The builder saw only the table's years; tell the user every year the store holds.
            throw AnalysisError.noData(municipality: name, year: year, availableYears: yearsWithFigures.sorted())
        }
        var profile = try result.get()
        profile.yearsWithFigures = yearsWithFigures
        for observation in observations where observation.year == chosenYear {
            if let value = observation.value { profile.yearFigures[observation.indicator, default: [:]][observation.region] = value }
        }
        return profile
    }

    /// The averages a profile's comparison publishes for `year`: SSB's figure for a KOSTRA group or
    /// the country, else the network's stored averages (KS's for ASSS).
    private func comparisonAggregates(
        _ comparison: (network: Network, publishedRegion: Region?), indicators: [IndicatorID], year: Int
    ) async throws -> [PublishedAggregate] {
        if let published = comparison.publishedRegion {
            return try await publishedFigures(of: published, as: comparison.network, indicators: indicators, year: year)
        }
        return try await figures.aggregates(
            AggregateQuery(indicators: indicators, network: comparison.network.id, years: year...year, basis: .nominal))
    }

    /// The KOSTRA area's profile definition (`sosial`, `okonomi`, …), or the error that lists the known ones.
    func area(_ id: String) throws(KitError) -> ServiceProfileDefinition {
        guard let definition = definitions.catalog.profile(id: id) else {
            throw KitError.unknownArea(id, known: definitions.catalog.profiles.map(\.id))
        }
        return definition
    }

    /// The newest year in which the municipality has any of the indicators.
    func latestYear(of municipality: Region, indicators: [IndicatorID]) async throws -> Int? {
        try await figures.yearsWithFigures(ObservationQuery(indicators: indicators, regions: [municipality.id])).first
    }

    /// What a profile compares with, expressed as a network so every renderer and commentary rule
    /// works unchanged: a KOSTRA group or the country becomes a network without members whose
    /// average is SSB's published figure; peers become a network of those municipalities.
    private func comparison(for scope: AverageScope, municipality: Region) throws -> (network: Network, publishedRegion: Region?) {
        switch scope {
        case .network(let name):
            return (try definitions.network(named: name), nil)
        case .group(let text):
            let group = try kostraGroup(text)
            return (Self.publishedComparison(group, longName: group.name), group)
        case .national:
            guard let country = definitions.regions.region(id: "norge") else {
                throw KitError.damagedInstallation("the region 'norge' is not in regions.json")
            }
            return (Self.publishedComparison(country, longName: "landet"), country)
        case .peers(let peerNames):
            let members = try resolve.peers(peerNames, excluding: municipality).map(\.id)
            guard !members.isEmpty else { throw KitError.noPeers(municipality: municipality.name) }
            let network = Network(
                id: Self.peersComparisonID, name: "Sammenligningskommunene",
                longName: "sammenligningskommunene (" + names(members).joined(separator: ", ") + ")",
                averageLabel: "Snitt sammenligningskommunene",
                description: "Kommuner brukeren har valgt å sammenligne med.",
                members: members.map { NetworkMembership(region: $0) }, source: "Valgt av brukeren",
                // The user chose these municipalities, and the profile names the ones without figures.
                averageCoverage: AverageCoverage(
                    moreThanShare: 0, reason: "sammenligningskommunene er valgt av brukeren, og de uten tall er navngitt"))
            return (network, nil)
        }
    }

    /// The id a peer comparison's network carries, so links and files can tell it from a real network.
    public static let peersComparisonID = "egne"

    private static func publishedComparison(_ region: Region, longName: String) -> Network {
        Network(
            id: region.id, name: region.name, longName: longName, averageLabel: region.name,
            description: "SSBs publiserte tall for \(region.name); KostraKit regner ikke ut snittet selv.",
            members: [], source: "Statistisk sentralbyrå (KOSTRA)")
    }

    /// The region's stored figures as the comparison's published averages.
    private func publishedFigures(of region: Region, as network: Network, indicators: [IndicatorID], year: Int) async throws
        -> [PublishedAggregate]
    {
        try await figures.observations(ObservationQuery(indicators: indicators, regions: [region.id], years: year...year, basis: .nominal))
            .map {
                PublishedAggregate(
                    indicator: $0.indicator, network: network.id, year: $0.year, basis: .nominal, statistic: .average,
                    value: $0.value, status: $0.status, label: region.name, source: $0.source)
            }
    }
}
