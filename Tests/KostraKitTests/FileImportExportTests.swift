import Foundation
import KostraImport
import KostraKit
import KostraModel
import KostraRender
import KostraStore
import KostraTesting
import Testing

/// `kostra export` and `kostra import FILE`: the long CSV round trip, and format detection.
@Suite("Export and file import")
struct FileImportExportTests {
    let folder = try! KostraCLI.temporaryFolder()

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test("Export the bundled data, import into a fresh database, export again: identical, and every figure came from the file")
    func roundTripThroughTheStore() async throws {
        let first = try await Workspace.open(database: path("a.sqlite"))
        let exported = try await first.figures.exportCSV(to: path("a.csv"))
        #expect(exported.figures == 184)
        let second = try await Workspace.open(database: path("b.sqlite"))
        let report = try await second.imports.importFile(path: path("a.csv"))
        #expect(report.format == .longCSV)
        #expect(report.encoding == "UTF-8 with BOM")
        #expect(report.figures == 184 && report.summary.stored == 184 && report.summary.keptNewer == 0)
        // The import replaced every bundled figure: each now names the file as its source.
        let observations = try await second.store.observations(ObservationQuery())
        let aggregates = try await second.store.aggregates(AggregateQuery())
        #expect(observations.count + aggregates.count == 184)
        #expect(observations.allSatisfy { $0.source?.kind == .file })
        #expect(aggregates.allSatisfy { $0.source?.kind == .file })
        #expect(try await second.figures.exportCSV().text == exported.text)
        // Spot checks against the bundled profile: Bærum's payout per recipient and the ASSS range in 2024.
        #expect(exported.text.contains("\r\nBærum;payout-per-recipient;2024;70784;;;;nominal\r\n"))
        #expect(exported.text.contains("\r\nHøyest ASSS;payout-per-recipient;2024;91051;;;;nominal\r\n"))
        #expect(exported.text.contains("\r\nBærum;net-expenditure-social-per-capita;2021;3899;;;;both\r\n"))
    }

    @Test("The same round trip through the real command line")
    func roundTripOnTheCommandLine() async throws {
        let a = try await KostraCLI.run(["export", "--out", path("a.csv"), "--database", path("a.sqlite")])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == "Exported 184 figures to \(path("a.csv")).\n")
        let imported = try await KostraCLI.run(["import", path("a.csv"), "--database", path("b.sqlite")])
        #expect(imported.stdout == "Imported 184 figures from \(path("a.csv")) (long CSV, UTF-8 with BOM).\nSkipped nothing.\n", "\(imported.stderr)")
        let b = try await KostraCLI.run(["export", "--database", path("b.sqlite")])
        #expect(b.status == 0)
        #expect(Data(b.stdout.utf8) == (try Data(contentsOf: URL(fileURLWithPath: path("a.csv")))))
    }

    @Test("Export filters by municipality, indicator and years")
    func filters() async throws {
        let workspace = try await Workspace.open(database: path("f.sqlite"))
        let asker = try await workspace.figures.exportCSV(ExportSelection(municipality: "3203", years: 2023...2024))
        let lines = asker.text.split(separator: "\r\n").dropFirst()
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("Asker;") && ($0.contains(";2023;") || $0.contains(";2024;")) })
        let payout = try await workspace.figures.exportCSV(ExportSelection(indicator: "payout-per-recipient", years: 2024...2024))
        #expect(
            payout.text == "\u{FEFF}region;indicator;year;value;numerator;denominator;status\r\n"
                + "Bærum;payout-per-recipient;2024;70784;;;\r\nASSS;payout-per-recipient;2024;78830;;;\r\n"
                + "Høyest ASSS;payout-per-recipient;2024;91051;;;\r\nLavest ASSS;payout-per-recipient;2024;48840;;;\r\n")
        await #expect(throws: KitError.nothingToExport(selection: "for Bærum in 2019")) {
            try await workspace.figures.exportCSV(ExportSelection(municipality: "Bærum", years: 2019...2019))
        }
    }

    @Test("Numbers are written in their shortest exact form with a decimal comma")
    func numbers() {
        #expect(LongCSVWriter.number(70784) == "70784")
        #expect(LongCSVWriter.number(0.877) == "0,877")
        #expect(LongCSVWriter.number(0.00001) == "0,00001")
        #expect(LongCSVWriter.number(-2.2) == "-2,2")
        #expect(LongCSVWriter.number(2_284_021) == "2284021")
        #expect(LongCSVWriter.number(1.0 / 3.0) == "0,3333333333333333")
    }

    @Test("A JSON-stat answer and a Statbank CSV of 12134 are read through its recipe; a table without one is refused, storing nothing")
    func mappedAndUnmappedTables() async throws {
        let workspace = try await Workspace.open(database: path("m.sqlite"))
        // The real 12134 answer: free income per inhabitant 2024 for Oslo, Bergen and Trondheim (81 240, 66 605, 62 853).
        let json = SharedFixtures.url("data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json").path
        let read = try await workspace.imports.importFile(path: json)
        #expect(read.figures == 3 && read.skipped.isEmpty)
        let stored = try await workspace.figures.exportCSV(ExportSelection(years: 2024...2024)).text
        for (name, value) in [("Oslo", 81240), ("Bergen", 66605), ("Trondheim", 62853)] {
            #expect(stored.contains("\r\n\(name);free-income-per-inhabitant;2024;\(value);;;"), "\(stored)")
        }
        // A Statbank CSV names the contents by label only: the recipe's label finds it.
        let csv = path("12134_20260425.csv")
        try Data("\"region\";\"Frie inntekter per innbygger (kr) 2024\"\n\"0301 Oslo - Oslove\";81240\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        #expect(try await workspace.imports.importFile(path: csv).figures == 1)

        // The house price index (07221) has no recipe: refused, naming the table and contents.
        let before = try await workspace.figures.exportCSV().text
        let prices = SharedFixtures.url("data/ssb_pxwebapi_v2_jsonstat2_table07221_fixture.json").path
        await #expect(throws: ImportError.noRecipe(file: prices, table: "07221", contents: ["Boligindeks"])) {
            try await workspace.imports.importFile(path: prices)
        }
        #expect(try await workspace.figures.exportCSV().text == before)
    }
}

