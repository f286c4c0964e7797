import Foundation

/// The file formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable, Hashable {
    /// One self-contained, printable HTML file.
    case html
    /// A4 PDF printed from the HTML by headless Chromium.
    case pdf
    /// A Word document with real headings and tables; charts as pictures.
    case docx
    /// An Excel workbook: one sheet per table and a «Kilder» sheet.
    case xlsx
    /// One CSV file per table (semicolons, decimal commas, UTF-8 with BOM) in a folder.
    case csv

    /// Whether producing the format needs Chromium.
    public var needsChromium: Bool { self == .pdf || self == .docx }

    /// Parses a comma-separated list such as `html,pdf`. An unknown name's error suggests the nearest format.
    public static func parse(list: String) -> Result<[ReportFormat], FormatError> {
        var formats: [ReportFormat] = []
        for part in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            guard let format = ReportFormat(rawValue: aliases[part] ?? part) else {
                return .failure(FormatError(name: part, suggestion: suggestion(for: part)))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? .failure(FormatError(name: list, suggestion: nil)) : .success(formats)
    }

    /// Other names people use for the formats.
    static let aliases = ["htm": "html", "word": "docx", "excel": "xlsx", "doc": "docx", "xls": "xlsx"]

    static func suggestion(for name: String) -> ReportFormat? {
        let names = allCases.map { ($0, $0.rawValue) } + aliases.compactMap { alias, target in ReportFormat(rawValue: target).map { ($0, alias) } }
        let scored = names.map { ($0.0, distance(Array(name), Array($0.1))) }.min { $0.1 < $1.1 }
        guard let (format, score) = scored, score <= 2 else { return nil }
        return format
    }

    /// Levenshtein distance, small enough for format names.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// A misspelt or unknown format name.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var name: String
        public var suggestion: ReportFormat?

        public var description: String {
            let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            if let suggestion { return "Unknown report format '\(name)'. Did you mean '\(suggestion.rawValue)'? Formats: \(known)." }
            return "Unknown report format '\(name)'. Formats: \(known) (comma-separated, e.g. --format html,pdf)."
        }
    }
}
