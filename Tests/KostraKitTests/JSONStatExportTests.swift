import Foundation
import KostraImport
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// `kostra export --format jsonstat`: a JSON-stat 2.0 dataset that other tools read and that
/// `kostra import` reads back to the same figures.
@Suite("JSON-stat export")
struct JSONStatExportTests {
    let folder = try! KostraCLI.temporaryFolder()

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Hand-made figures with SSB's symbols beside the bundled ones, so symbols round-trip too.
    static let symbols = [
        Observation(indicator: "long-term-share", region: "sandnes", year: 2024, value: nil, status: .confidential),
        Observation(indicator: "long-term-share", region: "tromso", year: 2024, value: nil, status: .missing),
        Observation(indicator: "long-term-share", region: "oslo", year: 2024, value: 21.37),
    ]

    static func key(_ observation: Observation) -> String {
        "\(observation.indicator)|\(observation.region)|\(observation.year)|\(observation.basis.rawValue)"
    }

    @Test("The document has version 2.0, class dataset, id and size, and one value per cell")
    func documentShape() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: Self.symbols)
        let (data, figures) = try await workspace.figures.exportJSONStat()
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["version"] as? String == "2.0")
        #expect(document["class"] as? String == "dataset")
        let ids = try #require(document["id"] as? [String])
        #expect(ids == ["region", "indicator", "year", "basis"])
        let size = try #require(document["size"] as? [Int])
        let values = try #require(document["value"] as? [Any])
        #expect(values.count == size.reduce(1, *))
        #expect(figures > 0)
        let role = try #require(document["role"] as? [String: [String]])
        #expect(role["geo"] == ["region"] && role["time"] == ["year"] && role["metric"] == ["indicator"])
        #expect((document["updated"] as? String)?.isEmpty == false)
        #expect((document["source"] as? String)?.contains("Bærum") == true)
        let status = try #require(document["status"] as? [String: String])
        #expect(Set(status.values).isSubset(of: [".", "..", ":", "-"]))
        let dimension = try #require(document["dimension"] as? [String: [String: Any]])
        let indicator = try #require(dimension["indicator"]?["category"] as? [String: Any])
        let units = try #require(indicator["unit"] as? [String: [String: Any]])
        #expect(units["payout-per-recipient"]?["decimals"] as? Int == 0)
        #expect(units["long-term-share"]?["label"] as? String == "prosent")
        let regions = try #require(dimension["region"]?["category"] as? [String: Any])
        #expect((regions["label"] as? [String: String])?["baerum"] == "Bærum")
    }

    @Test("KostraKit's own reader reads the export back to the same figures, symbols included")
    func readerRoundTrip() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: Self.symbols)
        let stored = try await workspace.store.observations(ObservationQuery())
        let (data, _) = try await workspace.figures.exportJSONStat()
        let dataset = try JSONStatDecoder.decode(data, origin: "export.json")
        #expect(KostraKitJSONStat.isKostraKitDataset(dataset, catalog: workspace.definitions.catalog))
        let read = KostraKitJSONStat.figures(from: dataset, definitions: workspace.definitions)
        let expected = Dictionary(uniqueKeysWithValues: stored.map { (Self.key($0), ($0.value, $0.status)) })
        let got = Dictionary(uniqueKeysWithValues: read.observations.map { (Self.key($0), ($0.value, $0.status)) })
        #expect(got.count == expected.count)
        for (key, figure) in expected {
            #expect(got[key]?.0 == figure.0 && got[key]?.1 == figure.1, "\(key)")
        }
        #expect(got[Self.key(Self.symbols[0])]?.1 == .confidential)
        // Cells of the cube that held no figure are counted, never stored as figures.
        #expect(read.skipped.allSatisfy { $0.reason == "the cell is empty (no value, no status)" })
    }

    @Test("export --format jsonstat, then kostra import into a fresh database: identical figures")
    func commandLineRoundTrip() async throws {
        let database = try await AnalysisFixtures.database(with: Self.symbols)
        let exported = try await KostraCLI.run(["export", "--format", "jsonstat", "--out", path("a.json"), "--database", database])
        #expect(exported.status == 0, "\(exported.stderr)")
        let imported = try await KostraCLI.run(["import", path("a.json"), "--database", path("b.sqlite")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("JSON-stat 2.0"))
        let first = try await Workspace.open(database: database)
        let second = try await Workspace.open(database: path("b.sqlite"))
        let a = try await first.store.observations(ObservationQuery())
        let b = try await second.store.observations(ObservationQuery())
        #expect(
            Set(a.map { "\(Self.key($0))=\(String(describing: $0.value))/\(String(describing: $0.status))" })
                == Set(b.map { "\(Self.key($0))=\(String(describing: $0.value))/\(String(describing: $0.status))" }))
        #expect(b.filter { $0.source?.kind == .file }.count == a.count)
        // Exporting the imported figures gives the same cells again.
        let again = try await KostraCLI.run(["export", "--format", "jsonstat", "--database", path("b.sqlite")])
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("a.json")))) as? [String: Any]
        let second2 = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect(original?["size"] as? [Int] == second2?["size"] as? [Int])
        #expect(original?["status"] as? [String: String] == second2?["status"] as? [String: String])
    }

    @Test("A string value cell is reported as skipped with its reason and stored as nothing, never as a number")
    func textCellsAreSkippedWithReason() async throws {
        let json =
            #"{"version":"2.0","class":"dataset","id":["region","indicator","year"],"size":[2,1,1],"#
            + #""dimension":{"region":{"category":{"index":["oslo","asker"]}},"indicator":{"category":{"index":["long-term-share"]}},"#
            + #""year":{"category":{"index":["2024"]}}},"value":[21.5,"12,3"]}"#
        try Data(json.utf8).write(to: URL(fileURLWithPath: path("text.json")))
        let workspace = try await AnalysisFixtures.workspace(with: [])
        let report = try await workspace.imports.importFile(path: path("text.json"))
        #expect(report.figures == 1)
        #expect(
            report.skipped == [
                SkippedCell(place: "region=asker, indicator=long-term-share, year=2024 («12,3»)", reason: JSONStatDataset.textCellReason)
            ])
        let asker = try await workspace.store.observations(ObservationQuery(indicators: ["long-term-share"], regions: ["asker"], years: 2024...2024))
        #expect(asker.isEmpty)
    }
}
