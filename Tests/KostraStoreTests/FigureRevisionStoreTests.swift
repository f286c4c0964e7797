import Foundation
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// A replaced figure keeps its old value, source and time, on every engine; writing the same
/// figures again keeps nothing new and loses nothing.
@Suite("Figure revisions in the store")
struct FigureRevisionStoreTests {
    static let march = Date(timeIntervalSince1970: 1_710_460_800)  // 15 March 2024
    static let june = Date(timeIntervalSince1970: 1_718_409_600)  // 15 June 2024

    static func figures(_ values: [String: Double?]) -> [Observation] {
        values.sorted { $0.key < $1.key }.map { region, value in
            Observation(indicator: "long-term-share", region: region, year: 2023, value: value, status: value == nil ? .confidential : nil)
        }
    }

    /// March: four figures; June: three changed (one to a symbol) and one the same.
    static let preliminary = figures(["asker": 20.1, "baerum": 19.8, "oslo": 22.0, "sandnes": 18.5])
    static let final = figures(["asker": 20.4, "baerum": 19.8, "oslo": nil, "sandnes": 17.9])

    @Test("Preliminary then final: exactly the three changed figures are revisions, with both sources", arguments: StoreEngine.allCases)
    func preliminaryThenFinal(engine: StoreEngine) async throws {
        let store = try await engine.makeStore()
        let marchSource = DataSource(kind: .ssb, title: "SSB mars", reference: "march", retrievedAt: Self.march, preliminary: true)
        let juneSource = DataSource(kind: .ssb, title: "SSB juni", reference: "june", retrievedAt: Self.june, preliminary: false)
        _ = try await store.importBatch(ImportBatch(source: marchSource, observations: Self.preliminary))
        // The same file twice keeps nothing new.
        _ = try await store.importBatch(ImportBatch(source: marchSource, observations: Self.preliminary))
        #expect(try await store.revisions(ObservationQuery()).isEmpty)
        _ = try await store.importBatch(ImportBatch(source: juneSource, observations: Self.final))
        _ = try await store.importBatch(ImportBatch(source: juneSource, observations: Self.final))
        let revisions = try await store.revisions(ObservationQuery())
        #expect(revisions.map(\.key.region) == ["asker", "oslo", "sandnes"])
        let asker = try #require(revisions.first)
        #expect(asker.oldValue == 20.1 && asker.newValue == 20.4)
        #expect(abs((asker.change ?? 0) - 0.3) < 1e-9)
        #expect(asker.oldSource.title == "SSB mars" && asker.newSource.title == "SSB juni")
        #expect(asker.kind == .final)
        #expect(asker.revisedAt == Self.june)
        let oslo = try #require(revisions.first { $0.key.region == "oslo" })
        #expect(oslo.oldValue == 22.0 && oslo.newValue == nil && oslo.newStatus == .confidential && oslo.change == nil)
        // The filters work as for figures.
        #expect(try await store.revisions(ObservationQuery(regions: ["sandnes"])).map(\.newValue) == [17.9])
        #expect(try await store.revisions(ObservationQuery(indicators: ["rbi"])).isEmpty)
        // The current figures are June's.
        let current = try await store.observations(ObservationQuery(regions: ["asker"]))
        #expect(current.map(\.value) == [20.4])
    }
}
