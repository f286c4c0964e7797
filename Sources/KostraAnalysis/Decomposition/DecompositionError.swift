public import Foundation
public import KostraModel

/// What can go wrong when decomposing payout growth or reading the analysts' file.
///
/// Lines and columns are 1-based, counted as a text editor shows them
/// (comment and blank lines included), so the analyst can go straight to the cell.
public enum DecompositionError: Error, LocalizedError, Equatable, Sendable {
    /// A figure is zero or negative, so growth from it (or a ratio over it) is undefined.
    case nonPositiveFigure(region: String, year: Int, field: BenefitField, value: Double, isBaseYear: Bool)
    /// A figure is not a finite number (infinite or NaN).
    case nonFiniteFigure(region: String, year: Int, field: BenefitField)
    /// The series has no row for a requested year.
    case missingYear(region: String, year: Int, availableYears: [Int])
    /// The comparison year is not later than the base year.
    case comparisonNotAfterBase(region: String, baseYear: Int, comparisonYear: Int)
    /// The series holds two rows for the same year.
    case duplicateYear(region: String, year: Int)

    /// The file's bytes are not UTF-8.
    case invalidEncoding
    /// The file has no header line (it is empty or holds only comments).
    case emptyFile
    /// A required column is not in the header.
    case missingColumn(name: String, headerLine: Int, foundColumns: [String])
    /// The header names a column the reader does not know.
    case unknownColumn(name: String, line: Int, column: Int)
    /// The header names the same column twice.
    case duplicateColumn(name: String, line: Int, column: Int)
    /// A data line has a different number of fields from the header.
    case wrongFieldCount(line: Int, found: Int, expected: Int)
    /// A cell is empty.
    case emptyCell(line: Int, column: Int, columnName: String)
    /// A cell holds one of Statistics Norway's symbols (`..`, `.`, `:`, `-`) instead of a number.
    case statusSymbolInCell(line: Int, column: Int, columnName: String, symbol: String)
    /// A cell does not read as a number.
    case invalidNumber(line: Int, column: Int, columnName: String, text: String)
    /// The year cell does not read as a whole year.
    case invalidYear(line: Int, column: Int, text: String)
    /// Two data lines give the same year.
    case duplicateYearInFile(year: Int, line: Int, firstLine: Int)
    /// The file has a header but no data lines.
    case noDataRows(headerLine: Int)

    public var errorDescription: String? {
        switch self {
        case let .nonPositiveFigure(region, year, field, value, isBaseYear):
            if isBaseYear {
                return "In the base year \(year) the \(field.englishName) for \(region) is \(NumberText.plain(value)). "
                    + "Growth from a zero or negative base is undefined. "
                    + "Correct the figure for \(year) or choose a base year whose figures are all above zero."
            }
            return "In the comparison year \(year) the \(field.englishName) for \(region) is \(NumberText.plain(value)). "
                + "The decomposition needs all three figures above zero in both years "
                + "(months per recipient and payout per month are undefined otherwise). "
                + "Correct the figure for \(year) or choose another comparison year."
        case let .nonFiniteFigure(region, year, field):
            return "The \(field.englishName) for \(region) in \(year) is not a finite number. "
                + "Supply the figure as a plain number."
        case let .missingYear(region, year, available):
            let list = available.isEmpty ? "none" : available.map(String.init).joined(separator: ", ")
            return "There are no figures for \(region) in \(year) (years available: \(list)). "
                + "Add a row for \(year) or choose a year that is present."
        case let .comparisonNotAfterBase(region, baseYear, comparisonYear):
            return "The comparison year \(comparisonYear) for \(region) is not after the base year \(baseYear). "
                + "Give the earlier year as the base year and the later year as the comparison year."
        case let .duplicateYear(region, year):
            return "The series for \(region) has more than one row for \(year). Keep one row per year."
        case .invalidEncoding:
            return "The file is not UTF-8 text. Save it as \"CSV UTF-8\" (with or without byte-order mark) and read it again."
        case .emptyFile:
            return "The file has no header line. The first line that is not blank or a # comment must be "
                + "\"år;mottakere;stønadsmåneder;utbetalt\"."
        case let .missingColumn(name, headerLine, found):
            return "The header on line \(headerLine) has no column \"\(name)\" "
                + "(found: \(found.map { "\"\($0)\"" }.joined(separator: ", "))). "
                + "The header must be \"år;mottakere;stønadsmåneder;utbetalt\", separated by semicolons."
        case let .unknownColumn(name, line, column):
            return "Line \(line), column \(column): the header names an unknown column \"\(name)\". "
                + "Use only the columns år, mottakere, stønadsmåneder and utbetalt."
        case let .duplicateColumn(name, line, column):
            return "Line \(line), column \(column): the header names the column \"\(name)\" a second time. "
                + "Each column may appear only once."
        case let .wrongFieldCount(line, found, expected):
            return "Line \(line) has \(found) fields, but the header has \(expected). "
                + "Separate the fields with semicolons and use a decimal comma or point inside numbers, never a semicolon."
        case let .emptyCell(line, column, columnName):
            return "Line \(line), column \(column) (\(columnName)) is empty. "
                + "A missing figure is not zero: supply the number, or remove the line for that year."
        case let .statusSymbolInCell(line, column, columnName, symbol):
            return "Line \(line), column \(column) (\(columnName)) holds Statistics Norway's symbol \"\(symbol)\" "
                + "instead of a number. The decomposition needs a figure for every year: "
                + "supply the number, or remove the line for that year."
        case let .invalidNumber(line, column, columnName, text):
            return "Line \(line), column \(column) (\(columnName)): \"\(text)\" is not a number. "
                + "Write numbers like 1234, 1 234 or 1234,5 (spaces may separate thousands; comma or point for decimals)."
        case let .invalidYear(line, column, text):
            return "Line \(line), column \(column) (år): \"\(text)\" is not a year. Write the year as four digits, e.g. 2019."
        case let .duplicateYearInFile(year, line, firstLine):
            return "Line \(line) gives the year \(year) again (first given on line \(firstLine)). Keep one line per year."
        case let .noDataRows(headerLine):
            return "The file has a header on line \(headerLine) but no data lines. Add one line per year below the header."
        }
    }
}

extension DecompositionError: ClassifiedError {
    /// The inputs were understood; the figures do not allow the computation.
    public var failureKind: FailureKind { .cannotCompute }
}
