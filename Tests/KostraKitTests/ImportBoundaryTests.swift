import Foundation
import KostraImport
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// Issue #21's import defects, each reproduced as the user met it on the command line or
/// through the use case, and issue #20's NAV and KS files. Figures marked "test data" are invented.
@Suite("Import boundary")
struct ImportBoundaryTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }

    func write(_ text: String, to name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A JSON-stat 2.0 answer shaped like SSB's for table 13995 (test data: the values are invented).
    func jsonStat(regions: [String], years: [String] = ["2024"], values: [String]) -> String {
        let index = regions.enumerated().map { "\"\($0.element)\":\($0.offset)" }.joined(separator: ",")
        let yearIndex = years.enumerated().map { "\"\($0.element)\":\($0.offset)" }.joined(separator: ",")
        return """
            {"version":"2.0","class":"dataset","label":"13995: test data","source":"test data","updated":"2025-06-01T06:00:00Z",
             "id":["KOKkommuneregion0000","ContentsCode","Tid"],"size":[\(regions.count),1,\(years.count)],
             "dimension":{
              "KOKkommuneregion0000":{"label":"region","category":{"index":{\(index)}}},
              "ContentsCode":{"label":"statistikkvariabel","category":{"index":{"KOSgjsnitt18240000":0},"label":{"KOSgjsnitt18240000":"test data"}}},
              "Tid":{"label":"år","category":{"index":{\(yearIndex)}}}},
             "role":{"time":["Tid"],"geo":["KOKkommuneregion0000"],"metric":["ContentsCode"]},
             "extension":{"px":{"tableid":"13995"}},
             "value":[\(values.joined(separator: ","))]}
            """
    }

    func exported() async throws -> String {
        try await KostraCLI.run(["export", "--database", database]).stdout
    }

    @Test("JSON-stat cells with a county, a code not valid that year and an unknown code are counted and listed, not dropped")
    func jsonStatSkips() async throws {
        let file = try write(jsonStat(regions: ["0301", "EKA32", "0219", "9998"], values: ["4.2", "5.0", "3.1", "2.2"]), to: "13995.json")
        let listing = folder.appendingPathComponent("skipped.csv").path
        let result = try await KostraCLI.run(["import", file, "--skipped", listing, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                Imported 1 figures from \(file) (JSON-stat 2.0).
                Skipped 3 cells:
                  1 county (KostraKit keeps municipalities, KOSTRA groups and the country)
                  1 region code not in the region register ('kostra regions update' loads every municipality)
                  1 region code not valid in that year
                Wrote the 3 skipped cells to \(listing).

                """)
        #expect(
            try String(contentsOfFile: listing, encoding: .utf8) == "place;reason\r\n"
                + "KOKkommuneregion0000=EKA32, Tid=2024, indicator duration-18-24;county (KostraKit keeps municipalities, KOSTRA groups and the country)\r\n"
                + "KOKkommuneregion0000=0219, Tid=2024, indicator duration-18-24;region code not valid in that year\r\n"
                + "KOKkommuneregion0000=9998, Tid=2024, indicator duration-18-24;region code not in the region register ('kostra regions update' loads every municipality)\r\n"
        )
        #expect(try await exported().contains("\r\nOslo;duration-18-24;2024;4,2;;;"))
    }

    @Test("A JSON-stat value of 1e400 and years 2999 and 1899 are refused with the cell named, storing nothing")
    func jsonStatImpossible() async throws {
        let before = try await exported()
        let infinite = try write(jsonStat(regions: ["0301"], values: ["1e400"]), to: "inf.json")
        let first = try await KostraCLI.run(["import", infinite, "--database", database])
        #expect(first.status != 0)
        #expect(
            first.stderr.contains("\(infinite), the figure for Oslo (0301) in 2024: the value of duration-18-24 is not a finite number"),
            "\(first.stderr)")
        for year in ["2999", "1899"] {
            let file = try write(jsonStat(regions: ["0301"], years: [year], values: ["4.2"]), to: "y\(year).json")
            let result = try await KostraCLI.run(["import", file, "--database", database])
            #expect(result.status != 0)
            #expect(
                result.stderr.contains("\(file), cell Tid=\(year): the year \(year) is outside the years figures can have (1986–"), "\(result.stderr)"
            )
        }
        #expect(try await exported() == before)
    }

    @Test("A Statbank CSV export of KOSTRA table 13995 imports through its recipe, with codes in the region column")
    func statbankKostraExport() async throws {
        // Statbank's long layout with "code and text" chosen; the figures are test data.
        let contents = "\"KOSgjsnitt18240000 Stønadslengde 18-24 år (test data)\""
        let text = """
            sep=;
            "13995: Sosialhjelpstilfeller, utbetalt beløp og stønadstid (K) 2022-2024";;;

            "region";"statistikkvariabel";"år";"13995: Sosialhjelpstilfeller, utbetalt beløp og stønadstid (K) 2022-2024"
            "0301 Oslo - Oslove";\(contents);"2024";4,2
            "3201 Bærum";\(contents);"2024";3,9
            "EKA32 Akershus";\(contents);"2024";5
            ;;;
            ;;;

            """
        let file = try write(text, to: "13995_20250612-101010.csv")
        let workspace = try await Workspace.open(database: database)
        let report = try await workspace.imports.importFile(path: file)
        #expect(report.format == .statbankCSV && report.summary.stored == 2)
        #expect(
            report.skipped == [
                SkippedCell(
                    place: "KOKkommuneregion0000=EKA32, Tid=2024, indicator duration-18-24",
                    reason: "county (KostraKit keeps municipalities, KOSTRA groups and the country)")
            ])
        let stored = try await workspace.store.observations(ObservationQuery(indicators: ["duration-18-24"], years: 2024...2024))
        #expect(stored.map(\.value).sorted { ($0 ?? 0) < ($1 ?? 0) } == [3.9, 4.2])

        // The region column under SSB's own id, as Statbank writes it with variable codes as headers.
        let wide = try write(
            "\"KOKkommuneregion0000\";\"KOSgjsnitt18240000 Stønadslengde (test data) 2023\"\n\"0301 Oslo - Oslove\";4,0\n", to: "13995_b.csv")
        #expect(try await workspace.imports.importFile(path: wide).summary.stored == 1)

        // Region names only, one year: each name gets the code its municipality had that year.
        let names = try write(
            "\"region\";\"KOSgjsnitt18240000 Stønadslengde (test data) 2022\"\n\"Oslo - Oslove\";4,1\n\"Bærum\";3,7\n", to: "13995_n.csv")
        let byName = try await workspace.imports.importFile(path: names)
        #expect(byName.summary.stored == 2 && byName.skipped.isEmpty)
        let baerum2022 = try await workspace.store.observations(
            ObservationQuery(indicators: ["duration-18-24"], regions: ["baerum"], years: 2022...2022))
        #expect(baerum2022.map(\.value) == [3.7])

        // Names over several years are read year by year: Bærum is 3024 in 2023 and 3201 in 2024.
        let texts = try write(
            "\"region\";\"KOSgjsnitt18240000 Stønadslengde (test data) 2023\";\"KOSgjsnitt18240000 Stønadslengde (test data) 2024\"\n"
                + "\"Oslo - Oslove\";4,0;4,1\n\"Bærum\";3,6;3,8\n", to: "13995_c.csv")
        let years = try await workspace.imports.importFile(path: texts)
        #expect(years.summary.stored == 4 && years.skipped.isEmpty, "\(years.skipped)")
        let baerum = try await workspace.store.observations(ObservationQuery(indicators: ["duration-18-24"], regions: ["baerum"], years: 2023...2024))
        #expect(baerum.map(\.value) == [3.6, 3.8])

        // Names with periods that are not years cannot be given codes: the message says how to download it.
        let quarters = try write("\"region\";\"KOSgjsnitt18240000 Stønadslengde (test data) 2024K4\"\n\"Oslo - Oslove\";4,0\n", to: "13995_q.csv")
        await #expect(throws: ImportError.textsOnly(file: quarters, column: "region", example: "Oslo - Oslove")) {
            try await workspace.imports.importFile(path: quarters)
        }
    }

    @Test("An unterminated quote in a Statbank export is named, not 'has 1 fields'")
    func statbankQuote() async throws {
        let file = try write("\"region\";\"Personer 2024\"\n\"0301 Oslo - Oslove;10\n", to: "07459.csv")
        let result = try await KostraCLI.run(["import", file, "--database", database])
        #expect(result.stderr.contains("\(file), line 2, column 1: a quote (\") opens a field but is never closed"), "\(result.stderr)")
    }

    @Test("'kostra import' of a folder and 'kostra export --out' a folder say so in our words")
    func folders() async throws {
        let imported = try await KostraCLI.run(["import", folder.path, "--database", database])
        #expect(imported.status != 0)
        #expect(
            imported.stderr.contains("Cannot read \(folder.path): it is a folder, not a file; give the path of a file in it."), "\(imported.stderr)")
        #expect(!imported.stderr.contains("NSCocoaErrorDomain"))
        let missing = try await KostraCLI.run(["import", folder.appendingPathComponent("nope.csv").path, "--database", database])
        #expect(missing.stderr.contains("nope.csv: there is no such file."), "\(missing.stderr)")
        let exportedToFolder = try await KostraCLI.run(["export", "--out", folder.path, "--database", database])
        #expect(exportedToFolder.status != 0)
        #expect(
            exportedToFolder.stderr.contains(
                "Cannot write \(folder.path): it is a folder; give a file name, e.g. --out \(folder.appendingPathComponent("figures.csv").path)."),
            "\(exportedToFolder.stderr)")
        #expect(!exportedToFolder.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("A NAV AAP155 workbook imports on the command line, stating the yearly rule, the age band and what it skipped")
    func navWorkbookCommand() async throws {
        // NAV's AAP155 layout (terchris/atlas nav-aap README @03af299a); the figures are test data.
        let months: [NAVWorkbookFixture.Cell?] = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210]
        let fixture = NAVWorkbookFixture(sheets: [
            .init(
                name: "1. Kommune. Antall",
                rows: [
                    ["Kilde: NAV (test data)"], ["Periode: 2024 01 - 2024 12"], [nil] + NAVWorkbookFixture.months,
                    ["I alt 03 Oslo - Oslove"] + months, ["0301 Oslo - Oslove"] + months, ["Ukjent"] + months,
                ])
        ])
        let file = folder.appendingPathComponent("AAP155 2024.xlsx").path
        try fixture.data().write(to: URL(fileURLWithPath: file))
        let result = try await KostraCLI.run(["import", file, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Note: AAP155 Mottakere av arbeidsavklaringspenger. Kommune → aap-recipients: the yearly figure is the mean of the 12 monthly figures"
            ))
        #expect(result.stdout.contains("Note: Age band: 18–67 år"))
        #expect(result.stdout.contains("Imported 1 figures from \(file) (NAV workbook).\nSkipped 2 cells:\n"))
        #expect(try await exported().contains("\r\nOslo;aap-recipients;2024;155;;;"))

        let unknown = NAVWorkbookFixture(sheets: [.init(name: "Ark1", rows: [["Kommune"]])])
        let other = folder.appendingPathComponent("other.xlsx").path
        try unknown.data().write(to: URL(fileURLWithPath: other))
        let refused = try await KostraCLI.run(["import", other, "--database", database])
        #expect(
            refused.stderr.contains(
                "\(other), sheet 'Ark1', cell A1: found 'sheets 'Ark1'' where a sheet named '1. Kommune. Antall' (NAV AAP155) or '3. Kommune Antall' (NAV HL060)."
            ), "\(refused.stderr)")

        let damaged = folder.appendingPathComponent("damaged.xlsx").path
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: damaged))
        let broken = try await KostraCLI.run(["import", damaged, "--database", database])
        #expect(broken.stderr.contains("\(damaged): cannot be read (it starts like a ZIP archive but cannot be opened as one)."), "\(broken.stderr)")
    }

    @Test("The real NAV Vestland CSV is recognised and refused for want of a whole year, storing nothing")
    func navVestland() async throws {
        let before = try await exported()
        let path = SharedFixtures.url("data/nav_registered_unemployed_vestland_2026_april.csv").path
        let result = try await KostraCLI.run(["import", path, "--database", database])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains("\(path): holds NAV's figures for april of 2026 only. A yearly figure is the mean of all twelve months"),
            "\(result.stderr)")
        #expect(try await exported() == before)
    }

    @Test("KS's figures (sickness absence, the resource-use indicator) come in through the published-figures import with their source")
    func ksFigures() async throws {
        // Bærum's published ASSS profile for 2024 (real figures, shared/reference), which carries KS's two indicators.
        let path = SharedFixtures.url("reference/baerum-kostra-2024.csv").path
        let workspace = try await Workspace.open(database: folder.appendingPathComponent("ks.sqlite").path)
        let report = try await workspace.imports.importFile(path: path)
        #expect(report.format == .publishedFigures)
        let stored = try await workspace.store.observations(
            ObservationQuery(indicators: ["rbi", "sickness-absence"], regions: ["baerum"], years: 2024...2024))
        #expect(stored.map(\.indicator).sorted() == ["rbi", "sickness-absence"])
        #expect(stored.first { $0.indicator == "rbi" }?.value == 0.877)
        #expect(stored.first { $0.indicator == "sickness-absence" }?.value == 8.01)
        #expect(stored.allSatisfy { $0.source?.kind == .published && $0.source?.title == "Publiserte tall: baerum-kostra-2024.csv" })
        let aggregates = try await workspace.store.aggregates(AggregateQuery(indicators: ["rbi"], years: 2024...2024))
        #expect(aggregates.map(\.value).sorted { ($0 ?? 0) < ($1 ?? 0) } == [0.735, 1.0, 1.243])
    }
}

extension ImportBoundaryTests {
    @Test("kostra inspect names a 1e400 cell instead of dying on it")
    func inspectInfinite() async throws {
        let file = try write(jsonStat(regions: ["0301"], values: ["1e400"]), to: "inf13995.json")
        let result = try await KostraCLI.run(["inspect", file, "--format", "json"])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "\(file), cell: the value of KOKkommuneregion0000=0301, ContentsCode=KOSgjsnitt18240000, Tid=2024 is not a finite number"),
            "\(result.stderr)")
    }
}
