public import KostraAnalysis
import Foundation
public import KostraRender
import KostraModel
import KostraStore

/// A similar-municipality search with everything needed to show and reuse it.
public struct PeerSearchSection: Sendable {
    public var result: PeerSearchResult
    /// The year of the structural figures (31 December of that year for population).
    public var year: Int
    /// The variables in the order chosen, with their sources.
    public var variables: [StructuralVariables.Variable]
    /// The peers' stable ids (no spaces, e.g. `asker,nedre-eiker`), comma-separated, ready for `--peers`.
    public var peersArgument: String

    /// The table renderer for this result (text, CSV, JSON).
    public var renderer: PeerSearchRenderer {
        PeerSearchRenderer(
            result: result, year: year,
            columns: variables.map { .init(id: $0.id, label: $0.label, unit: $0.unit, decimals: $0.decimals, source: $0.source) },
            peersArgument: peersArgument)
    }
}

extension Review {
    /// The `count` municipalities nearest to `name` on standardised structural variables
    /// (z-scores over every municipality with figures, weighted Euclidean distance, rebased so
    /// the farthest candidate is 1, as the CIPFA nearest-neighbour model).
    ///
    /// - Parameters:
    ///   - variableIDs: structural variables from `peer-variables.json` or catalogue indicator ids;
    ///     `nil` uses the file's defaults (population and age structure).
    ///   - weights: `name=number,…`; variables not named weigh 1.
    ///   - year: the year of the figures; by default the newest year the municipality has all of them.
    public func peers(
        of name: some MunicipalityReference, count: Int = 10, by variableIDs: [String]? = nil, weights: String? = nil, year: Int? = nil
    ) async throws -> PeerSearchSection {
        let target = try resolve.municipality(name)
        let structural = try StructuralVariables.bundled()
        let variables = try (variableIDs ?? structural.defaults).map { id throws -> StructuralVariables.Variable in
            if let variable = structural.variable(id: id) { return variable }
            if let indicator = definitions.catalog.indicator(id: id) {
                return .init(
                    id: indicator.id, label: indicator.displayShortLabel, numerator: indicator.id, denominator: nil, scale: nil,
                    unit: indicator.unit, decimals: indicator.decimals,
                    source: indicator.ssbTables.isEmpty ? "lagrede tall" : "SSB tabell " + indicator.ssbTables.joined(separator: ", "))
            }
            throw ReviewError.unknownPeerVariable(name: id, known: structural.variables.map(\.id))
        }
        let weightByID = try Self.parseWeights(weights, variables: variables.map(\.id))

        let figureIDs = Array(Set(variables.flatMap(\.figures)))
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: figureIDs, years: year.map { $0...$0 }, basis: .nominal))
        var figures: [Int: [RegionID: [IndicatorID: Double]]] = [:]
        for observation in observations {
            guard let value = observation.value else { continue }
            figures[observation.year, default: [:]][observation.region, default: [:]][observation.indicator] = value
        }
        let yearsWithAll = figures.filter { _, byRegion in
            variables.allSatisfy { $0.value(byRegion[target.id] ?? [:]) != nil }
        }.keys.sorted()
        guard let chosenYear = year ?? yearsWithAll.last, yearsWithAll.contains(chosenYear) else {
            throw ReviewError.noStructuralFigures(
                region: target.name, year: year, variables: variables.map(\.id), yearsAvailable: yearsWithAll)
        }

        var candidates: [PeerCandidate] = []
        for (regionID, byIndicator) in (figures[chosenYear] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let region = definitions.regions.region(id: regionID), region.kind == .municipality else { continue }
            var values: [String: Double] = [:]
            for variable in variables {
                if let value = variable.value(byIndicator) { values[variable.id] = value }
            }
            guard !values.isEmpty else { continue }
            candidates.append(PeerCandidate(region: regionID, name: region.name, values: values))
        }
        let finder = try PeerFinder(
            variables: variables.map {
                PeerVariable($0.id, label: $0.label, weight: weightByID[$0.id] ?? 1)
            })
        let result = try finder.nearest(to: target.id, among: candidates, count: count)
        return PeerSearchSection(
            result: result, year: chosenYear, variables: variables,
            peersArgument: result.neighbours.map(\.region).joined(separator: ","))
    }

    /// Reads `name=number,…`; every name must be a chosen variable.
    static func parseWeights(_ text: String?, variables: [String]) throws(ReviewError) -> [String: Double] {
        guard let text, !text.isEmpty else { return [:] }
        var weights: [String: Double] = [:]
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let weight = Double(parts[1]) else {
                throw .badWeight(entry: entry, reason: "it is not name=number (use a decimal point: 0.5)")
            }
            guard variables.contains(parts[0]) else {
                throw .badWeight(entry: entry, reason: "'\(parts[0])' is not among the chosen variables (\(variables.joined(separator: ", ")))")
            }
            guard weights[parts[0]] == nil else { throw .badWeight(entry: entry, reason: "'\(parts[0])' is weighted twice") }
            weights[parts[0]] = weight
        }
        return weights
    }
}
