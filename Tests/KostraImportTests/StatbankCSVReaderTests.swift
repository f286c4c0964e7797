import Foundation
import KostraImport
import KostraModel
import KostraTesting
import Testing

/// Statbank CSV exports in the layouts Statbank writes, built from real SSB figures in shared/data.
@Suite("Statbank CSV exports")
struct StatbankCSVReaderTests {
    @Test("Long layout, Windows-1252, semicolons: 07459 populations for 1 January 2024 match the shared file")
    func longLayoutWindows1252() throws {
        let rows = try populationRows().filter { $0["year_1jan"] == "2024" }
        #expect(rows.count == 12)
        var text = "\"07459: Befolkning, etter region, statistikkvariabel og år\"\r\n\r\n"
        text += "\"region\";\"år\";\"07459: Personer\"\r\n"
        for row in rows {
            text += "\"\(row["region_code"]!) \(row["region_name"]!)\";\"2024\";\(row["pop_total"]!)\r\n"
        }
        let file = try StatbankCSVReader.read(bytes: windows1252(text), origin: "07459.csv")
        #expect(file.encoding == .iso88591)
        #expect(file.separator == ";")
        let table = file.table
        #expect(table.tableID == "07459")
        #expect(table.label == "07459: Befolkning, etter region, statistikkvariabel og år")
        #expect(table.ids == ["region", "Tid", "ContentsCode"])
        #expect(table.size == [12, 1, 1])
        let regions = try #require(table.dimension(role: .geo))
        #expect(regions.label(of: "3201") == "Bærum")
        #expect(regions.label(of: "5501") == "Tromsø")
        #expect(table.dimension(role: .metric)?.labels == ["Personer"])
        for row in rows {
            let value = table.value(for: ["region": row["region_code"]!, "Tid": "2024"])
            #expect(value == Double(row["pop_total"]!), "\(row["region_name"]!)")
        }
        // README, file 2: Oslo on 1 January 2024 and Bergen 2024, as stated there.
        #expect(table.value(for: ["region": "0301", "Tid": "2024"]) == 717_710)
        #expect(table.value(for: ["region": "4601", "Tid": "2024"]) == 291_940)
    }

    @Test("Statbank API's long layout: contents as a column, the table's title as the last heading")
    func apiLongLayout() throws {
        // Bærum had the code 3201 from 2024 (shared/data README), so the file has one row for it.
        let rows = try populationRows().filter { $0["region_code"] == "3201" }
        var text = "\"region\";\"år\";\"statistikkvariabel\";\"07459: Befolkning, etter region, år og statistikkvariabel\"\n"
        for row in rows {
            text += "\"3201 Bærum\";\"\(row["year_1jan"]!)\";\"Personer\";\(row["pop_total"]!)\n"
        }
        let table = try StatbankCSVReader.read(bytes: Array(text.utf8), origin: "api.csv").table
        #expect(rows.count == 1)
        #expect(table.ids == ["region", "Tid", "ContentsCode"])
        #expect(table.dimension(role: .metric)?.labels == ["Personer"])
        #expect(table.dimension(role: .time)?.id == "Tid" && table.dimension(role: .time)?.label == "år")
        #expect(table.tableID == "07459")
        #expect(table.label == "07459: Befolkning, etter region, år og statistikkvariabel")
        #expect(table.value(for: ["region": "3201", "Tid": "2024"]) == Double(rows[0]["pop_total"]!))
    }

    @Test("Wide layout, UTF-8, commas and decimal points: contents and year combined in the heading")
    func wideLayoutCommas() throws {
        let rows = try populationRows().filter { ["2023", "2024"].contains($0["year_1jan"]) && ["0301", "4601"].contains($0["region_code"]) }
        var text = "\"region\",\"Persons 18-66 2023\",\"Persons 18-66 2024\",\"Persons 67+ 2023\",\"Persons 67+ 2024\"\n"
        for code in ["0301", "4601"] {
            let mine = rows.filter { $0["region_code"] == code }.sorted { $0["year_1jan"]! < $1["year_1jan"]! }
            text +=
                "\"\(code) \(mine[0]["region_name"]!)\"," + mine.map { $0["pop_18_66"]! }.joined(separator: ",")
                + "," + mine.map { $0["pop_67_plus"]! }.joined(separator: ",") + "\n"
        }
        let file = try StatbankCSVReader.read(bytes: Array(text.utf8), origin: "wide.csv")
        #expect(file.encoding == .utf8)
        #expect(file.separator == ",")
        #expect(file.table.ids == ["region", "ContentsCode", "Tid"])
        #expect(file.table.size == [2, 2, 2])
        #expect(file.table.dimension("ContentsCode")?.labels == ["Persons 18-66", "Persons 67+"])
        #expect(file.table.dimension(role: .time)?.codes == ["2023", "2024"])
        // README, file 3: Oslo had 502 900 inhabitants aged 18–66 on 1 January 2024.
        #expect(file.table.value(for: ["region": "0301", "ContentsCode": "Persons 18-66", "Tid": "2024"]) == 502_900)
        for row in rows {
            let cell = ["region": row["region_code"]!, "Tid": row["year_1jan"]!]
            #expect(file.table.value(for: cell.merging(["ContentsCode": "Persons 67+"]) { $1 }) == Double(row["pop_67_plus"]!))
        }
    }

