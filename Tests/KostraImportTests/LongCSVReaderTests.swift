import KostraImport
import KostraModel
import Testing

/// The long CSV, KostraKit's exchange format, read against the bundled catalogue and regions.
@Suite("Long CSV")
struct LongCSVReaderTests {
    let definitions = try! Definitions.bundled()
    var reader: LongCSVReader { LongCSVReader(definitions: definitions) }
    let header = "region;indicator;year;value;numerator;denominator;status\n"

    @Test("Regions by any code or name, network figures, decimal comma or point, numerator and denominator")
    func readsRows() throws {
        // Figures from shared/data README, file 3 (Oslo 2024) and the bundled Bærum profile.
        let text =
            "# a comment line\n" + header + """
                0301;payout-per-recipient;2024;91051;2284021;25085;
                Oslo - Oslove;net-expenditure-f281-per-18-66;2024;4473;;;
                0219;payout-per-recipient;2024;70784;;;
                Baerum;recipients-18-24-share;2024;2.3;;;
                Høyest ASSS;payout-per-recipient;2024;91 051;;;
                ASSS med Oslo;recipients-18-24-share;2024;5,3;;;
                Kostragruppe 13;kvp-per-1000;2021;..;;;..
                """
        let figures = try reader.read(text, origin: "t.csv")
        #expect(figures.observations.count == 5)
        let oslo = try #require(figures.observations.first)
        #expect(oslo.region == "oslo" && oslo.value == 91051 && oslo.numerator == 2_284_021 && oslo.denominator == 25085)
        #expect(figures.observations[1].region == "oslo")
        #expect(figures.observations[2].region == "baerum" && figures.observations[2].year == 2024)
        #expect(figures.observations[3].value == 2.3 && figures.observations[3].basis == .nominal)
        let group = figures.observations[4]
        #expect(group.region == "kostragruppe-13" && group.value == nil && group.status == .missing)
        #expect(figures.aggregates.map(\.statistic) == [.highest, .average])
        #expect(figures.aggregates[0].value == 91051 && figures.aggregates[0].network == "asss" && figures.aggregates[0].label == "ASSS")
        #expect(figures.aggregates[1].value == 5.3 && figures.aggregates[1].label == "ASSS med Oslo")
    }

    @Test("Statuses explain empty values; '-' is an exact zero; basis is optional and read when given")
    func statusesAndBasis() throws {
        let text = """
            region;indicator;year;value;status;basis
            Bærum;kvp-per-1000;2024;;:;
            Bærum;kvp-per-1000;2023;-;;
            Bærum;kvp-per-1000;2022;0;-;nominal
            Bærum;net-expenditure-social-per-capita;2024;4329;;both
            """
        let figures = try reader.read(text, origin: "t.csv")
        #expect(figures.observations.map(\.status) == [.confidential, .nil_, .nil_, nil])
        #expect(figures.observations.map(\.value) == [nil, 0, 0, 4329])
        #expect(figures.observations.map(\.basis) == [.nominal, .nominal, .nominal, .both])
    }

    @Test("A comma-separated long CSV with decimal points and quoted fields reads the same")
    func commas() throws {
        let text =
            "region,indicator,year,value,numerator,denominator,status\r\n\"3201 Bærum\",payout-per-recipient,2024,70784,,,\r\nOslo,recipients-18-24-share,2024,\"5,3\",,,\r\n"
        let figures = try reader.read(text, origin: "t.csv")
        #expect(figures.observations.map(\.region) == ["baerum", "oslo"])
        #expect(figures.observations.map(\.value) == [70784, 5.3])
    }

    @Test("Each faulty row is one clear error with file, line and column")
    func errors() {
        func error(_ row: String) -> ImportError? {
            do {
                _ = try reader.read(header + row + "\n", origin: "t.csv")
                return nil
            } catch { return error }
        }
        #expect(error("Bærum;kvp-per-1000;2024;;;;") == .missingValue(file: "t.csv", line: 2))
        #expect(error("Bærum;kvp-per-1000;2024;2,9;;;..") == .contradictoryStatus(file: "t.csv", line: 2, status: "..", value: "2,9"))
        #expect(
            error("Bærum;kvp-per-1000;24;2,9;;;")
                == .badCell(file: "t.csv", line: 2, column: "3 (year)", text: "24", expected: "a year such as 2024"))
        #expect(
            error("Bærum;kvp-per-1000;2024;2,9;;;x")?.errorDescription?.contains("line 2, column 7 (status): 'x' is not one of SSB's symbols") == true
        )
        #expect(error("Bærum;kvp-per-1000;2024;2,9;1O;;")?.errorDescription?.contains("line 2, column 5 (numerator): '1O' is not a number") == true)
        #expect(error("Bærum;kvp-per-1000;2024;2.9.1;;;") == .badNumber(file: "t.csv", line: 2, column: "4 (value)", text: "2.9.1"))
        if case .unknownIndicator(let file, let line, let id, let suggestions)? = error("Bærum;kvp-per-1001;2024;2,9;;;") {
            #expect(file == "t.csv" && line == 2 && id == "kvp-per-1001" && suggestions.first == "kvp-per-1000")
        } else {
            Issue.record("an unknown indicator id must be refused")
        }
        // A published label where an id belongs gets the id it stands for.
        #expect(
            error("Bærum;Stønad (bidrag+lån) per sosialhjelpsmottaker;2024;1;;;")
                == .unknownIndicator(
                    file: "t.csv", line: 2, id: "Stønad (bidrag+lån) per sosialhjelpsmottaker", suggestions: ["payout-per-recipient"]))
        #expect(
            error("9999;kvp-per-1000;2024;2,9;;;")?.errorDescription?.hasPrefix("t.csv, line 2: no municipality, group or network is called '9999'.")
                == true)
        #expect(
            error("Bærum;kvp-per-1000;2024;2,9;;;\nBaerum;kvp-per-1000;2024;3,0;;;")
                == .duplicateFigure(file: "t.csv", line: 3, firstLine: 2, what: "kvp-per-1000 for Bærum in 2024"))
        #expect(error("Bærum;kvp-per-1000;2024;2,9") == .fieldCount(file: "t.csv", line: 2, found: 4, expected: 7))
        #expect(throws: ImportError.empty(file: "t.csv")) { try reader.read(header, origin: "t.csv") }
        #expect(throws: ImportError.self) { try reader.read("region;year;value\nBærum;2024;1\n", origin: "t.csv") }
    }
}
