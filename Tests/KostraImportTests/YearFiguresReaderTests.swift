import KostraImport
import Testing

@Suite("Supplied deflator and cost-index files")
struct YearFiguresReaderTests {
    @Test func readsRatesWithCommentsAndDecimalComma() throws {
        let rates = try YearFiguresReader().yearly("# KPI\når;deflator\n2023;5,5\n2024;3.1\n", file: "d.csv")
        #expect(rates == [2023: 5.5, 2024: 3.1])
    }

    @Test func readsCostIndicesPerMunicipality() throws {
        let rows = try YearFiguresReader().perRegion("\u{FEFF}kommune;år;kostnadsindeks\r\nBærum;2024;0,9985\r\n", file: "k.csv")
        #expect(rows == [.init(region: "Bærum", year: 2024, value: 0.9985, line: 2)])
    }

    @Test func aMissingOrUnreadableFigureIsAnErrorNotAZero() {
        #expect(throws: ImportError.badNumber(file: "d.csv", line: 3, column: "deflator", text: "")) {
            try YearFiguresReader().yearly("år;deflator\n2022;6,7\n2023;\n", file: "d.csv")
        }
        #expect(throws: ImportError.badNumber(file: "d.csv", line: 2, column: "år", text: "2O23")) {
            try YearFiguresReader().yearly("år;deflator\n2O23;4\n", file: "d.csv")
        }
        #expect(throws: ImportError.badNumber(file: "d.csv", line: 3, column: "år", text: "2023 (given twice)")) {
            try YearFiguresReader().yearly("år;deflator\n2023;4\n2023;5\n", file: "d.csv")
        }
        #expect(throws: ImportError.empty(file: "d.csv")) { try YearFiguresReader().yearly("år;deflator\n", file: "d.csv") }
        #expect(throws: ImportError.fieldCount(file: "k.csv", line: 2, found: 2, expected: 3)) {
            try YearFiguresReader().perRegion("kommune;år;kostnadsindeks\nBærum;2024\n", file: "k.csv")
        }
    }
}