    @Test("Decimal commas, the BOM, SSB's four symbols and an empty cell")
    func decimalCommaAndSymbols() throws {
        // Bergen and Kinn from shared/data file 10 (table 11695, 2024); the other rows show the symbols.
        let text =
            "\u{FEFF}\"region\";\"Uføretrygdede, personer 2024\";\"Uføretrygdede, prosent 2024\"\n"
            + "\"4601 Bergen\";16150;8,2\n\"4602 Kinn\";1192;11\n"
            + "\"4611 Etne\";..;.\n\"4612 Sveio\";:;-\n\"4613 Bømlo\";;\n"
        let file = try StatbankCSVReader.read(bytes: Array(text.utf8), origin: "11695.csv")
        #expect(file.encoding == .utf8WithBOM)
        let table = file.table
        #expect(table.tableID == "11695")
        let percent = "Uføretrygdede, prosent"
        #expect(table.value(for: ["region": "4601", "ContentsCode": percent]) == 8.2)
        #expect(table.value(for: ["region": "4602", "ContentsCode": percent]) == 11)
        #expect(table.status(for: ["region": "4611", "ContentsCode": "Uføretrygdede, personer"]) == .symbol(.missing))
        #expect(table.status(for: ["region": "4611", "ContentsCode": percent]) == .symbol(.notApplicable))
        #expect(table.value(for: ["region": "4611", "ContentsCode": percent]) == nil)
        #expect(table.status(for: ["region": "4612", "ContentsCode": "Uføretrygdede, personer"]) == .symbol(.confidential))
        #expect(table.status(for: ["region": "4612", "ContentsCode": percent]) == .symbol(.nil_))
        #expect(table.value(for: ["region": "4612", "ContentsCode": percent]) == 0)
        let empty = try #require(table.flatIndex(for: ["region": "4613", "ContentsCode": percent]))
        #expect(table.isMissing(at: empty))
        #expect(table.statusCount == 4)
    }

    @Test("A Statbank CSV of table 12134 gives the same cells as SSB's JSON-stat answer for the same query")
    func sameCellsAsJSONStat() throws {
        let path = "data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json"
        let json = try JSONStatDecoder.decode(SharedFixtures.data(path), origin: path)
        let csv = """
            "12134: Utvalgte nøkkeltall for kommuneregnskap, kommunekonsern, etter region, statistikkvariabel og år"

            "region";"Frie inntekter per innbygger (kr) 2024"
            "0301 Oslo - Oslove";81240
            "4601 Bergen";66605
            "5001 Trondheim - Tråante";62853

            """
        let table = try StatbankCSVReader.read(bytes: windows1252(csv), origin: "12134.csv").table
        #expect(table.size == json.size)
        #expect(table.tableID == json.tableID)
        #expect(table.dimensions.map(\.role) == json.dimensions.map(\.role))
        // SSB's fixed ids for contents and period; the region variable's id varies by table.
        #expect(table.ids == ["region", "ContentsCode", "Tid"] && json.ids == ["KOKkommuneregion0000", "ContentsCode", "Tid"])
        let fromCSV = table.longRows()
        let fromJSON = json.longRows()
        #expect(fromCSV.map(\.value) == fromJSON.map(\.value))
        #expect(fromCSV.map(\.status) == fromJSON.map(\.status))
        #expect(fromCSV.map(\.labels) == fromJSON.map(\.labels))
        // The codes agree for region and year; a text export carries no contents code (KOSAG110000).
        #expect(fromCSV.map { [$0.codes[0], $0.codes[2]] } == fromJSON.map { [$0.codes[0], $0.codes[2]] })

        // Exported with "code and text", every code and label agrees.
        let withCodes = csv.replacingOccurrences(of: "\"Frie inntekter", with: "\"KOSAG110000 Frie inntekter")
        let coded = try StatbankCSVReader.read(bytes: windows1252(withCodes), origin: "12134.csv").table.longRows()
        #expect(coded.map(\.codes) == fromJSON.map(\.codes))
        #expect(coded.map(\.labels) == fromJSON.map(\.labels))
        #expect(coded.map(\.value) == fromJSON.map(\.value))
    }

    @Test("An unquoted title in a comma-separated export is still the title")
    func unquotedTitle() throws {
        // Oslo and Bergen, 1 January 2024, from shared/data file 2.
        let text = "07459: Population, by region, contents and year\n\nregion,Persons 2024\n0301 Oslo,717710\n4601 Bergen,291940\n"
        let table = try StatbankCSVReader.read(bytes: Array(text.utf8), origin: "t.csv").table
        #expect(table.label == "07459: Population, by region, contents and year")
        #expect(table.tableID == "07459")
        #expect(table.value(for: ["region": "4601"]) == 291_940)
    }

