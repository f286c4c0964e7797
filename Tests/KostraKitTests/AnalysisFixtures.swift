import Foundation
import KostraKit
import KostraModel
import KostraStore
import KostraTesting

/// Small real inputs for the analysis use cases, read from `shared/data`, and stores holding them.
enum AnalysisFixtures {
    /// Population on 1 January from SSB 07459 (derived age-group sums), as KOSTRA figures for the
    /// year before (KOSTRA year Y uses the population at 31 December Y = 1 January Y+1).
    ///
    /// - Parameter column: e.g. `pop_total`, `pop_18_24`.
    static func population(column: String, kostraYear: Int, indicator: IndicatorID) throws -> [Observation] {
        let registry = try Definitions.bundled().regions
        let lines = try SharedFixtures.text("data/ssb07459_population_agegroups_asss_2005_2024.csv")
            .split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, let yearColumn = header.firstIndex(of: "year_1jan"),
            let codeColumn = header.firstIndex(of: "region_code"), let valueColumn = header.firstIndex(of: column)
        else { throw FixtureError.missingColumn(column) }
        return try lines.dropFirst().filter { $0.count == header.count && $0[yearColumn] == String(kostraYear + 1) }
            .compactMap { cells -> Observation? in
                // Predecessors of later mergers (Skedsmo, Fet, Sørum) are not ASSS members.
                guard let region = registry.region(code: cells[codeColumn], year: kostraYear + 1) else { return nil }
                guard let value = Double(cells[valueColumn]) else { throw FixtureError.missingColumn(column) }
                return Observation(indicator: indicator, region: region.id, year: kostraYear, value: value)
            }
    }

    /// A fresh database file holding `observations` (and, once opened by the CLI, the bundled figures).
    static func database(with observations: [Observation], title: String = "Testdata") async throws -> String {
        let path = try KostraCLI.temporaryFolder().appendingPathComponent("k.sqlite").path
        let store = try SQLiteStore(path: path)
        _ = try await store.importBatch(
            ImportBatch(
                source: DataSource(kind: .file, title: title, reference: "test:\(UUID().uuidString)", retrievedAt: Date()),
                observations: observations))
        return path
    }

    /// A workspace over a fresh database holding `observations` and the bundled figures.
    static func workspace(with observations: [Observation]) async throws -> Workspace {
        try await Workspace.open(database: database(with: observations))
    }

    enum FixtureError: Error { case missingColumn(String) }
}
