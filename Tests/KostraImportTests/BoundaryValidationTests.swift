import Foundation
import KostraImport
import KostraModel
import KostraTesting
import Testing

/// The one check every figure passes before it is stored (issue #21), and the file defects it
/// came with: each reproduces what a user met and now gets one clear message.
@Suite("Figures at the import boundary")
struct BoundaryValidationTests {
    let definitions = try! Definitions.bundled()
    var validator: FigureValidator { FigureValidator(catalog: definitions.catalog, today: Date(timeIntervalSince1970: 1_780_000_000)) }
    let header = "region;indicator;year;value;numerator;denominator;status\n"

    func readLong(_ body: String, name: String = "f.csv") throws(ImportError) -> PublishedFigures {
        try LongCSVReader(definitions: definitions).read(header + body, origin: name)
    }

    @Test("The catalogue's rules as data: years, units, and indicators that may be negative")
    func rules() {
        #expect(validator.years == 1986...2027)
        #expect(
            validator.problem(with: Observation(indicator: "recipients-18-24-share", region: "baerum", year: 2024, value: 250))
                == .implausible(indicator: "recipients-18-24-share", value: 250, unit: .percent, allowed: "0–100"))
        #expect(
            validator.problem(with: Observation(indicator: "payout-per-recipient", region: "baerum", year: 2024, value: -5))
                == .implausible(indicator: "payout-per-recipient", value: -5, unit: .kroner, allowed: "at least 0"))
        #expect(validator.problem(with: Observation(indicator: "net-expenditure-f243-per-18-66", region: "baerum", year: 2024, value: -12)) == nil)
        #expect(
            validator.problem(with: Observation(indicator: "payout-per-recipient", region: "baerum", year: 2024, value: .infinity))
                == .notFinite(indicator: "payout-per-recipient", part: "value"))
        #expect(
            validator.problem(with: Observation(indicator: "recipients", region: "baerum", year: 2999, value: 1))
                == .yearOutOfRange(year: 2999, range: 1986...2027))
        #expect(
            validator.problem(
                with: Observation(
                    indicator: "recipients-18-24-share", region: "baerum", year: 2024, value: 2, numerator: 10, denominator: 0))
                == .denominatorNotPositive(indicator: "recipients-18-24-share", denominator: 0))
        // Oslo 2024 as published: 2 284 021 (1000 kr) / 25 085 = 91 051,27 kr, printed 91 051: agrees.
        #expect(
            validator.problem(
                with: Observation(
                    indicator: "payout-per-recipient", region: "oslo", year: 2024, value: 91051, numerator: 2284021, denominator: 25085)) == nil)
        #expect(
            validator.problem(
                with: Observation(
                    indicator: "payout-per-recipient", region: "oslo", year: 2024, value: 81051, numerator: 2284021, denominator: 25085))
                == .inconsistent(
                    indicator: "payout-per-recipient", value: 81051, numerator: 2284021, denominator: 25085, expected: 2284021.0 * 1000 / 25085))
    }

    @Test("A long CSV row that breaks a rule is refused with its line and what to do")
    func longCSVRows() {
        #expect(
            throws: ImportError.invalidFigure(
                file: "f.csv", place: "line 2",
                problem: .implausible(indicator: "recipients-18-24-share", value: 250, unit: .percent, allowed: "0–100"))
        ) {
            try readLong("Bærum;recipients-18-24-share;2024;250;;;\n")
        }
        let error = ImportError.invalidFigure(
            file: "f.csv", place: "line 3", problem: .denominatorNotPositive(indicator: "recipients-18-24-share", denominator: 0))
        #expect(throws: error) { try readLong("Bærum;recipients;2024;5;;;\nAsker;recipients-18-24-share;2024;2;10;0;\n") }
        #expect(
            error.errorDescription
                == "f.csv, line 3: the denominator of recipients-18-24-share is 0; a denominator must be greater than 0. Correct it, or leave it empty. Nothing was imported."
        )
        let inconsistent = ImportError.invalidFigure(
            file: "f.csv", place: "line 2",
            problem: .inconsistent(
                indicator: "payout-per-recipient", value: 81051, numerator: 2284021, denominator: 25085, expected: 2284021.0 * 1000 / 25085))
        #expect(throws: inconsistent) { try readLong("Oslo;payout-per-recipient;2024;81051;2284021;25085;\n") }
        #expect(
            inconsistent.errorDescription
                == "f.csv, line 2: payout-per-recipient is 81051, but its numerator 2284021 and denominator 25085 give 91051.266. Correct the value, the numerator or the denominator. Nothing was imported."
        )
    }

    @Test("'1.234' kroner is refused with both readings; '0.877' and a three-decimal index are not ambiguous")
    func ambiguousThousands() throws {
        let error = ImportError.ambiguousNumber(
            file: "f.csv", line: 2, column: "4 (value)", text: "1.234", asDecimal: "1,234", asThousands: "1234")
        #expect(throws: error) { try readLong("Bærum;payout-per-recipient;2024;1.234;;;\n") }
        #expect(
            error.errorDescription
                == "f.csv, line 2, column 4 (value): '1.234' could be 1,234 (the point as a decimal point) or 1234 (the point as a thousands separator). Write it with a decimal comma and no thousands separator, as 1,234 or 1234. Nothing was imported."
        )
        let read = try readLong("Bærum;rbi;2024;1.243;;;\nAsker;rbi;2024;0.877;;;\nOslo;payout-per-recipient;2024;91051.5;;;\n")
        #expect(read.observations.map(\.value) == [1.243, 0.877, 91051.5])
    }

    @Test("Excel's 'sep=;' first line and its ';;;;;;' padding rows are not rows")
    func excelPadding() throws {
        let text = "sep=;\n" + header + "Bærum;recipients;2024;5;;;\n;;;;;;\n;;;;;;\r\n"
        let read = try LongCSVReader(definitions: definitions).read(text, origin: "excel.csv")
        #expect(read.observations == [Observation(indicator: "recipients", region: "baerum", year: 2024, value: 5)])
        #expect(LongCSVReader.recognizes(text))
        let statbank = "sep=;\n\"07459: Befolkning\";;;\n\n\"region\";\"Personer 2023\";\"Personer 2024\"\n\"0301 Oslo - Oslove\";10;11\n;;\n"
        #expect(StatbankCSVReader.recognizes(statbank))
        let (table, separator) = try StatbankCSVReader.read(statbank, origin: "07459.csv")
        #expect(separator == ";" && table.values == [10, 11] && table.tableID == "07459")
    }

    @Test("An unterminated quote is named with its line and column")
    func unterminatedQuote() {
        let error = ImportError.unterminatedQuote(file: "f.csv", line: 3, column: 1)
        #expect(throws: error) { try readLong("Bærum;recipients;2024;5;;;\n\"Asker;recipients;2024;5;;;\n") }
        #expect(
            error.errorDescription
                == "f.csv, line 3, column 1: a quote (\") opens a field but is never closed, so the rest of the line would be one field. Close the quote or remove it. Nothing was imported."
        )
    }

    @Test("A 20 MB region name is refused at once, and the message quotes only its start")
    func hugeCell() throws {
        let name = String(repeating: "x", count: 20_000_000)
        let started = Date()
        var caught: ImportError?
        do { _ = try readLong("\(name);recipients;2024;5;;;\n") } catch { caught = error }
        #expect(Date().timeIntervalSince(started) < 30)
        let error = try #require(caught)
        #expect(error == .cellTooLong(file: "f.csv", line: 2, column: 1, length: 20_000_000, limit: 1_000, start: String(repeating: "x", count: 40)))
        let message = try #require(error.errorDescription)
        #expect(message.count < 400)
        #expect(message.hasPrefix("f.csv, line 2, column 1: the cell holds 20000000 characters (it starts 'xxxx"))
        // Any message quoting a user's text keeps to an excerpt.
        let long = ImportError.unknownRegion(file: "f.csv", line: 2, name: String(repeating: "y", count: 5_000), suggestions: [])
        #expect((long.errorDescription ?? "").count < 250)
    }

    @Test("Published figures: a share over 100 % is refused with its line and column")
    func publishedImplausible() {
        let text = "category;indicator;unit;baerum_2024\nDekningsgrader;Andel sosialhjelpsmottakere 18-24 år av innbyggere 18-24 år;prosent;250\n"
        #expect(
            throws: ImportError.invalidFigure(
                file: "p.csv", place: "line 2, column baerum_2024",
                problem: .implausible(indicator: "recipients-18-24-share", value: 250, unit: .percent, allowed: "0–100"))
        ) {
            try PublishedFiguresReader(definitions: definitions).read(text, origin: "p.csv", municipality: nil)
        }
    }
}
