import Foundation
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// A loaded KLASS classification, on every engine: replaced whole, read back as stored.
@Suite("Store: KLASS classifications")
struct ClassificationStoreTests {
    func snapshot(validAt: String, codes: [(String, String)], retrieved: Date) -> ClassificationSnapshot {
        ClassificationSnapshot(
            classification: 131, validAt: validAt,
            codes: codes.map { .init(code: $0.0, name: $0.1) },
            changes: [
                .init(changeOccurred: "2020-01-01", oldCode: "0219", oldName: "Bærum", newCode: "3024", newName: "Bærum"),
                .init(changeOccurred: "2020-01-01", oldCode: "0219", oldName: "Bærum", newCode: "3024", newName: "Bærum"),
                .init(changeOccurred: "2024-01-01", oldCode: "3024", oldName: "Bærum", newCode: "3201", newName: "Bærum"),
            ],
            source: DataSource(kind: .ssb, title: "KLASS 131", reference: "klass/131", retrievedAt: retrieved))
    }

    @Test("A second load replaces the first; a repeated change is stored once", arguments: StoreEngine.allCases)
    func replaceAndRead(engine: StoreEngine) async throws {
        let store = try await engine.makeStore()
        #expect(try await store.classification(131) == nil)
        try await store.replaceClassification(
            snapshot(validAt: "2024-01-01", codes: [("3201", "Bærum"), ("0301", "Oslo")], retrieved: Date(timeIntervalSince1970: 1_700_000_000)))
        try await store.replaceClassification(
            snapshot(
                validAt: "2026-01-01", codes: [("3201", "Bærum"), ("0301", "Oslo"), ("4601", "Bergen")],
                retrieved: Date(timeIntervalSince1970: 1_800_000_000)))
        let read = try #require(try await store.classification(131))
        #expect(read.validAt == "2026-01-01")
        #expect(read.codes.map(\.code) == ["0301", "3201", "4601"])
        #expect(read.changes.count == 2)
        #expect(read.changes.last?.newCode == "3201")
        #expect(read.source.title == "KLASS 131" && read.source.kind == .ssb)
        #expect(try await store.classification(104) == nil)
    }
}
