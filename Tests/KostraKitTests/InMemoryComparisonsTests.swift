import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// `Comparisons` reads figures through a narrow `FigureReader`, so it runs over figures held in
/// memory exactly as over the database.
@Suite("Comparisons over an in-memory reader")
struct InMemoryComparisonsTests {
    @Test("The bundled Bærum profile and a series are the same from memory as from SQLite")
    func sameAsTheDatabase() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let workspace = try await Workspace.open(database: folder.appendingPathComponent("k.sqlite").path, environment: [:])
        let memory = Comparisons(
            definitions: workspace.definitions,
            figures: InMemoryFigures(
                observations: try await workspace.store.observations(ObservationQuery()),
                aggregates: try await workspace.store.aggregates(AggregateQuery())))
        let fromDatabase = try await workspace.comparisons.profile(of: "Bærum")
        let fromMemory = try await memory.profile(of: "Bærum")
        #expect(fromMemory == fromDatabase)
        #expect(fromMemory.yearsWithFigures == fromDatabase.yearsWithFigures && !fromMemory.yearsWithFigures.isEmpty)
        #expect(fromMemory.rows.contains { $0.values[fromMemory.year] != nil })
    }

    @Test("With nothing in memory the profile says there are no figures, as over an empty database")
    func empty() async throws {
        let memory = Comparisons(definitions: try Definitions.bundled(), figures: InMemoryFigures(observations: []))
        await #expect(throws: KitError.noFigures(municipality: "Bærum")) {
            _ = try await memory.profile(of: "Bærum")
        }
    }
}
