import Foundation
import KostraKit
import KostraModel
import KostraRender
import KostraStore
import KostraTesting
import Testing

/// The decomposition stays exact through the use case: stored base figures (payout in 1000 kr)
/// in a real SQLite store, read back, decomposed and written as JSON.
@Suite("Decomposition through the use case")
struct DecompositionPropertyTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("Parts plus combination equal the total, and shares add up to 100 %, for 60 random stored series")
    func partsAddUpForAnyStoredFigures() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let store = try SQLiteStore(path: folder.appendingPathComponent("k.sqlite").path)
        let workspace = Workspace(definitions: try Definitions.bundled(), store: store)
        var random = SplitMix(state: 2026)
        var observations: [Observation] = []
        let cases = 60
        for index in 0..<cases {
            for year in [1900 + 2 * index, 1901 + 2 * index] {
                // Counts from 1 to 100 000, months up to 12 per recipient, payouts from kr 1 000 to kr 5 billion.
                let recipients = Double(Int.random(in: 1...100_000, using: &random))
                let months = recipients * Double.random(in: 1...12, using: &random)
                let payout = Double.random(in: 1...5_000_000, using: &random)
                observations += [
                    Observation(indicator: "recipients", region: "baerum", year: year, value: recipients),
                    Observation(indicator: "benefit-months", region: "baerum", year: year, value: months),
                    Observation(indicator: "payout-total", region: "baerum", year: year, value: payout),
                ]
            }
        }
        let source = DataSource(kind: .file, title: "Tilfeldige testtall", reference: "seed 2026", retrievedAt: Date())
        _ = try await store.importBatch(ImportBatch(source: source, observations: observations))

        for index in 0..<cases {
            let section = try await workspace.review.decompose(
                of: "Bærum", from: 1900 + 2 * index, to: 1901 + 2 * index, network: nil)
            let document = try #require(try JSONSerialization.jsonObject(with: section.renderer.json()) as? [String: Any])
            let column = try #require((document["columns"] as? [[String: Any]])?.first)
            let part = { (key: String) in column[key] as? Double ?? .nan }
            let sum = part("recipients") + part("monthsPerRecipient") + part("payoutPerMonth") + part("combination")
            #expect(abs(sum - part("total")) <= 1e-9 * max(1, abs(part("total"))), "case \(index)")
            if let share = column["share"] as? [String: Double] {
                #expect(abs(share.values.reduce(0, +) - 100) < 1e-6, "case \(index)")
            }
            let figures = try #require(column["figures"] as? [[String: Any]])
            // Stored in 1000 kr, decomposed in kroner.
            let storedPayout = observations.first { $0.indicator == "payout-total" && $0.year == 1900 + 2 * index }?.value ?? 0
            #expect(abs((figures[0]["payout"] as? Double ?? 0) - storedPayout * 1000) < 1e-6, "case \(index)")
        }
    }
}
