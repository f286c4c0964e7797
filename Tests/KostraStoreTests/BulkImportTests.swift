import Foundation
import GRDB
import KostraModel
import Testing

@testable import KostraStore

/// Large imports take a faster path (region index built once, rows in key order); these tests
/// check it keeps every promise a small import keeps.
@Suite("Bulk import")
struct BulkImportTests {
    static let asOf = Date(timeIntervalSince1970: 1_700_000_000)

    /// `count` figures spread over regions and years, listed region by region (not key order).
    func figures(_ count: Int) -> [Observation] {
        (0..<count).map { n in
            Observation(
                indicator: "ind-\(n % 97)", region: "reg-\(n / 970)", year: 2000 + (n / 97) % 10,
                value: Double(n))
        }
    }

    func source(_ title: String, at date: Date = asOf) -> DataSource {
        DataSource(kind: .file, title: title, reference: "test/\(title)", retrievedAt: date)
    }

    func indexNames(_ store: SQLiteStore) async throws -> [String] {
        try await store.queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observation' AND sql IS NOT NULL")
        }
    }

    @Test("A bulk import stores every figure, keeps the later of a repeated key, and rebuilds the region index")
    func bulkBatch() async throws {
        let store = try SQLiteStore.temporary()
        var observations = figures(SQLiteStore.bulkImportMinimum)
        // The same key twice in one batch: the later figure wins, as in a small import.
        observations.append(Observation(indicator: "ind-0", region: "reg-0", year: 2000, value: -1))
        let summary = try await store.importBatch(ImportBatch(source: source("bulk"), observations: observations))
        #expect(summary.stored == observations.count)
        #expect(try await indexNames(store) == ["observation_on_region"])
        let first = try await store.observations(ObservationQuery(indicators: ["ind-0"], regions: ["reg-0"], years: 2000...2000))
        #expect(first.map(\.value) == [-1])
        let region = try await store.observations(ObservationQuery(regions: ["reg-42"]))
        #expect(region.count == 970)
        #expect(try await store.integrityCheck() == ["ok"])
    }

    @Test("A bulk import that fails at its last figure leaves the store and its index as they were")
    func bulkFailure() async throws {
        let store = try SQLiteStore.temporary()
        _ = try await store.importBatch(ImportBatch(source: source("small"), observations: Array(figures(10))))
        var observations = figures(SQLiteStore.bulkImportMinimum)
        // Neither value nor status: the schema refuses it, after the index was dropped.
        observations.append(Observation(indicator: "ind-x", region: "reg-x", year: 2024, value: nil))
        await #expect(throws: StoreError.self) {
            try await store.importBatch(ImportBatch(source: source("bad"), observations: observations))
        }
        #expect(try await store.observations(ObservationQuery()).count == 10)
        #expect(try await store.sources().map(\.title) == ["small"])
        #expect(try await indexNames(store) == ["observation_on_region"])
    }

    @Test("An import smaller than what the store holds keeps the index up to date row by row")
    func smallIntoLarge() async throws {
        let store = try SQLiteStore.temporary()
        let large = figures(SQLiteStore.bulkImportMinimum + 10)
        _ = try await store.importBatch(ImportBatch(source: source("large"), observations: large))
        let update = figures(SQLiteStore.bulkImportMinimum).map { figure -> Observation in
            var changed = figure
            changed.value = (figure.value ?? 0) + 0.5
            return changed
        }
        let deferred = try await store.queue.write { db in
            try SQLiteStore.deferRegionIndex(incoming: update.count, in: db)
        }
        #expect(!deferred)
        let summary = try await store.importBatch(
            ImportBatch(source: source("update", at: Self.asOf.addingTimeInterval(1)), observations: update))
        #expect(summary.stored == update.count)
        #expect(try await store.observations(ObservationQuery(regions: ["reg-3"], years: 2000...2000)).first?.value == 2910.5)
    }

    @Test("A feed as large as the store takes the bulk path and reads back in full")
    func bulkFeed() async throws {
        let store = try SQLiteStore.temporary()
        let observations = figures(SQLiteStore.bulkImportMinimum)
        let feed = ObservationFeed(source: source("feed"), count: observations.count) { observations[$0] }
        let summary = try await store.importFeed(feed)
        #expect(summary.stored == observations.count)
        #expect(try await indexNames(store) == ["observation_on_region"])
        #expect(try await store.observations(ObservationQuery(regions: ["reg-7"])).count == 970)
    }

    @Test("Foreign keys are checked again after an import, whether it succeeded or failed")
    func foreignKeysBackOn() async throws {
        let store = try SQLiteStore.temporary()
        let orphan =
            "INSERT INTO observation (indicatorId, regionId, year, basis, value, sourceId, asOf) VALUES ('a', 'b', 2024, 'nominal', 1, 999, '2024')"
        _ = try await store.importBatch(ImportBatch(source: source("good"), observations: figures(3)))
        await #expect(throws: DatabaseError.self) { try await store.queue.write { db in try db.execute(sql: orphan) } }
        await #expect(throws: StoreError.self) {
            try await store.importBatch(
                ImportBatch(source: source("bad"), observations: [Observation(indicator: "x", region: "y", year: 2024, value: nil)]))
        }
        await #expect(throws: DatabaseError.self) { try await store.queue.write { db in try db.execute(sql: orphan) } }
        #expect(try await store.observations(ObservationQuery()).count == 3)
    }

    @Test("A store made before v3 keeps its figures and its rules when it is upgraded")
    func upgradeFromV2() async throws {
        let path = try await StoreEngine.sqlite.newLocation()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v2-klassRegions")
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO source (kind, title, reference, retrievedAt) VALUES ('file', 'old', 'x', '2024-01-01')")
            try db.execute(
                sql: """
                    INSERT INTO observation (indicatorId, regionId, year, basis, value, status, sourceId, asOf)
                    VALUES ('rbi', 'baerum', 2024, 'nominal', NULL, ':', 1, '2024-01-01');
                    INSERT INTO publishedAggregate (indicatorId, networkId, year, basis, statistic, value, sourceId, asOf)
                    VALUES ('rbi', 'asss', 2024, 'nominal', 'average', 1.5, 1, '2024-01-01');
                    """)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(store.migrationsApplied == ["v3-fastChecks", "v4-revisionNotify", "v5-figureRevisions"])
        let read = try await store.observations(ObservationQuery())
        #expect(read.count == 1 && read.first?.status == .confidential && read.first?.source?.title == "old")
        #expect(try await store.aggregates(AggregateQuery(network: "asss")).map(\.value) == [1.5])
        #expect(try await indexNames(store) == ["observation_on_region"])
        for bad in [
            "INSERT INTO observation (indicatorId, regionId, year, basis, value, sourceId, asOf) VALUES ('a', 'b', 2024, 'real', 1, 1, '2024')",
            "INSERT INTO observation (indicatorId, regionId, year, basis, value, status, sourceId, asOf) VALUES ('a', 'b', 2024, 'nominal', 1, '...', 1, '2024')",
            "INSERT INTO publishedAggregate (indicatorId, networkId, year, basis, statistic, value, sourceId, asOf) VALUES ('a', 'b', 2024, 'nominal', 'median', 1, 1, '2024')",
        ] {
            await #expect(throws: DatabaseError.self, "\(bad)") { try await store.queue.write { db in try db.execute(sql: bad) } }
        }
    }
}
