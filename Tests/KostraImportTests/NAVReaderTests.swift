import Foundation
import KostraImport
import KostraModel
import KostraTesting
import Testing

/// NAV's monthly files read as NAV publishes them: the real Vestland CSV from ../shared, and
/// workbooks built in NAV's documented AAP155 / HL060 layout whose figures are **test data**.
@Suite("NAV files")
struct NAVReaderTests {
    let definitions = try! Definitions.bundled()
    let catalog = try! NAVFileCatalog.bundled()

    /// An AAP155-shaped workbook for 2024 (layout: terchris/atlas nav-aap README @03af299a).
    /// Every figure in it is invented test data.
    func aap155(oslo: [NAVWorkbookFixture.Cell?], baerum: [NAVWorkbookFixture.Cell?]) -> NAVWorkbookFixture {
        NAVWorkbookFixture(sheets: [
            .init(name: "0. Om tabellene", rows: [["Test data: invented figures in NAV's AAP155 layout"]]),
            .init(
                name: "1. Kommune. Antall",
                rows: [
                    ["Kilde: NAV"],
                    ["AAP155 Mottakere av arbeidsavklaringspenger. Kommune. Antall (test data)"],
                    ["Periode: 2024 01 - 2024 12"],
                    [],
                    [nil] + NAVWorkbookFixture.months,
                    ["I alt 03 Oslo - Oslove"] + oslo,
                    ["0301 Oslo - Oslove"] + oslo,
                    [],
                    [nil] + NAVWorkbookFixture.months,
                    ["I alt 32 Akershus"] + baerum,
                    ["3201 Bærum"] + baerum,
                    [nil] + NAVWorkbookFixture.months,
                    ["I alt Ukjent", 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12],
                    ["Ukjent", 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12],
                ]),
            .init(
                name: "2. Kommune. Andel", rows: [["Periode: 2024 01 - 2024 12"], [nil] + NAVWorkbookFixture.months, ["0301 Oslo - Oslove", 2.5]]),
        ])
    }

    func read(_ fixture: NAVWorkbookFixture) throws -> NAVMonthlyTable {
        let parts = fixture.parts()
        let workbook = try XLSXWorkbook.read(origin: "aap.xlsx") { (path: String) throws(ImportError) -> String? in parts[path] }
        return try NAVWorkbookReader.read(workbook, origin: "aap.xlsx", catalog: catalog)
    }

