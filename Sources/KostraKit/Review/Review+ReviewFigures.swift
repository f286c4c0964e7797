import KostraAnalysis
import KostraModel
import KostraStore

/// A figure used in a review table, with where it came from (Norwegian, for output).
struct ReviewFigure: Sendable {
    var value: Double?
    var source: String
    /// Why there is no value, when there is none (Norwegian).
    var note: String?
}

extension Review {
    /// A region's stored figure of `indicator` in `year` (nominal prices); `nil` value when absent or a symbol.
    func storedFigure(_ indicator: Indicator, region: Region, year: Int) async throws -> ReviewFigure {
        let observations = try await reader.observations(
            ObservationQuery(indicators: [indicator.id], regions: [region.id], years: year...year, basis: .nominal))
        guard let observation = observations.first else {
            return ReviewFigure(value: nil, source: "", note: "ingen lagrede tall for \(year)")
        }
        guard let value = observation.value else {
            let symbol = observation.status?.symbol ?? ".."
            return ReviewFigure(value: nil, source: observation.source?.title ?? "", note: "SSB-symbolet «\(symbol)» for \(year)")
        }
        return ReviewFigure(value: value, source: observation.source?.title ?? "lagrede tall")
    }

    /// The network's figure: the published average where stored, otherwise computed from the
    /// members of that year by the indicator's own averaging rule.
    func networkFigure(_ indicator: Indicator, network: Network, year: Int) async throws -> ReviewFigure {
        let published = try await reader.aggregates(
            AggregateQuery(indicators: [indicator.id], network: network.id, years: year...year, basis: .nominal))
        if let average = published.first(where: { $0.statistic == .average }), let value = average.value {
            return ReviewFigure(value: value, source: "publisert snitt (\(average.label ?? network.name))")
        }
        let members = network.members(in: year)
        let observations = try await reader.observations(
            ObservationQuery(indicators: [indicator.id], regions: members, years: year...year, basis: .nominal))
        let figures = Dictionary(observations.map { ($0.region, $0) }, uniquingKeysWith: { first, _ in first })
        do {
            let result = try NetworkAverage.compute(indicator, year: year, over: members, figures: figures)
            guard network.coverage.isMet(contributors: result.contributors.count, members: members.count) else {
                let shortfall = network.coverage.shortfall(
                    network: network.name, year: year, contributors: result.contributors.count, members: members.count)
                return ReviewFigure(value: nil, source: "", note: "ikke publisert. " + shortfall)
            }
            var source = "beregnet, \(result.method.norwegianDescription), \(NorwegianCount.municipalities(result.contributors.count))"
            if !result.missing.isEmpty {
                source += "; uten " + result.missing.map { definitions.regions.region(id: $0)?.name ?? $0 }.joined(separator: ", ")
            }
            return ReviewFigure(value: result.value, source: source)
        } catch {
            return ReviewFigure(
                value: nil, source: "",
                note: "ikke publisert og kan ikke beregnes: " + NorwegianReason.sentence(for: error, catalog: definitions.catalog))
        }
    }

    /// The newest year in which `region` has a value of `indicator`.
    func latestYear(of indicator: Indicator, region: Region) async throws -> Int? {
        try await reader.observations(ObservationQuery(indicators: [indicator.id], regions: [region.id], basis: .nominal))
            .filter { $0.value != nil }.map(\.year).max()
    }
}
