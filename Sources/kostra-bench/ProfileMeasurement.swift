import Foundation
import KostraAnalysis
import KostraModel
import KostraTesting

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

    /// Every municipality × year against its network, as columns (`NationalProfile`): the same
    /// table pandas, polars and DuckDB compute; returns how many profiles and rows it has.
    static func buildAll(_ nation: SyntheticNation, profile: ServiceProfileDefinition) throws -> (Int, Int) {
        let table = NationalProfile(
            networks: nation.networks, years: SyntheticNation.years, profile: profile, observations: nation.observations,
            definitions: nation.definitions)
        return (table.profileCount, table.profileCount * table.rowsPerProfile)
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
