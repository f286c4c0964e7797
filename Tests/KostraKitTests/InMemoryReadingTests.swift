import Foundation
import KostraKit
import KostraModel
import KostraRender
import KostraStore
import KostraTesting
import Testing

/// `Figures`, `Reports` and `Review` are built from a `Reading` (a figure reader and a revision
/// reader, never the whole store), so they run over figures held in memory exactly as over the database.
@Suite("Reading use cases over an in-memory reader")
struct InMemoryReadingTests {
    /// The bundled database, and the same figures held in memory.
    static func bothReaders() async throws -> (database: Workspace, memory: Reading) {
        let folder = try KostraCLI.temporaryFolder()
        let workspace = try await Workspace.open(database: folder.appendingPathComponent("k.sqlite").path, environment: [:])
        // Base figures for a decomposition, in years far from any real figure (test figures, not SSB's).
        let base: [Observation] = [(1990, 1_000.0, 6_000.0, 60_000.0), (1991, 1_100.0, 6_900.0, 70_000.0)].flatMap {
            (year: Int, recipients: Double, months: Double, payout: Double) -> [Observation] in
            [
                Observation(indicator: "recipients", region: "baerum", year: year, value: recipients),
                Observation(indicator: "benefit-months", region: "baerum", year: year, value: months),
                Observation(indicator: "payout-total", region: "baerum", year: year, value: payout),
            ]
        }
        let source = DataSource(kind: .file, title: "Testtall", reference: "in-memory reading test", retrievedAt: Date(timeIntervalSince1970: 0))
        _ = try await workspace.store.importBatch(ImportBatch(source: source, observations: base))
        let memory = InMemoryFigures(
            observations: try await workspace.store.observations(ObservationQuery()),
            aggregates: try await workspace.store.aggregates(AggregateQuery()))
        return (workspace, Reading(definitions: workspace.definitions, reader: memory))
    }

    @Test("The bundled Bærum report, with its efficiency and decomposition sections, is the same from memory as from SQLite")
    func report() async throws {
        let (database, memory) = try await Self.bothReaders()
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let fromDatabase = try await database.reports.reportDocument(of: "Bærum", year: 2024, now: now)
        let fromMemory = try await Reports(reading: memory).reportDocument(of: "Bærum", year: 2024, now: now)
        #expect(fromMemory == fromDatabase)
        #expect(!fromMemory.sections.isEmpty)
    }

    @Test("A page of stored figures and the growth decomposition are the same from memory as from SQLite")
    func figuresAndReview() async throws {
        let (database, memory) = try await Self.bothReaders()
        let page = { (figures: Figures) in
            try await figures.observations(indicators: nil, regions: nil, years: 1990...2024, limit: 20, offset: 10)
        }
        let fromMemory = try await page(Figures(reading: memory))
        let fromDatabase = try await page(database.figures)
        #expect(fromMemory.observations == fromDatabase.observations && fromMemory.total == fromDatabase.total)
        #expect(fromMemory.observations.count == 20)

        let decomposition = { (review: Review) in try await review.decompose(of: "Bærum", from: 1990, to: 1991, network: nil).renderer.json() }
        #expect(try await decomposition(Review(reading: memory)) == (try await decomposition(database.review)))
    }
}
