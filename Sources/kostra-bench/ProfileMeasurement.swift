import Foundation
import KostraAnalysis
import KostraModel

/// Builds the service profile of every synthetic municipality in every year against its
/// network, from figures in memory (as pandas starts from a DataFrame in memory).
enum ProfileMeasurement {
    static func run(runs: Int) throws -> ChildResult {
        let definitions = try Definitions.bundled()
        guard let profile = definitions.catalog.profile(id: "sosial") else { throw BenchError.missing("profile 'sosial'") }
        let nation = SyntheticNation(catalog: definitions.catalog)
        var seconds: [Double] = []
        var rows = 0
        var profiles = 0
        for _ in 0..<runs {
            let (counts, time) = try timed { try buildAll(nation, profile: profile) }
            (profiles, rows) = counts
            seconds.append(time)
        }
        return ChildResult(
            seconds: seconds, peakKB: ChildResult.peakKilobytes(),
            info: ["profiles": Double(profiles), "rows": Double(rows), "observations": Double(nation.observations.count)])
    }

    /// Every municipality × year; returns how many profiles and rows were built.
    static func buildAll(_ nation: SyntheticNation, profile: ServiceProfileDefinition) throws -> (Int, Int) {
        let wanted = Set(profile.indicators)
        var byRegionYear: [RegionID: [Int: [Observation]]] = [:]
        for observation in nation.observations where wanted.contains(observation.indicator) {
            byRegionYear[observation.region, default: [:]][observation.year, default: []].append(observation)
        }
        let builder = ServiceProfileBuilder(definitions: nation.definitions)
        var profiles = 0
        var rows = 0
        for network in nation.networks {
            for year in SyntheticNation.years {
                let members = network.members(in: year)
                let years = (year - ServiceProfileBuilder.tableYears + 1)...year
                var observations: [Observation] = []
                for member in members {
                    for y in years { observations += byRegionYear[member]?[y] ?? [] }
                }
                // Each network-year's averages, highest and lowest are computed once for its members,
                // as `Workspace` does for one municipality and pandas does with its group-by.
                for result in builder.buildMembers(
                    year: year, network: network, profile: profile, observations: observations, aggregates: [])
                {
                    profiles += 1
                    rows += result.rows.count
                }
            }
        }
        return (profiles, rows)
    }
}

enum BenchError: Error, CustomStringConvertible {
    case missing(String)
    case child(String)

    var description: String {
        switch self {
        case .missing(let what): "The benchmark cannot find \(what) in KostraKit's definitions."
        case .child(let what): "A measurement process failed: \(what)"
        }
    }
}