    @Test("Tab-separated exports, quarters as periods, and the table number from Statbank's download name")
    func tabsAndQuarters() throws {
        // Bergen and Kinn, 2025K4, from shared/data file 11 (table 12451).
        let text = "region\tSykefraværsprosent 2025K4\n4601 Bergen\t5,5\n4602 Kinn\t5,9\n"
        let file = try StatbankCSVReader.read(bytes: Array(text.utf8), origin: "/tmp/12451_20260523-101500.csv")
        #expect(file.separator == "\t" && file.separatorName == "tab")
        #expect(file.table.tableID == "12451")
        #expect(file.table.dimension(role: .time)?.codes == ["2025K4"])
        #expect(file.table.dimension(role: .time)?.label == "tid")
        #expect(file.table.value(for: ["region": "4602"]) == 5.9)
    }

    @Test("Stub columns keep labels like '18 år' whole and split '3201 Bærum' into code and text")
    func codesAndTexts() throws {
        let text =
            "\"region\";\"alder\";\"Personer 2024\"\n\"3201 Bærum\";\"18 år\";1\n\"3201 Bærum\";\"19 år\";2\n\"EKG13 Kostragruppe 13\";\"18 år\";3\n\"EKG13 Kostragruppe 13\";\"19 år\";4\n"
        let table = try StatbankCSVReader.read(bytes: Array(text.utf8), origin: "t.csv").table
        #expect(table.dimension("region")?.codes == ["3201", "EKG13"])
        #expect(table.dimension("alder")?.codes == ["18 år", "19 år"])
        #expect(table.value(for: ["region": "EKG13", "alder": "19 år"]) == 4)
    }

    @Test("Bad input: a malformed number names file, line and column; a short row says truncated; a repeated row is refused")
    func badInput() {
        let header = "\"region\";\"Personer 2023\";\"Personer 2024\"\n"
        #expect(throws: ImportError.badNumber(file: "t.csv", line: 3, column: "3 ('Personer 2024')", text: "12O")) {
            try StatbankCSVReader.read(bytes: Array((header + "\"0301 Oslo\";1;2\n\"4601 Bergen\";3;12O\n").utf8), origin: "t.csv")
        }
        #expect(throws: ImportError.fieldCount(file: "t.csv", line: 3, found: 2, expected: 3)) {
            try StatbankCSVReader.read(bytes: Array((header + "\"0301 Oslo\";1;2\n\"4601 Bergen\";3").utf8), origin: "t.csv")
        }
        #expect(throws: ImportError.duplicateFigure(file: "t.csv", line: 3, firstLine: 2, what: "the figure for Oslo, Personer, 2023")) {
            try StatbankCSVReader.read(bytes: Array((header + "\"0301 Oslo\";1;2\n\"0301 Oslo\";3;4\n").utf8), origin: "t.csv")
        }
        // The reshaped SSB files in shared/data are plain tables, not Statbank exports: a 'quarter'
        // column alone does not make one when the last column holds text.
        #expect(!StatbankCSVReader.recognizes((try? SharedFixtures.text("data/ssb12451_sickness_absence_pct_vestland_2025K4.csv")) ?? ""))
        let notStatbank = "name;colour\napple;red\n"
        #expect(!StatbankCSVReader.recognizes(notStatbank))
        #expect(throws: ImportError.unknownFormat(file: "t.csv", start: "name;colour\napple;red")) {
            try StatbankCSVReader.read(bytes: Array(notStatbank.utf8), origin: "t.csv")
        }
    }

    @Test("One year of a table selected: its cells, values and SSB symbols, in order (test data)")
    func selectingOneYear() throws {
        let csv = "\"region\";\"Personer 2023\";\"Personer 2024\"\n\"Oslo\";1;2\n\"Bergen\";..;4\n\"Bodø\";5;:\n"
        let table = try StatbankCSVReader.read(bytes: Array(csv.utf8), origin: "07459.csv").table
        let year = try #require(table.selecting("Tid", position: 1))
        #expect(year.size == [3, 1, 1] && year.dimension("Tid")?.codes == ["2024"])
        #expect(year.value(for: ["region": "Oslo"]) == 2 && year.value(for: ["region": "Bergen"]) == 4)
        #expect(year.status(for: ["region": "Bodø"]) == .symbol(.confidential))
        let first = try #require(table.selecting("Tid", position: 0))
        #expect(first.status(for: ["region": "Bergen"]) == .symbol(.missing) && first.value(for: ["region": "Bodø"]) == 5)
        #expect(table.selecting("Tid", position: 2) == nil && table.selecting("alder", position: 0) == nil)
    }
}
