import Foundation
import KostraModel
import KostraStore
import Testing

@Suite("SQLite store")
struct SQLiteStoreTests {
    static let early = Date(timeIntervalSince1970: 1_700_000_000)
    static let late = Date(timeIntervalSince1970: 1_800_000_000)

    func source(_ title: String, at date: Date) -> DataSource {
        DataSource(kind: .file, title: title, reference: "test/\(title)", retrievedAt: date, preliminary: false)
    }

    @Test("Figures, SSB symbols and provenance are stored and read back")
    func roundTrip() async throws {
        let store = try SQLiteStore.temporary()
        let summary = try await store.importBatch(
            ImportBatch(
                source: source("a", at: Self.early),
                observations: [
                    Observation(indicator: "payout-per-recipient", region: "baerum", year: 2024, value: 70784, numerator: 100, denominator: 2),
                    Observation(indicator: "payout-per-recipient", region: "oslo", year: 2024, value: nil, status: .confidential),
                    Observation(indicator: "payout-per-recipient", region: "bergen", year: 2024, value: 0, status: .nil_),
                ],
                aggregates: [
                    PublishedAggregate(indicator: "payout-per-recipient", network: "asss", year: 2024, statistic: .average, value: 78830, label: "ASSS")
                ]))
        #expect(summary.stored == 4)
        let read = try await store.observations(ObservationQuery(indicators: ["payout-per-recipient"]))
        #expect(read.count == 3)
        let oslo = try #require(read.first { $0.region == "oslo" })
        #expect(oslo.value == nil && oslo.status == .confidential)
        let bergen = try #require(read.first { $0.region == "bergen" })
        #expect(bergen.value == 0 && bergen.status == .nil_)
        let baerum = try #require(read.first { $0.region == "baerum" })
        #expect(baerum.numerator == 100 && baerum.denominator == 2)
        #expect(baerum.source?.title == "a" && baerum.source?.preliminary == false)
        let aggregates = try await store.aggregates(AggregateQuery(network: "asss"))
        #expect(aggregates.map(\.value) == [78830])
    }

    @Test("A stored figure is replaced only by one at least as new, and keeps its own provenance")
    func replacement() async throws {
        let store = try SQLiteStore.temporary()
        let key = { (value: Double) in Observation(indicator: "rbi", region: "baerum", year: 2024, value: value) }
        _ = try await store.importBatch(ImportBatch(source: source("new", at: Self.late), observations: [key(2)]))
        let older = try await store.importBatch(ImportBatch(source: source("old", at: Self.early), observations: [key(1)]))
        #expect(older.stored == 0 && older.keptNewer == 1)
        var read = try await store.observations(ObservationQuery(indicators: ["rbi"]))
        #expect(read.map(\.value) == [2] && read.first?.source?.title == "new")
        let newer = try await store.importBatch(
            ImportBatch(source: source("newest", at: Self.late.addingTimeInterval(1)), observations: [key(3)]))
        #expect(newer.stored == 1)
        read = try await store.observations(ObservationQuery(indicators: ["rbi"]))
        #expect(read.map(\.value) == [3] && read.first?.source?.title == "newest")
        #expect(try await store.sources().map(\.title) == ["new", "old", "newest"])
    }

    @Test("An import that fails part-way stores nothing")
    func allOrNothing() async throws {
        let store = try SQLiteStore.temporary()
        let batch = ImportBatch(
            source: source("bad", at: Self.early),
            observations: [
                Observation(indicator: "rbi", region: "baerum", year: 2023, value: 0.9),
                // Neither a value nor a status: the schema refuses it.
                Observation(indicator: "rbi", region: "baerum", year: 2024, value: nil),
            ])
        await #expect(throws: StoreError.self) { try await store.importBatch(batch) }
        #expect(try await store.observations(ObservationQuery()).isEmpty)
        #expect(try await store.sources().isEmpty)
    }

    @Test("A file that is not a database gives a clear error and is left as it was")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("garbage-\(UUID()).sqlite").path
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
        #expect(
            StoreError.notADatabase(path: path).errorDescription
                == "The file at \(path) is not a KostraKit database, or it is damaged. Nothing was changed. Move the file aside (KostraKit then starts a new database there) or choose another file with --database.")
    }

    @Test("A database from a newer KostraKit is refused, not changed")
    func newerSchema() async throws {
        let store = try SQLiteStore.temporary()
        let path = store.path
        try await store.markMigrationForTesting("v99-future")
        #expect(throws: StoreError.schemaTooNew(path: path, unknownMigrations: ["v99-future"])) { try SQLiteStore(path: path) }
    }

    @Test("Status counts figures by source")
    func status() async throws {
        let store = try SQLiteStore.temporary()
        _ = try await store.importBatch(
            ImportBatch(source: source("a", at: Self.early), observations: [Observation(indicator: "rbi", region: "oslo", year: 2024, value: 1)]))
        let status = try await store.status()
        #expect(status.observationCount == 1 && status.countsBySource == ["a": 1] && status.schemaVersion == "v2-klassRegions")
    }
}
