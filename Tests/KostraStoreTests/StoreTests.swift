import Foundation
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// The store's guarantees, on every engine. The PostgreSQL cases need the server that
/// scripts/test starts; without it they fail with a message saying so.
@Suite("Store")
struct StoreTests {
    static let early = Date(timeIntervalSince1970: 1_700_000_000)
    static let late = Date(timeIntervalSince1970: 1_800_000_000)

    func source(_ title: String, at date: Date) -> DataSource {
        DataSource(kind: .file, title: title, reference: "test/\(title)", retrievedAt: date, preliminary: false)
    }

    @Test("Figures, SSB symbols and provenance are stored and read back", arguments: StoreEngine.allCases)
    func roundTrip(engine: StoreEngine) async throws {
        let store = try await engine.makeStore()
        let summary = try await store.importBatch(
            ImportBatch(
                source: source("a", at: Self.early),
                observations: [
                    Observation(indicator: "payout-per-recipient", region: "baerum", year: 2024, value: 70784, numerator: 100, denominator: 2),
                    Observation(indicator: "payout-per-recipient", region: "oslo", year: 2024, value: nil, status: .confidential),
                    Observation(indicator: "payout-per-recipient", region: "bergen", year: 2024, value: 0, status: .nil_),
                ],
                aggregates: [
                    PublishedAggregate(
                        indicator: "payout-per-recipient", network: "asss", year: 2024, statistic: .average, value: 78830, label: "ASSS")
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

    @Test("A stored figure is replaced only by one at least as new, and keeps its own provenance", arguments: StoreEngine.allCases)
    func replacement(engine: StoreEngine) async throws {
        let store = try await engine.makeStore()
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

    @Test("An import that fails part-way stores nothing", arguments: StoreEngine.allCases)
    func allOrNothing(engine: StoreEngine) async throws {
        let store = try await engine.makeStore()
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

    @Test("Every SQLite migration has a PostgreSQL twin under the same name, in the same order")
    func migrationTwins() {
        #expect(SchemaVersions.sqlite == SchemaVersions.postgres)
        #expect(SchemaVersions.sqlite.first == "v1-observations")
    }

    @Test("A file that is not a database gives a clear error and is left as it was")
    func notADatabase() throws {
        let path = try TestScratch.newFolder(prefix: "garbage").appendingPathComponent("garbage.sqlite").path
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
        #expect(
            StoreError.notADatabase(path: path).errorDescription
                == "The file at \(path) is not a KostraKit database, or it is damaged. Nothing was changed. Move the file aside (KostraKit then starts a new database there) or choose another file with --database."
        )
    }

    @Test("A database from a newer KostraKit is refused, not changed", arguments: StoreEngine.allCases)
    func newerSchema(engine: StoreEngine) async throws {
        let location = try await engine.newLocation()
        let store = try await engine.open(location)
        _ = try await store.importBatch(
            ImportBatch(source: source("a", at: Self.early), observations: [Observation(indicator: "rbi", region: "oslo", year: 2024, value: 1)]))
        try await engine.markNewerMigration("v99-future", in: store)
        let before = try await store.snapshot()
        let expected = StoreError.schemaTooNew(path: try engine.displayName(location), unknownMigrations: ["v99-future"])
        for migrate in [true, false] {
            await #expect(throws: expected) { _ = try await engine.open(location, migrate: migrate) }
        }
        #expect(try await store.snapshot() == before)
        #expect(expected.errorDescription?.contains("was written by a newer KostraKit") == true)
    }

    @Test("Status counts figures by source and names the engine", arguments: StoreEngine.allCases)
    func status(engine: StoreEngine) async throws {
        let store = try await engine.makeStore()
        _ = try await store.importBatch(
            ImportBatch(source: source("a", at: Self.early), observations: [Observation(indicator: "rbi", region: "oslo", year: 2024, value: 1)]))
        let status = try await store.status()
        #expect(status.observationCount == 1 && status.countsBySource == ["a": 1] && status.schemaVersion == "v5-figureRevisions")
        #expect(status.engine.hasPrefix(engine == .sqlite ? "SQLite " : "PostgreSQL 1"))
    }

    @Test("Two imports at once, through two connections, both land in full; the newer wins shared keys", arguments: StoreEngine.allCases)
    func concurrentImports(engine: StoreEngine) async throws {
        let location = try await engine.newLocation()
        let first = try await engine.open(location)
        let second = try await engine.open(location)
        // 3 000 figures each; the middle 1 000 keys are in both batches.
        func batch(_ title: String, at date: Date, regions: Range<Int>, value: Double) -> ImportBatch {
            ImportBatch(
                source: source(title, at: date),
                observations: regions.flatMap { r in
                    (2001...2010).map { year in Observation(indicator: "rbi", region: "r\(r)", year: year, value: value) }
                })
        }
        let older = batch("older", at: Self.early, regions: 0..<300, value: 1)
        let newer = batch("newer", at: Self.late, regions: 200..<500, value: 2)
        async let a = first.importBatch(older)
        async let b = second.importBatch(newer)
        let (olderSummary, newerSummary) = try await (a, b)
        #expect(olderSummary.stored + olderSummary.keptNewer == 3000)
        #expect(newerSummary.stored == 3000 && newerSummary.keptNewer == 0)
        let stored = try await first.observations(ObservationQuery(indicators: ["rbi"]))
        #expect(stored.count == 5000)
        let byRegion = Dictionary(grouping: stored, by: \.region)
        for r in 0..<500 {
            let figures = byRegion["r\(r)"] ?? []
            #expect(figures.count == 10, "region r\(r)")
            let expected: (Double, String) = r < 200 ? (1, "older") : (2, "newer")
            #expect(figures.allSatisfy { $0.value == expected.0 && $0.source?.title == expected.1 }, "region r\(r)")
        }
        #expect(Set(try await second.sources().map(\.title)) == ["older", "newer"])
    }

    @Test("Seeding the same source from two connections at once stores it once", arguments: StoreEngine.allCases)
    func seedingOnce(engine: StoreEngine) async throws {
        let location = try await engine.newLocation()
        let stores = [try await engine.open(location), try await engine.open(location)]
        let batch = ImportBatch(
            source: DataSource(kind: .bundled, title: "bundled", reference: "bundled:x", retrievedAt: Self.early),
            observations: [Observation(indicator: "rbi", region: "oslo", year: 2024, value: 1)], skipIfSourceStored: true)
        async let a = stores[0].importBatch(batch)
        async let b = stores[1].importBatch(batch)
        let summaries = try await [a, b]
        #expect(summaries.map(\.stored).sorted() == [0, 1])
        #expect(summaries[0].sourceID == summaries[1].sourceID)
        #expect(try await stores[0].sources().count == 1)
    }

    @Test("A snapshot restored into an empty store of either engine reads back identically", arguments: StoreEngine.allCases, StoreEngine.allCases)
    func snapshotRestore(from: StoreEngine, to: StoreEngine) async throws {
        let origin = try await from.makeStore()
        // Sub-millisecond dates, NaN-free awkward doubles, every symbol and an aggregate.
        let odd = Date(timeIntervalSince1970: 1_712_345_678.123_456)
        _ = try await origin.importBatch(
            ImportBatch(
                source: DataSource(
                    kind: .ssb, title: "SSB 12345", reference: "ssb:12345?q", publishedAt: odd, retrievedAt: Self.late, preliminary: true,
                    note: "n|ote"),
                observations: [
                    Observation(indicator: "rbi", region: "baerum", year: 2024, value: 0.1 + 0.2, numerator: 1e-300, denominator: -0.0),
                    Observation(indicator: "rbi", region: "oslo", year: 2024, value: nil, status: .missing),
                ],
                aggregates: [PublishedAggregate(indicator: "rbi", network: "asss", year: 2024, statistic: .highest, value: 1.5, label: "ASSS")]))
        _ = try await origin.importBatch(
            ImportBatch(source: source("later", at: Self.early), observations: [Observation(indicator: "x", region: "oslo", year: 1999, value: 3)]))
        let snapshot = try await origin.snapshot()
        let destination = try await to.makeStore()
        let written = try await destination.restore(snapshot)
        #expect(written.checksum == snapshot.checksum)
        #expect(try await destination.snapshot().checksum == snapshot.checksum)
        #expect(try await destination.sources().map(\.id) == snapshot.sources.map(\.id))
        // Restoring again is refused: the destination is no longer empty, and stays as it is.
        await #expect(throws: StoreError.self) { _ = try await destination.restore(snapshot) }
        #expect(try await destination.snapshot().checksum == snapshot.checksum)
        // A later import gets a new source id, not a copied one.
        let next = try await destination.importBatch(
            ImportBatch(source: source("next", at: Self.late), observations: [Observation(indicator: "x", region: "oslo", year: 2000, value: 4)]))
        #expect(next.sourceID > (snapshot.sources.compactMap(\.id).max() ?? 0))
    }
}
