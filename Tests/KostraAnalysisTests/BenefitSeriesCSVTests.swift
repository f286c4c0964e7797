import Foundation
import KostraAnalysis
import Testing

@Suite("Benefit series CSV")
struct BenefitSeriesCSVTests {
    @Test func readsNorwegianAndEnglishNumbersCommentsAndBOM() throws {
        let text =
            "\u{FEFF}# Bærum, SSB tabell 04687\r\n"
            + "år;mottakere;stønadsmåneder;utbetalt\r\n"
            + "\r\n"
            + "2019; 2 558 ;17\u{00A0}215,5;\"200 865 000\"\r\n"
            + "  # a comment between rows\r\n"
            + "2015;2457;14372.25;160512000\r\n"
            + ";;;\r\n"
        let rows = try BenefitSeriesCSV.parseRows(text)
        #expect(rows.map(\.line) == [6, 4])  // sorted by year, line numbers kept
        #expect(rows[0].figures == BenefitYearFigures(year: 2015, recipients: 2_457, benefitMonths: 14_372.25, payout: 160_512_000))
        #expect(rows[1].figures == BenefitYearFigures(year: 2019, recipients: 2_558, benefitMonths: 17_215.5, payout: 200_865_000))
    }

    @Test func columnsMayComeInAnyOrder() throws {
        let figures = try BenefitSeriesCSV.parse(data: Data("utbetalt;år;stønadsmåneder;mottakere\n1000;2020;10;2\n".utf8))
        #expect(figures == [BenefitYearFigures(year: 2020, recipients: 2, benefitMonths: 10, payout: 1_000)])
    }

    @Test func invalidNumberNamesLineAndColumn() {
        let text = "# test\når;mottakere;stønadsmåneder;utbetalt\n2015;10;20;30\n2016;10;12,3,4;30\n"
        #expect {
            try BenefitSeriesCSV.parse(text)
        } throws: { error in
            (error as? DecompositionError)?.errorDescription
                == "Line 4, column 3 (stønadsmåneder): \"12,3,4\" is not a number. "
                + "Write numbers like 1234, 1 234 or 1234,5 (spaces may separate thousands; comma or point for decimals)."
        }
    }

    @Test func emptyCellIsNotZero() {
        let text = "år;mottakere;stønadsmåneder;utbetalt\n2015;10;;30\n"
        #expect {
            try BenefitSeriesCSV.parse(text)
        } throws: { error in
            (error as? DecompositionError)?.errorDescription
                == "Line 2, column 3 (stønadsmåneder) is empty. "
                + "A missing figure is not zero: supply the number, or remove the line for that year."
        }
    }

    @Test(arguments: [
        (
            "år;mottakere;stønadsmåneder;utbetalt\n2015;..;20;30\n",
            DecompositionError.statusSymbolInCell(line: 2, column: 2, columnName: "mottakere", symbol: "..")
        ),
        ("år;mottakere;stønadsmåneder;utbetalt\n2015;10;20\n", .wrongFieldCount(line: 2, found: 3, expected: 4)),
        (
            "år;mottakere;stønadsmåneder\n2015;10;20\n",
            .missingColumn(name: "utbetalt", headerLine: 1, foundColumns: ["år", "mottakere", "stønadsmåneder"])
        ),
        ("år;mottakere;stønadsmåneder;utbetalt kr\n", .unknownColumn(name: "utbetalt kr", line: 1, column: 4)),
        ("år;mottakere;mottakere;utbetalt\n", .duplicateColumn(name: "mottakere", line: 1, column: 3)),
        (
            "år;mottakere;stønadsmåneder;utbetalt\n2015;1;2;3\n2015;1;2;3\n",
            .duplicateYearInFile(year: 2015, line: 3, firstLine: 2)
        ),
        ("år;mottakere;stønadsmåneder;utbetalt\n15;1;2;3\n", .invalidYear(line: 2, column: 1, text: "15")),
        (
            "år;mottakere;stønadsmåneder;utbetalt\n2015;12 34;2;3\n",
            .invalidNumber(line: 2, column: 2, columnName: "mottakere", text: "12 34")
        ),
        (
            "år;mottakere;stønadsmåneder;utbetalt\n2015;1.234,5;2;3\n",
            .invalidNumber(line: 2, column: 2, columnName: "mottakere", text: "1.234,5")
        ),
        ("# only a comment\n\n", .emptyFile),
        ("# c\når;mottakere;stønadsmåneder;utbetalt\n", .noDataRows(headerLine: 2)),
    ])
    func malformedFilesAreRejected(text: String, expected: DecompositionError) {
        #expect(throws: expected) { try BenefitSeriesCSV.parse(text) }
    }

    @Test func invalidUTF8IsRejected() {
        #expect(throws: DecompositionError.invalidEncoding) {
            try BenefitSeriesCSV.parse(data: Data([0x61, 0xFF, 0xFE, 0x3B]))
        }
    }

    @Test func fileFeedsTheDecomposition() throws {
        let text =
            "år;mottakere;stønadsmåneder;utbetalt\n2015;1 000;10 000;100 000 000\n"
            + "2019;1 041;12 044,37;125 141 004,3\n"
        let result = try GrowthDecomposition(
            region: "Bærum", series: BenefitSeriesCSV.parse(text), baseYear: 2015, comparisonYear: 2019)
        #expect(result.parts.map { $0.formattedGrowth() } == ["4,1 %", "15,7 %", "3,9 %", "1,4 %", "25,1 %"])
    }
}
