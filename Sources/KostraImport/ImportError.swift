public import Foundation

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

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason)). Check the path and permissions."
        case .notText(let file):
            return "\(file): is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and import it again."
        case .missingHeader(let file, let expected):
            return "\(file): no header line was found; expected \(expected). Nothing was imported."
        case .badHeader(let file, let line, let column, let expected):
            return "\(file), line \(line): the column '\(column)' is not understood; expected \(expected). Nothing was imported."
        case .fieldCount(let file, let line, let found, let expected):
            return "\(file), line \(line): has \(found) fields, but the header has \(expected). The file may be truncated or a label may contain a semicolon. Nothing was imported."
        case .badNumber(let file, let line, let column, let text):
            return "\(file), line \(line), column \(column): '\(text)' is not a number (decimal comma or point) or an SSB symbol (., .., :, -). Nothing was imported."
        case .unknownLabel(let file, let line, let label, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Closest catalogue labels: \(suggestions.map { "'\($0)'" }.joined(separator: "; "))."
            return "\(file), line \(line): the indicator '\(label)' is not in the catalogue.\(hint) Correct the label (or use a catalogue id from 'kostra indicators'). Nothing was imported."
        case .unitMismatch(let file, let line, let indicator, let found, let expected):
            return "\(file), line \(line): the unit '\(found)' does not fit \(indicator), which is measured in \(expected). Check that the row is the indicator you mean. Nothing was imported."
        case .unknownRegion(let file, let line, let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "\(file), line \(line): no municipality, group or network is called '\(name)'.\(hint) Nothing was imported."
        case .municipalityMismatch(let file, let column, let inFile, let given):
            return "\(file): the column '\(column)' holds figures for \(inFile), but --municipality names \(given). Give the municipality the file is about. Nothing was imported."
        case .empty(let file):
            return "\(file): holds no figures. Nothing was imported."
        }
    }
}
