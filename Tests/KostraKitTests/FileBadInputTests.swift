import Foundation
import KostraTesting
import Testing

/// Bad files given to `kostra import FILE`, as a new user would: one clear message naming the
/// file and place, a non-zero exit, and the store unchanged (compared through `kostra export`).
@Suite("Bad files on the command line")
struct FileBadInputTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }
    let header = "region;indicator;year;value;numerator;denominator;status\n"

    func snapshot() async throws -> String {
        let result = try await KostraCLI.run(["export", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Imports `bytes` as a file called `name` and returns what the user sees on standard error.
    func importFails(_ bytes: [UInt8], name: String) async throws -> String {
        let before = try await snapshot()
        let path = try write(bytes, to: name)
        let result = try await KostraCLI.run(["import", path, "--database", database])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(try await snapshot() == before)
        return result.stderr
    }

    var path: (String) -> String { { folder.appendingPathComponent($0).path } }

    @Test("A CSV that mixes UTF-8 with Windows-1252 names the line and column of the stray byte")
    func wrongEncoding() async throws {
        let bytes = Array((header + "Bærum;kvp-per-1000;2025;3;;;\nTroms").utf8) + [0xF8] + Array(";kvp-per-1000;2025;4;;;\n".utf8)
        let message = try await importFails(bytes, name: "mixed.csv")
        #expect(message.contains("\(path("mixed.csv")), line 3, column 6: the byte 0xF8 is not UTF-8, but earlier text is UTF-8"))
    }

    @Test("A UTF-16 file is refused with what to do")
    func utf16() async throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(header.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let message = try await importFails(bytes, name: "unicode.csv")
        #expect(message.contains("\(path("unicode.csv")): is UTF-16 text, which kostra does not read. Save it as CSV UTF-8"))
    }

    @Test("An unknown municipality name gets a suggestion")
    func unknownMunicipality() async throws {
        let message = try await importFails(Array((header + "Bærumm;kvp-per-1000;2025;3;;;\n").utf8), name: "region.csv")
        #expect(message.contains("\(path("region.csv")), line 2: no municipality, group or network is called 'Bærumm'. Did you mean 'Bærum'"))
    }

    @Test("An unknown municipality code is named")
    func unknownCode() async throws {
        let message = try await importFails(Array((header + "3299;kvp-per-1000;2025;3;;;\n").utf8), name: "code.csv")
        #expect(message.contains("\(path("code.csv")), line 2: no municipality, group or network is called '3299'."))
    }

    @Test("An unknown indicator id gets the closest ids")
    func unknownIndicator() async throws {
        let message = try await importFails(Array((header + "Bærum;kvp-per-100;2025;3;;;\n").utf8), name: "indicator.csv")
        #expect(message.contains("\(path("indicator.csv")), line 2: no catalogue indicator has the id 'kvp-per-100'. Did you mean 'kvp-per-1000'"))
    }

    @Test("A malformed number names file, line and column")
    func malformedNumber() async throws {
        let message = try await importFails(
            Array((header + "Bærum;kvp-per-1000;2025;3;;;\nAsker;kvp-per-1000;2025;2,8x;;;\n").utf8), name: "number.csv")
        #expect(message.contains("\(path("number.csv")), line 3, column 4 (value): '2,8x' is not a number"))
    }

    @Test("A truncated file says so, with the line")
    func truncated() async throws {
        let full = header + "Bærum;kvp-per-1000;2025;3;;;\nAsker;kvp-per-1000;2025;2,8;;;\n"
        let message = try await importFails(Array(full.utf8.dropLast(8)), name: "cut.csv")
        #expect(message.contains("\(path("cut.csv")), line 3: has 3 fields, but the header has 7. The file may be truncated"))
    }

    @Test("A truncated Statbank CSV and a truncated JSON-stat answer are named too")
    func truncatedSSBFiles() async throws {
        let statbank = "\"region\";\"Personer 2023\";\"Personer 2024\"\n\"0301 Oslo\";709037;717710\n\"4601 Bergen\";2"
        let csvMessage = try await importFails(Array(statbank.utf8), name: "07459.csv")
        #expect(csvMessage.contains("\(path("07459.csv")), line 3: has 2 fields, but the header has 3."))
        let json = try SharedFixtures.data("data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json")
        let jsonMessage = try await importFails(Array(json.prefix(json.count / 2)), name: "12134.json")
        #expect(jsonMessage.contains("The JSON-stat data in \(path("12134.json")), byte"))
        #expect(jsonMessage.contains("end too early"))
    }

    @Test("--municipality on a long CSV with another municipality's figures is refused")
    func wrongMunicipality() async throws {
        let before = try await snapshot()
        let file = try write(Array((header + "Bærum;kvp-per-1000;2025;3;;;\nAsker;kvp-per-1000;2025;2,8;;;\n").utf8), to: "two.csv")
        let result = try await KostraCLI.run(["import", file, "--municipality", "Bærum", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file): the column 'region' holds figures for Asker, but --municipality names Bærum."))
        #expect(try await snapshot() == before)
    }

    @Test("A file of unknown format lists the formats kostra reads")
    func unknownFormat() async throws {
        let message = try await importFails(Array("Kommune,Innbyggere\nBærum,130000\n".utf8), name: "other.csv")
        #expect(message.contains("\(path("other.csv")): is not a format kostra imports (it starts with 'Kommune,Innbyggere')."))
    }

    @Test("A Windows-1252 long CSV with æøå imports, and the file becomes the figures' source")
    func windows1252Imports() async throws {
        let text = header + "Bærum;kvp-per-1000;2025;3,1;;;\nTromsø;kvp-per-1000;2025;4;;;\nLillestrøm;kvp-per-1000;2025;..;;;..\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let file = try write(bytes, to: "latin.csv")
        let result = try await KostraCLI.run(["import", file, "--database", database])
        #expect(result.stdout == "Imported 3 figures from \(file) (long CSV, ISO-8859-1).\nSkipped nothing.\n", "\(result.stderr)")
        let exported = try await KostraCLI.run(["export", "--indicator", "kvp-per-1000", "--years", "2025", "--database", database])
        #expect(
            exported.stdout == "\u{FEFF}region;indicator;year;value;numerator;denominator;status\r\n"
                + "Bærum;kvp-per-1000;2025;3,1;;;\r\nLillestrøm;kvp-per-1000;2025;;;;..\r\nTromsø;kvp-per-1000;2025;4;;;\r\n")
    }

    @Test("kostra import published still works and still refuses a long CSV")
    func publishedStillWorks() async throws {
        let file = try write(
            Array("category;indicator;unit;baerum_2025\nx;Stønad (bidrag+lån) per sosialhjelpsmottaker;kroner;75000\n".utf8), to: "p.csv")
        let result = try await KostraCLI.run(["import", "published", file, "--database", database])
        #expect(result.stdout == "Imported 1 figures from \(file).\nSkipped nothing.\n", "\(result.stderr)")
        let auto = try await KostraCLI.run(["import", file, "--database", database])
        #expect(auto.stdout == "Imported 1 figures from \(file) (published figures, UTF-8).\nSkipped nothing.\n", "\(auto.stderr)")
    }

    @Test("kostra inspect shows a Statbank CSV as a long table and stores nothing")
    func inspectStatbank() async throws {
        let before = try await snapshot()
        let text =
            "\"12134: Utvalgte nøkkeltall for kommuneregnskap\"\n\n\"region\";\"Frie inntekter per innbygger (kr) 2024\"\n\"0301 Oslo - Oslove\";81240\n\"4601 Bergen\";..\n"
        let file = try write(text.unicodeScalars.map { UInt8($0.value) }, to: "12134.csv")
        let csv = try await KostraCLI.run(["inspect", file, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(
            csv.stdout == "\u{FEFF}region;region (tekst);ContentsCode;statistikkvariabel (tekst);Tid;år (tekst);verdi;status\r\n"
                + "0301;Oslo - Oslove;Frie inntekter per innbygger (kr);Frie inntekter per innbygger (kr);2024;2024;81240;\r\n"
                + "4601;Bergen;Frie inntekter per innbygger (kr);Frie inntekter per innbygger (kr);2024;2024;;..\r\n")
        let table = try await KostraCLI.run(["inspect", file])
        #expect(
            table.stdout.hasPrefix("12134: Utvalgte nøkkeltall for kommuneregnskap (tabell 12134)\nStatbank CSV, ISO-8859-1, semicolon-separated\n"))
        let long = try await KostraCLI.run(["inspect", try write(Array(header.utf8), to: "long.csv")])
        #expect(long.status != 0)
        #expect(long.stderr.contains("is a long CSV file, already one figure per row"))
        #expect(try await snapshot() == before)
    }

    @Test("kostra inspect says what a NAV workbook, a NAV CSV and a published-figures table are, and what to run")
    func inspectOtherFormats() async throws {
        // NAV's AAP155 layout (terchris/atlas nav-aap README @03af299a); the figures are test data.
        let months: [NAVWorkbookFixture.Cell?] = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210]
        let workbook = NAVWorkbookFixture(sheets: [
            .init(
                name: "1. Kommune. Antall",
                rows: [
                    ["Periode: 2024 01 - 2024 12"], [nil] + NAVWorkbookFixture.months, ["0301 Oslo - Oslove"] + months,
                ])
        ])
        let aap = path("AAP155.xlsx")
        try workbook.data().write(to: URL(fileURLWithPath: aap))
        let nav = try await KostraCLI.run(["inspect", aap])
        #expect(nav.status != 0)
        #expect(nav.stderr.contains("\(aap) is a NAV workbook (AAP155 "), "\(nav.stderr)")
        #expect(nav.stderr.contains("with counts per municipality and month, which are stored as yearly figures"))
        #expect(nav.stderr.contains("Store it with 'kostra import \(aap)'; add --skipped FILE"))
        #expect(!nav.stderr.contains("already one figure per row"))

        let vestland = SharedFixtures.url("data/nav_registered_unemployed_vestland_2026_april.csv").path
        let csv = try await KostraCLI.run(["inspect", vestland])
        #expect(csv.stderr.contains("\(vestland) is a CSV of NAV's figures ("), "\(csv.stderr)")
        #expect(csv.stderr.contains("Store it with 'kostra import \(vestland)'"))
        #expect(!csv.stderr.contains("already one figure per row"))

        let published = SharedFixtures.url("reference/baerum-kostra-2024.csv").path
        let table = try await KostraCLI.run(["inspect", published])
        #expect(table.stderr.contains("\(published) is a published-figures table"), "\(table.stderr)")
        #expect(table.stderr.contains("'kostra import \(published) --municipality NAME'"))
    }
}
