import Foundation
import GRDB
import KostraModel
@testable import KostraStore
import KostraTesting
import Testing

/// SQLite answers `seriesFigures` with its own query (no join to the sources, five columns); these
/// tests compare it, on every engine, with the plain path it replaces: the values of `observations`.
@Suite("Series figures")
struct SeriesFiguresTests {
    static let retrieved = Date(timeIntervalSince1970: 1_700_000_000)

    /// Two sources; two indicators in two bases; symbols (missing, confidential, nil) beside values,
    /// including a zero, which is a value.
    static func batches() -> [ImportBatch] {
        func source(_ title: String) -> DataSource {
            DataSource(kind: .file, title: title, reference: "test/\(title)", retrievedAt: retrieved)
        }
        var first: [Observation] = []
        var second: [Observation] = []
        for (n, region) in ["0301", "3201", "4601", "EKA13", "norge"].enumerated() {
            for year in 2015...2024 {
                let value = Double(n * 1000 + year - 2015) + 0.25
                first.append(Observation(indicator: "ind-a", region: region, year: year, value: value, numerator: value * 2, denominator: 2))
                let status: StatusSymbol? = (year + n) % 7 == 0 ? .missing : (year + n) % 11 == 0 ? .confidential : nil
                second.append(
                    Observation(indicator: "ind-b", region: region, year: year, basis: .nominal, value: status == nil ? value : nil, status: status))
                second.append(
                    Observation(indicator: "ind-b", region: region, year: year, basis: .both, value: year == 2020 ? 0 : value * 0.9))
            }
        }
        second.append(Observation(indicator: "ind-a", region: "0301", year: 2025, value: 0, status: .nil_))
        return [ImportBatch(source: source("first"), observations: first), ImportBatch(source: source("second"), observations: second)]
    }

    static let queries: [ObservationQuery] = [
        ObservationQuery(),
        ObservationQuery(indicators: ["ind-b"]),
        ObservationQuery(indicators: ["ind-a", "ind-b"], regions: ["3201", "norge", "9999"], years: 2016...2021),
        ObservationQuery(indicators: ["ind-b"], regions: ["0301"], basis: .both),
        ObservationQuery(indicators: ["ind-none"]),
    ]

    @Test("Every figure with a value, in key order, as the values of the observations", arguments: StoreEngine.allCases)
    func sameAsObservations(engine: StoreEngine) async throws {
        let store = try await engine.makeStore()
        for batch in Self.batches() { _ = try await store.importBatch(batch) }
        for query in Self.queries {
            let observations = try await store.observations(query)
            let plain = observations.compactMap(SeriesFigure.init)
            let figures = try await store.seriesFigures(query)
            #expect(figures == plain, "query \(query)")
            #expect(figures.count == observations.filter { $0.value != nil }.count)
            // Key order: indicator, region, year, then basis.
            let keys = figures.map { [$0.indicator, $0.region, String($0.year), $0.basis.rawValue] }
            #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) }, "query \(query)")
        }
        let all = try await store.seriesFigures(ObservationQuery())
        // 5 regions × 10 years of ind-a and SSB's `-` (a zero), and of ind-b in both bases less the symbols.
        let symbols = Self.batches()[1].observations.filter { $0.value == nil }.count
        #expect(symbols > 0)
        #expect(all.count == 50 + 1 + 100 - symbols)
        #expect(all.contains { $0.indicator == "ind-b" && $0.year == 2020 && $0.basis == .both && $0.value == 0 })
        #expect(all.contains { $0.year == 2025 && $0.value == 0 })
    }

    @Test("SQLite's reads make the key's texts as GRDB's own row decoding does, through runs, prefixes and non-ASCII")
    func repeatedTextsAsGRDBDecodes() async throws {
        let store = try SQLiteStore.temporary()
        for batch in Self.batches() { _ = try await store.importBatch(batch) }
        // Ids that share prefixes, differ only in length, or hold letters outside ASCII, so that a
        // text kept from the row before would show if it were wrongly reused.
        var tricky: [Observation] = []
        for indicator in ["i", "ii", "iø", "ind-a"] {
            for region in ["03", "0301", "03011", "tromsø", "tromso", "tromsa", "æ"] {
                for year in [2019, 2020] {
                    tricky.append(Observation(indicator: indicator, region: region, year: year, basis: year == 2020 ? .deflated : .nominal, value: 1))
                }
            }
        }
        let source = DataSource(kind: .file, title: "tricky", reference: "test/tricky", retrievedAt: Self.retrieved)
        _ = try await store.importBatch(ImportBatch(source: source, observations: tricky))
        let (plain, observations, figures) = try await store.queue.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT indicatorId, regionId, year, basis, value FROM observation ORDER BY indicatorId, regionId, year, basis")
            let plain = rows.map { row -> [String] in [row[0], row[1], String(row[2] as Int), row[3]] }
            return (
                plain, try SQLiteStore.readObservations(db, ObservationQuery()), try SQLiteStore.readSeriesFigures(db, ObservationQuery())
            )
        }
        #expect(observations.map { [$0.indicator, $0.region, String($0.year), $0.basis.rawValue] } == plain)
        let withValues = try await store.queue.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT indicatorId, regionId, year, basis FROM observation WHERE value IS NOT NULL ORDER BY indicatorId, regionId, year, basis"
            ).map { row -> [String] in [row[0], row[1], String(row[2] as Int), row[3]] }
        }
        #expect(figures.map { [$0.indicator, $0.region, String($0.year), $0.basis.rawValue] } == withValues)
        // 151 figures of the two batches and 56 tricky ones, of which ind-a 0301 2019 replaced a stored one.
        #expect(plain.count == 151 + tricky.count - 1)
    }
}
