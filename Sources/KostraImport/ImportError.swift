public import Foundation
public import KostraModel

/// Errors reading a file to import, each naming the file, the line (and column where
/// it helps), what was expected, and what to do. Nothing is stored when one is thrown.
public enum ImportError: Error, LocalizedError, Equatable, Sendable {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The file is not UTF-8 text.
    case notText(file: String)
    /// No header line was found.
    case missingHeader(file: String, expected: String)
    /// A header column is not understood.
    case badHeader(file: String, line: Int, column: String, expected: String)
    /// A line has a different number of fields than the header.
    case fieldCount(file: String, line: Int, found: Int, expected: Int)
    /// A cell is neither a number nor an SSB symbol.
    case badNumber(file: String, line: Int, column: String, text: String)
    /// A row's label matches no catalogue indicator.
    case unknownLabel(file: String, line: Int, label: String, suggestions: [String])
    /// A row's unit contradicts the catalogue.
    case unitMismatch(file: String, line: Int, indicator: String, found: String, expected: String)
    /// A region named in the file is not known.
    case unknownRegion(file: String, line: Int, name: String, suggestions: [String])
    /// The file names another municipality than the one given on the command line.
    case municipalityMismatch(file: String, column: String, inFile: String, given: String)
    /// The file holds no figures.
    case empty(file: String)
    /// The file holds a zero byte, so it is not text (a spreadsheet or an archive, say).
    case binaryFile(file: String, line: Int, column: Int)
    /// The file is text in an encoding the readers do not take (UTF-16 from "Unicode text" exports).
    case unsupportedEncoding(file: String, found: String)
    /// The file mixes valid UTF-8 with bytes that are not UTF-8, so no single encoding reads it.
    case mixedEncoding(file: String, line: Int, column: Int, byte: UInt8)
    /// The file is none of the formats `kostra import` reads.
    case unknownFormat(file: String, start: String)
    /// A row names an indicator id that is not in the catalogue.
    case unknownIndicator(file: String, line: Int, id: String, suggestions: [String])
    /// A row has neither a value nor a status explaining why there is none.
    case missingValue(file: String, line: Int)
    /// A row has a value and a status that says there can be none.
    case contradictoryStatus(file: String, line: Int, status: String, value: String)
    /// A cell holds something other than what its column takes.
    case badCell(file: String, line: Int, column: String, text: String, expected: String)
    /// Two rows give a figure for the same indicator, region, year and basis.
    case duplicateFigure(file: String, line: Int, firstLine: Int, what: String)
    /// No recipe maps the table's contents to catalogue indicators, so its figures cannot be stored.
    case noRecipe(file: String, table: String, contents: [String])
    /// A figure the catalogue's rules refuse (``FigureValidator``); `place` is `line 3` or the table's cell.
    case invalidFigure(file: String, place: String, problem: FigureProblem)
    /// A number whose one separator could be a decimal point or a thousands separator (`1.234`).
    case ambiguousNumber(file: String, line: Int, column: String, text: String, asDecimal: String, asThousands: String)
    /// A quote opened in a field is never closed, so the rest of the line is one field.
    case unterminatedQuote(file: String, line: Int, column: Int)
    /// A cell longer than any label or figure can be; refused before any matching is done.
    case cellTooLong(file: String, line: Int, column: Int, length: Int, limit: Int, start: String)
    /// A workbook whose sheets or cells are not in a layout the reader knows.
    case unknownLayout(file: String, sheet: String, cell: String, found: String, expected: String)
    /// A NAV file without a whole year for any municipality, so no yearly figure can be made.
    case incompleteYear(file: String, year: Int, months: [String])
    /// A Statbank export written with texts only, where the recipes need SSB's codes.
    case textsOnly(file: String, column: String, example: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason)). Check the path and permissions."
        case .notText(let file):
            return "\(file): is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and import it again."
        case .missingHeader(let file, let expected):
            return "\(file): no header line was found; expected \(expected). Nothing was imported."
        case .badHeader(let file, let line, let column, let expected):
            return "\(file), line \(line): the column '\(Self.excerpt(column))' is not understood; expected \(expected). Nothing was imported."
        case .fieldCount(let file, let line, let found, let expected):
            return
                "\(file), line \(line): has \(found) fields, but the header has \(expected). The file may be truncated or a label may contain a semicolon. Nothing was imported."
        case .badNumber(let file, let line, let column, let text):
            return
                "\(file), line \(line), column \(column): '\(Self.excerpt(text))' is not a number (decimal comma or point) or an SSB symbol (., .., :, -). Nothing was imported."
        case .unknownLabel(let file, let line, let label, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Closest catalogue labels: \(suggestions.map { "'\($0)'" }.joined(separator: "; "))."
            return
                "\(file), line \(line): the indicator '\(Self.excerpt(label))' is not in the catalogue.\(hint) Correct the label (or use a catalogue id from 'kostra indicators'). Nothing was imported."
        case .unitMismatch(let file, let line, let indicator, let found, let expected):
            return
                "\(file), line \(line): the unit '\(found)' does not fit \(indicator), which is measured in \(expected). Check that the row is the indicator you mean. Nothing was imported."
        case .unknownRegion(let file, let line, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "\(file), line \(line): no municipality, group or network is called '\(Self.excerpt(name))'.\(hint) Nothing was imported."
        case .municipalityMismatch(let file, let column, let inFile, let given):
            return
                "\(file): the column '\(column)' holds figures for \(inFile), but --municipality names \(given). Give the municipality the file is about. Nothing was imported."
        case .empty(let file):
            return "\(file): holds no figures. Nothing was imported."
        case .binaryFile(let file, let line, let column):
            return
                "\(file), line \(line), column \(column): holds a zero byte, so it is not a text file (perhaps a spreadsheet or an archive). Export it as CSV and import that. Nothing was imported."
        case .unsupportedEncoding(let file, let found):
            return
                "\(file): is \(found) text, which kostra does not read. Save it as CSV UTF-8 (or from Statbank as CSV) and import it again. Nothing was imported."
        case .mixedEncoding(let file, let line, let column, let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return
                "\(file), line \(line), column \(column): the byte 0x\(hex) is not UTF-8, but earlier text is UTF-8, so the file mixes two encodings (often text pasted from a Windows-1252 file). Save the whole file as UTF-8 and import it again. Nothing was imported."
        case .unknownFormat(let file, let start):
            return
                "\(file): is not a format kostra imports (it starts with '\(Self.excerpt(start))'). Expected a JSON-stat 2.0 file, a Statbank CSV export, the long CSV with the header 'region;indicator;year;value;numerator;denominator;status', or a published-figures table ('category;indicator;unit;…' or 'series;region;<year>;…'). See docs/importing.md. Nothing was imported."
        case .unknownIndicator(let file, let line, let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return
                "\(file), line \(line): no catalogue indicator has the id '\(Self.excerpt(id))'.\(hint) Run 'kostra indicators' for the ids. Nothing was imported."
        case .missingValue(let file, let line):
            return
                "\(file), line \(line): has no value and no status. Give the value, or an SSB symbol in 'status' (.. missing, . not applicable, : confidential, - nil) saying why there is none. Nothing was imported."
        case .contradictoryStatus(let file, let line, let status, let value):
            return
                "\(file), line \(line): has the value '\(Self.excerpt(value))' and the status '\(status)', which says there is no figure. Remove one of them. Nothing was imported."
        case .badCell(let file, let line, let column, let text, let expected):
            return "\(file), line \(line), column \(column): '\(Self.excerpt(text))' is not \(expected). Nothing was imported."
        case .duplicateFigure(let file, let line, let firstLine, let what):
            return
                "\(file), line \(line): gives \(Self.excerpt(what, limit: 200)) again (first on line \(firstLine)). Keep one of the rows. Nothing was imported."
        case .invalidFigure(let file, let place, let problem):
            return "\(file), \(place): \(problem). Nothing was imported."
        case .ambiguousNumber(let file, let line, let column, let text, let asDecimal, let asThousands):
            return
                "\(file), line \(line), column \(column): '\(Self.excerpt(text))' could be \(asDecimal) (the point as a decimal point) or \(asThousands) (the point as a thousands separator). Write it with a decimal comma and no thousands separator, as \(asDecimal) or \(asThousands). Nothing was imported."
        case .unterminatedQuote(let file, let line, let column):
            return
                "\(file), line \(line), column \(column): a quote (\") opens a field but is never closed, so the rest of the line would be one field. Close the quote or remove it. Nothing was imported."
        case .cellTooLong(let file, let line, let column, let length, let limit, let start):
            return
                "\(file), line \(line), column \(column): the cell holds \(length) characters (it starts '\(Self.excerpt(start))'); no label or figure is longer than \(limit). Check that the file is the export you meant. Nothing was imported."
        case .unknownLayout(let file, let sheet, let cell, let found, let expected):
            return
                "\(file), sheet '\(Self.excerpt(sheet))', cell \(cell): found '\(Self.excerpt(found))' where \(expected). The workbook is not in a layout kostra knows (docs/importing.md, NAV files); import the file as NAV publishes it, or put the figures in the long CSV. Nothing was imported."
        case .incompleteYear(let file, let year, let months):
            let had = months.isEmpty ? "no month" : months.joined(separator: ", ")
            return
                "\(file): holds NAV's figures for \(had) of \(year) only. A yearly figure is the mean of all twelve months (NAV's årsgjennomsnitt, docs/importing.md), so none can be made from this file. Import NAV's file once it holds the whole year (the January release has December), or a file with every month. Nothing was imported."
        case .textsOnly(let file, let column, let example):
            return
                "\(file): the column '\(Self.excerpt(column))' holds texts only ('\(Self.excerpt(example))'), but the recipes need SSB's codes. Download the table again from Statbank with 'code and text' (or 'code') chosen for every variable. Nothing was imported."
        case .noRecipe(let file, let table, let contents):
            let codes = contents.isEmpty ? "" : " / contents code\(contents.count == 1 ? "" : "s") \(contents.joined(separator: ", "))"
            return
                "\(file): no recipe maps table \(table)\(codes) to catalogue indicators, so its figures cannot be stored. Use 'kostra inspect \(file)' to look at it, or put the figures in the long CSV (docs/importing.md). Nothing was imported."
        }
    }

    /// At most `limit` characters of a text the user gave, so that a 20 MB cell is not echoed whole.
    public static func excerpt(_ text: String, limit: Int = 80) -> String {
        guard text.utf8.count > limit else { return text }
        let start = text.prefix(limit)
        guard start.count == limit else { return text }
        return "\(start)… (\(text.unicodeScalars.count) characters)"
    }
}

extension ImportError: ClassifiedError {
    /// Every import error is about the file given: nothing of it was stored.
    public var failureKind: FailureKind { .invalidInput }
    public var parameter: String? { "file" }

    public var suggestions: [String] {
        switch self {
        case .unknownLabel(_, _, _, let suggestions), .unknownRegion(_, _, _, let suggestions),
            .unknownIndicator(_, _, _, let suggestions):
            suggestions
        default: []
        }
    }
}