    @Test("The real Vestland CSV is recognised and read month by month; April alone makes no yearly figure")
    func vestlandCSV() throws {
        let path = SharedFixtures.url("data/nav_registered_unemployed_vestland_2026_april.csv").path
        let text = try SharedFixtures.text("data/nav_registered_unemployed_vestland_2026_april.csv")
        let layout = try #require(NAVCSVReader.layout(of: text, catalog: catalog))
        #expect(layout.indicator == "unemployed")
        let table = try NAVCSVReader.read(text, origin: path, layout: layout)
        #expect(table.rows.count == 43)
        let bergen = try #require(table.rows.first { $0.code == "4601" })
        #expect(bergen.name == "Bergen" && bergen.year == 2026 && bergen.months == [4: .value(3119)])
        // Solund's count is empty in the file: missing, never zero.
        #expect(table.rows.first { $0.code == "4636" }?.months == [4: .missing])
        #expect(throws: ImportError.incompleteYear(file: path, year: 2026, months: ["april"])) {
            try NAVYearlyFigures.figures(from: table, origin: path, definitions: definitions, rule: catalog.yearlyRule)
        }
        let message = ImportError.incompleteYear(file: path, year: 2026, months: ["april"]).errorDescription ?? ""
        #expect(
            message
                == "\(path): holds NAV's figures for april of 2026 only. A yearly figure is the mean of all twelve months (NAV's årsgjennomsnitt, docs/importing.md), so none can be made from this file. Import NAV's file once it holds the whole year (the January release has December), or a file with every month. Nothing was imported."
        )
    }

    @Test("A whole year in the CSV layout becomes the mean of its months (test data)")
    func csvWholeYear() throws {
        var text = "year,month,region_code,region_name,helt_ledige_count,helt_ledige_pct_of_labour_force,source\n"
        for month in 1...12 { text += "2024,\(month),4601,Bergen,\(3000 + month * 10),1.9,test data\n" }
        let layout = try #require(NAVCSVReader.layout(of: text, catalog: catalog))
        let table = try NAVCSVReader.read(text, origin: "test.csv", layout: layout)
        let figures = try NAVYearlyFigures.figures(from: table, origin: "test.csv", definitions: definitions, rule: catalog.yearlyRule)
        #expect(figures.observations == [Observation(indicator: "unemployed", region: "bergen", year: 2024, value: 3065)])
        #expect(figures.notes.contains { $0.hasPrefix("Age band: all ages") })
    }

    @Test("An AAP155 workbook: the mean of twelve months, '*' makes the year confidential, totals and Ukjent are skipped")
    func aapWorkbook() throws {
        let oslo: [NAVWorkbookFixture.Cell?] = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210]
        let baerum: [NAVWorkbookFixture.Cell?] = [40, 41, 42, "*", 44, 45, 46, 47, 48, 49, 50, 51]
        let table = try read(aap155(oslo: oslo, baerum: baerum))
        #expect(table.indicator == "aap-recipients")
        #expect(table.rows.map(\.code) == ["0301", "3201"])
        #expect(table.rows[1].months[4] == .suppressed)
        #expect(
            table.skipped.map(\.reason) == [
                "county or national total (KostraKit keeps municipalities)", "county or national total (KostraKit keeps municipalities)",
                "county or national total (KostraKit keeps municipalities)", "NAV's 'Ukjent' row: people whose municipality NAV does not know",
            ])
        let figures = try NAVYearlyFigures.figures(from: table, origin: "aap.xlsx", definitions: definitions, rule: catalog.yearlyRule)
        #expect(
            figures.observations == [
                Observation(indicator: "aap-recipients", region: "oslo", year: 2024, value: 155),
                Observation(indicator: "aap-recipients", region: "baerum", year: 2024, value: nil, status: .confidential),
            ])
        #expect(figures.notes.contains { $0.contains("mean of the 12 monthly figures") })
        #expect(figures.notes.contains { $0.hasPrefix("Share: not imported") })
    }

    @Test("An HL060 workbook: a municipality with eight months is skipped with the months it had")
    func hl060Workbook() throws {
        let full: [NAVWorkbookFixture.Cell?] = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]
        let partial: [NAVWorkbookFixture.Cell?] = [5, 5, 5, 5, 5, 5, 5, 5, nil, nil, nil, nil]
        let fixture = NAVWorkbookFixture(sheets: [
            .init(
                name: "3. Kommune Antall",
                rows: [
                    ["Kilde: NAV"], ["Januar - desember 2024"], ["Vestland"], [nil] + NAVWorkbookFixture.months,
                    ["I alt Vestland"] + full, ["4601 Bergen"] + full, ["Akershus"], [nil] + NAVWorkbookFixture.months,
                    ["3203 Asker"] + partial,
                ])
        ])
        let table = try read(fixture)
        #expect(table.indicator == "unemployed")
        let figures = try NAVYearlyFigures.figures(from: table, origin: "hl.xlsx", definitions: definitions, rule: catalog.yearlyRule)
        #expect(figures.observations == [Observation(indicator: "unemployed", region: "bergen", year: 2024, value: 10)])
        #expect(
            figures.skipped.last
                == SkippedCell(
                    place: "sheet '3. Kommune Antall', row 9 (3203 Asker, 2024)",
                    reason:
                        "fewer than 12 months of the year in the file (a yearly figure is the mean of all twelve); has januar, februar, mars, april, mai, juni, juli, august"
                ))
    }

    @Test("A workbook in another layout is refused with the sheet and cell named")
    func unknownLayouts() throws {
        let other = NAVWorkbookFixture(sheets: [.init(name: "Ark1", rows: [["Kommune", "Antall"]])])
        #expect(
            throws: ImportError.unknownLayout(
                file: "aap.xlsx", sheet: "Ark1", cell: "A1", found: "sheets 'Ark1'",
                expected: "a sheet named '1. Kommune. Antall' (NAV AAP155) or '3. Kommune Antall' (NAV HL060)")
        ) { try read(other) }

        var oslo: [NAVWorkbookFixture.Cell?] = Array(repeating: 100, count: 12)
        oslo[1] = "n/a"
        #expect(
            throws: ImportError.unknownLayout(
                file: "aap.xlsx", sheet: "1. Kommune. Antall", cell: "D7", found: "n/a",
                expected: "a number or NAV's '*' (fewer than 4 people)")
        ) { try read(aap155(oslo: oslo, baerum: Array(repeating: 1, count: 12))) }

        let noMonths = NAVWorkbookFixture(sheets: [.init(name: "3. Kommune Antall", rows: [["Januar - mars 2024"], ["4601 Bergen", 1, 2, 3]])])
        let message = ImportError.unknownLayout(
            file: "aap.xlsx", sheet: "3. Kommune Antall", cell: "C1", found: "",
            expected: "a header row of Norwegian month names (Januar, Februar, …) from column C")
        #expect(throws: message) { try read(noMonths) }
        #expect(
            message.errorDescription
                == "aap.xlsx, sheet '3. Kommune Antall', cell C1: found '' where a header row of Norwegian month names (Januar, Februar, …) from column C. The workbook is not in a layout kostra knows (docs/importing.md, NAV files); import the file as NAV publishes it, or put the figures in the long CSV. Nothing was imported."
        )
    }

    @Test("A ZIP archive that is not a workbook is refused with what to do")
    func notAWorkbook() throws {
        #expect(
            throws: ImportError.unreadable(
                file: "x.zip", reason: "it is a ZIP archive but not an Excel workbook (no xl/workbook.xml); save it as .xlsx")
        ) {
            try XLSXWorkbook.read(origin: "x.zip") { (_: String) throws(ImportError) -> String? in nil }
        }
    }
}
