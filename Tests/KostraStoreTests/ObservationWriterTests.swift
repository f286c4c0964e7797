import Foundation
import GRDB
import KostraModel
import Testing

@testable import KostraStore

/// `ObservationWriter` offers figures in groups to a plain insert first and runs the upsert only
/// for keys already stored (so a new figure needs no statement journal). These tests compare it
/// with the plain path it replaced: the upsert alone, run for every figure through GRDB, in order.
@Suite("Observation writer")
struct ObservationWriterTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    /// Imports in the order a user's store sees them: new figures, the same again, an older file
    /// with other values, then a newer one with changed values and symbols, new keys and one key twice.
    static func batches() -> [ImportBatch] {
        func source(_ title: String, _ seconds: TimeInterval) -> DataSource {
            DataSource(kind: .file, title: title, reference: "test/\(title)", retrievedAt: start.addingTimeInterval(seconds))
        }
        let keys = (0..<12).map { n in (indicator: "ind-\(n % 3)", region: "reg-\(n / 3)", year: 2020 + n % 2) }
        let first = keys.enumerated().map { n, key in
            Observation(indicator: key.indicator, region: key.region, year: key.year, value: Double(n), numerator: Double(n * 10), denominator: 10)
        }
        let older = first.map { figure -> Observation in
            var changed = figure
            changed.value = (figure.value ?? 0) + 100
            return changed
        }
        var newer = first.enumerated().map { n, figure -> Observation in
            var changed = figure
            if n % 2 == 0 { changed.value = (figure.value ?? 0) + 0.5 }
            if n == 3 {
                changed.value = nil
                changed.status = .confidential
            }
            return changed
        }
        newer.append(Observation(indicator: "ind-new", region: "reg-0", year: 2024, value: 7))
        newer.append(Observation(indicator: "ind-0", region: "reg-0", year: 2020, value: -1))
        return [
            ImportBatch(source: source("first", 0), observations: first),
            ImportBatch(source: source("again", 0), observations: first),
            ImportBatch(source: source("older", -3600), observations: older),
            ImportBatch(source: source("newer", 3600), observations: newer),
        ]
    }

    /// The plain path: the source row, then the upsert for every figure, counting changed rows.
    static func referenceImport(_ batch: ImportBatch, into store: SQLiteStore) async throws -> ImportSummary {
        try await store.queue.write { db in
            try db.execute(
                sql: "INSERT INTO source (kind, title, reference, retrievedAt) VALUES (?, ?, ?, ?)",
                arguments: [batch.source.kind.rawValue, batch.source.title, batch.source.reference, batch.source.retrievedAt])
            let sourceID = db.lastInsertedRowID
            var stored = 0
            var kept = 0
            for figure in batch.observations {
                try db.execute(
                    sql: ObservationWriter.upsertSQL,
                    arguments: [
                        figure.indicator, figure.region, figure.year, figure.basis.rawValue, figure.value, figure.numerator,
                        figure.denominator, figure.status?.rawValue, sourceID, batch.source.asOf,
                    ])
                if db.changesCount > 0 { stored += 1 } else { kept += 1 }
            }
            return ImportSummary(stored: stored, keptNewer: kept, sourceID: sourceID)
        }
    }

    /// The writer's path with groups of `rows` figures, in one transaction like the store's imports.
    static func writerImport(_ batch: ImportBatch, into store: SQLiteStore, rows: Int) async throws -> ImportSummary {
        try await store.queue.write { db in
            try db.execute(
                sql: "INSERT INTO source (kind, title, reference, retrievedAt) VALUES (?, ?, ?, ?)",
                arguments: [batch.source.kind.rawValue, batch.source.title, batch.source.reference, batch.source.retrievedAt])
            let sourceID = db.lastInsertedRowID
            let written = try ObservationWriter.write(
                batch.observations, in: db, sourceID: sourceID, asOf: batch.source.asOf, rowsPerStatement: rows)
            return ImportSummary(stored: written.stored, keptNewer: written.keptNewer, sourceID: sourceID)
        }
    }

    /// Files of 40 figures over 72 keys, drawn with a fixed seed: new and stored keys in one group,
    /// keys given twice with the same or another value, symbols, and files older and newer than
    /// the store's figures.
    static func mixedBatches() -> [ImportBatch] {
        var state: UInt64 = 2_024
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return [0.0, 0, -3600, 3600, 3600, 7200].enumerated().map { file, seconds in
            let figures = (0..<40).map { _ -> Observation in
                let symbol = next(5) == 0
                return Observation(
                    indicator: "ind-\(next(3))", region: "reg-\(next(4))", year: 2020 + next(3),
                    basis: next(2) == 0 ? .nominal : .deflated, value: symbol ? nil : Double(next(3)),
                    numerator: next(2) == 0 ? nil : 10, denominator: 5, status: symbol ? .missing : nil)
            }
            let source = DataSource(
                kind: .file, title: "mixed \(file)", reference: "test/mixed-\(file)", retrievedAt: start.addingTimeInterval(seconds))
            return ImportBatch(source: source, observations: figures)
        }
    }

    /// Every stored figure and every kept revision, as rows of text.
    static func contents(_ store: SQLiteStore) async throws -> [String] {
        try await store.queue.read { db in
            let figures = try Row.fetchAll(db, sql: "SELECT * FROM observation ORDER BY indicatorId, regionId, year, basis")
            let revisions = try Row.fetchAll(db, sql: "SELECT * FROM observationRevision ORDER BY id")
            return figures.map(\.description) + ["--"] + revisions.map(\.description)
        }
    }

    @Test("The writer stores, keeps and revises exactly as the upsert alone, batch after batch")
    func sameAsUpsert() async throws {
        let store = try SQLiteStore.temporary()
        let reference = try SQLiteStore.temporary()
        var summaries: [ImportSummary] = []
        var expected: [ImportSummary] = []
        for batch in Self.batches() {
            summaries.append(try await store.importBatch(batch))
            expected.append(try await Self.referenceImport(batch, into: reference))
        }
        #expect(summaries == expected)
        // The older file changed nothing; the newer one replaced every figure and added one key.
        #expect(summaries.map(\.keptNewer) == [0, 0, 12, 0])
        let contents = try await Self.contents(store)
        #expect(contents == (try await Self.contents(reference)))
        // Six values and one symbol changed, and the key given twice changed again.
        #expect(contents.count - contents.firstIndex(of: "--")! - 1 == 8)
    }

    @Test(
        "Groups of any size store, keep and revise exactly as the upsert alone, figure by figure",
        arguments: [1, 2, 3, 5, 7, 40, 64])
    func groupsSameAsUpsert(rows: Int) async throws {
        for batches in [Self.batches(), Self.mixedBatches()] {
            let store = try SQLiteStore.temporary()
            let reference = try SQLiteStore.temporary()
            for batch in batches {
                let summary = try await Self.writerImport(batch, into: store, rows: rows)
                #expect(summary == (try await Self.referenceImport(batch, into: reference)), "groups of \(rows), \(batch.source.title)")
            }
            #expect(try await Self.contents(store) == (try await Self.contents(reference)), "groups of \(rows)")
        }
    }

    @Test("A figure that breaks a rule of the table is named, and its group leaves nothing behind")
    func brokenFigureInGroup() async throws {
        let store = try SQLiteStore.temporary()
        var figures = (0..<8).map { Observation(indicator: "ind", region: "reg-\($0)", year: 2024, value: Double($0)) }
        figures[5] = Observation(indicator: "ind", region: "reg-5", year: 2024, value: nil)  // neither value nor symbol
        let batch = ImportBatch(
            source: DataSource(kind: .file, title: "broken", reference: "test/broken", retrievedAt: Self.start), observations: figures)
        let error = await #expect(throws: DatabaseError.self) { try await Self.writerImport(batch, into: store, rows: 4) }
        #expect(error?.message?.contains("figure ind, reg-5, 2024") == true)
        #expect(try await store.queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM observation") } == 0)
    }

    @Test("A streamed import writes what the same figures as a batch write")
    func feedSameAsBatch() async throws {
        let batch = Self.batches()[3]
        let fed = try SQLiteStore.temporary()
        let batched = try SQLiteStore.temporary()
        for store in [fed, batched] { _ = try await store.importBatch(Self.batches()[0]) }
        let feed = ObservationFeed(source: batch.source, count: batch.observations.count) { batch.observations[$0] }
        let summary = try await fed.importFeed(feed)
        #expect(summary == (try await batched.importBatch(batch)))
        #expect(try await Self.contents(fed) == (try await Self.contents(batched)))
    }
}
