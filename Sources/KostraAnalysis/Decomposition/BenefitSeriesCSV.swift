public import Foundation
import KostraModel

/// Reads the analysts' file of yearly social-assistance volumes for the growth decomposition.
///
/// The file looks like this:
/// ```
/// # Bærum, SSB tabell 04687
/// år;mottakere;stønadsmåneder;utbetalt
/// 2015;2 457;14 372,5;160 512 000
/// 2019;2 558;17 215;200 865 000
/// ```
/// - Fields are separated by semicolons; the four columns may come in any order, and no other
///   columns are allowed (so a misspelt name is reported instead of silently ignored).
/// - Numbers take a decimal comma or point, and spaces (also no-break and thin spaces) between
///   groups of three digits. A point is always a decimal point here, never a thousands separator.
/// - Lines starting with `#` and blank lines (or lines of empty fields, as spreadsheets write
///   them) are skipped. The text is UTF-8, with or without a byte-order mark.
/// - An empty cell or an SSB symbol (`..`, `.`, `:`, `-`) is an error, never zero.
public enum BenefitSeriesCSV {
    /// One data line and where it was found.
    public struct Row: Sendable, Hashable {
        /// The 1-based line number in the file.
        public var line: Int
        public var figures: BenefitYearFigures
    }

    /// The column name of the year.
    public static let yearColumn = "år"
    /// The header as it should be written.
    public static let header = "år;mottakere;stønadsmåneder;utbetalt"

    /// Reads the file's bytes (UTF-8, optionally with a byte-order mark).
    public static func parse(data: Data) throws(DecompositionError) -> [BenefitYearFigures] {
        guard let text = String(data: data, encoding: .utf8) else { throw .invalidEncoding }
        return try parse(text)
    }

    /// Reads the file's text. Returns one entry per year, sorted by year.
    public static func parse(_ text: String) throws(DecompositionError) -> [BenefitYearFigures] {
        try parseRows(text).map(\.figures)
    }

    /// Reads the file's text, keeping each row's line number. Rows are sorted by year.
    public static func parseRows(_ text: String) throws(DecompositionError) -> [Row] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        // `isNewline` treats "\r\n" as one separator, so Windows files number lines correctly.
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)

        var columns: [String: Int]?  // column name → 0-based field index
        var headerLine = 0
        var fieldCount = 0
        var rows: [Row] = []
        var firstLineOfYear: [Int: Int] = [:]

        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = rawLine.split(separator: ";", omittingEmptySubsequences: false).map(cleanCell)
            if fields.allSatisfy(\.isEmpty) { continue }

            guard let columns else {
                columns = try readHeader(fields, line: lineNumber)
                headerLine = lineNumber
                fieldCount = fields.count
                continue
            }
            guard fields.count == fieldCount else {
                throw .wrongFieldCount(line: lineNumber, found: fields.count, expected: fieldCount)
            }
            let yearIndex = columns[yearColumn] ?? 0
            let year = try readYear(fields[yearIndex], line: lineNumber, column: yearIndex + 1)
            var values: [BenefitField: Double] = [:]
            for field in BenefitField.allCases {
                let fieldIndex = columns[field.columnName] ?? 0
                values[field] = try readNumber(
                    fields[fieldIndex], line: lineNumber, column: fieldIndex + 1, columnName: field.columnName)
            }
            if let firstLine = firstLineOfYear[year] {
                throw .duplicateYearInFile(year: year, line: lineNumber, firstLine: firstLine)
            }
            firstLineOfYear[year] = lineNumber
            rows.append(
                Row(
                    line: lineNumber,
                    figures: BenefitYearFigures(
                        year: year,
                        recipients: values[.recipients] ?? 0,
                        benefitMonths: values[.benefitMonths] ?? 0,
                        payout: values[.payout] ?? 0)))
        }
        guard columns != nil else { throw .emptyFile }
        guard !rows.isEmpty else { throw .noDataRows(headerLine: headerLine) }
        return rows.sorted { $0.figures.year < $1.figures.year }
    }

    // MARK: - Cells

    private static let requiredColumns = [yearColumn] + BenefitField.allCases.map(\.columnName)

    private static func readHeader(_ fields: [String], line: Int) throws(DecompositionError) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            let name = field.lowercased()
            guard requiredColumns.contains(name) else {
                throw .unknownColumn(name: field, line: line, column: index + 1)
            }
            guard columns[name] == nil else { throw .duplicateColumn(name: field, line: line, column: index + 1) }
            columns[name] = index
        }
        for name in requiredColumns where columns[name] == nil {
            throw .missingColumn(name: name, headerLine: line, foundColumns: fields)
        }
        return columns
    }

    /// Trims spaces and one pair of surrounding double quotes (spreadsheets quote cells with spaces).
    private static func cleanCell(_ cell: Substring) -> String {
        var text = cell.trimmingCharacters(in: .whitespaces)
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    private static func readYear(_ text: String, line: Int, column: Int) throws(DecompositionError) -> Int {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text) else {
            if text.isEmpty { throw .emptyCell(line: line, column: column, columnName: yearColumn) }
            throw .invalidYear(line: line, column: column, text: text)
        }
        return year
    }

    private static func readNumber(
        _ text: String, line: Int, column: Int, columnName: String
    ) throws(DecompositionError) -> Double {
        if text.isEmpty { throw .emptyCell(line: line, column: column, columnName: columnName) }
        if let symbol = StatusSymbol(cell: text) {
            throw .statusSymbolInCell(line: line, column: column, columnName: columnName, symbol: symbol.symbol)
        }
        guard let value = NumberCell.parse(text) else {
            throw .invalidNumber(line: line, column: column, columnName: columnName, text: text)
        }
        return value
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

/// Reads one number written the Norwegian or the English way, without a thousands point.
enum NumberCell {
    /// Spaces that may separate groups of thousands: space, no-break, narrow no-break, thin.
    private static let groupSeparators: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    static func parse(_ text: String) -> Double? {
        var rest = Substring(text)
        var negative = false
        if let first = rest.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            rest = rest.dropFirst()
        }
        let decimalMarks = rest.filter { $0 == "," || $0 == "." }
        guard decimalMarks.count <= 1 else { return nil }
        let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        let integerPart = parts[0]
        let fractionPart = parts.count > 1 ? parts[1] : ""
        guard !integerPart.isEmpty, fractionPart.allSatisfy(\.isASCIIDigit) else { return nil }
        if parts.count > 1, fractionPart.isEmpty { return nil }

        // Grouped digits must be grouped properly ("1 234 567"), so "12 34" is rejected rather than read as 1234.
        let groups = integerPart.split(omittingEmptySubsequences: false, whereSeparator: { groupSeparators.contains($0) })
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let plain = groups.joined() + (fractionPart.isEmpty ? "" : "." + fractionPart)
        guard let magnitude = Double(plain), magnitude.isFinite else { return nil }
        return negative ? -magnitude : magnitude
    }
}