/// Every double the writer prints reads back as the same double, whatever its size.
@Suite("Long CSV numbers")
struct LongCSVNumberTests {
    @Test("800 random values of every magnitude, with numerators and denominators, survive write and read exactly")
    func exactRoundTrip() throws {
        let definitions = try Definitions.bundled()
        var generator = SystemRandomNumberGenerator()
        var observations: [Observation] = []
        let regions = ["baerum", "asker", "oslo", "bergen", "stavanger", "trondheim", "drammen", "fredrikstad"]
        for index in 0..<800 {
            let magnitude = Double.random(in: -12...12, using: &generator)
            let value = (Bool.random(using: &generator) ? 1 : -1) * pow(10, magnitude) * Double.random(in: 1..<10, using: &generator)
            // Net expenditure may be negative (indicators.json), and as a base figure it has no ratio
            // for its numerator and denominator to contradict; years stay within the catalogue's range
            // and a denominator above zero, as every import now checks (docs/importing.md).
            observations.append(
                Observation(
                    indicator: "net-expenditure-social", region: regions[index / 100],
                    year: 1990 + index % 25, basis: PriceBasis.allCases[index / 25 % 4], value: value,
                    numerator: index % 3 == 0 ? value * 3 : nil, denominator: index % 5 == 0 ? abs(1 / value) : nil))
        }
        // Regions, years and bases cycle through 8 × 25 × 4 = 800 distinct keys, one figure each.
        let unique = observations
        let text = LongCSVWriter(definitions: definitions).text(observations: unique, aggregates: [])
        let read = try LongCSVReader(definitions: definitions).read(text, origin: "random.csv")
        let byKey = Dictionary(uniqueKeysWithValues: read.observations.map { ($0.key, $0) })
        #expect(read.observations.count == unique.count)
        for original in unique {
            let back = try #require(byKey[original.key])
            #expect(back.value == original.value, "\(original.value!) was written as \(LongCSVWriter.number(original.value!))")
            #expect(back.numerator == original.numerator)
            #expect(back.denominator == original.denominator)
        }
    }
}
