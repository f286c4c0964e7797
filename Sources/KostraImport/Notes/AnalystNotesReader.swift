public import Foundation
public import KostraModel

/// Reads an analyst's Markdown notes: `##` sections matched to indicators or areas, and the
/// figures each section was written against (the `kostra-figures` comment under its heading).
public struct AnalystNotesReader: Sendable {
    /// The summary's area name; sections under it open the report.
    public static let summaryArea = "Oppsummering"

    private let catalog: IndicatorCatalog

    public init(catalog: IndicatorCatalog) {
        self.catalog = catalog
    }

    /// The areas a section may name besides an indicator: the summary and the profile's categories.
    public var areas: [String] {
        var seen: [String] = [Self.summaryArea]
        for indicator in catalog.indicators where !indicator.isBaseFigure && !seen.contains(indicator.category) {
            seen.append(indicator.category)
        }
        return seen
    }

    public func read(contentsOf url: URL) throws(NotesError) -> AnalystNotes {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: url.path, reason: "it is not UTF-8 text; save it as UTF-8")
        }
        return try read(text, file: url.path)
    }

    public func read(_ text: String, file: String) throws(NotesError) -> AnalystNotes {
        var header: [String: String] = [:]
        var preamble: [String] = []
        var sections: [NoteSection] = []
        var current: (heading: String, line: Int, recorded: [RecordedFigure], indicator: IndicatorID?, body: [String])?

        func finish() throws(NotesError) {
            guard let open = current else { return }
            let target = try resolve(open.heading, indicator: open.indicator, file: file, line: open.line)
            if let earlier = sections.first(where: { $0.target == target }) {
                throw .duplicateSection(file: file, line: open.line, heading: open.heading, firstLine: earlier.line)
            }
            let markdown = open.body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            sections.append(NoteSection(heading: open.heading, line: open.line, target: target, recorded: open.recorded, markdown: markdown))
        }

        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let number = offset + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("## ") {
                try finish()
                current = (String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces), number, [], nil, [])
            } else if let fields = Self.comment(trimmed, tag: "kostra-notes") {
                header = Dictionary(try Self.pairs(fields, file: file, line: number, text: trimmed), uniquingKeysWith: { _, last in last })
            } else if let fields = Self.comment(trimmed, tag: "kostra-figures") {
                guard current != nil else {
                    throw .badFigureComment(file: file, line: number, text: trimmed, expected: "it under a `##` heading")
                }
                let (indicator, figures) = try figuresComment(fields, file: file, line: number, text: trimmed)
                current?.indicator = indicator
                current?.recorded += figures
            } else if trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") {
                // A one-line comment is for whoever edits the file (the template's reminders); readers never see it.
                continue
            } else if current != nil {
                current?.body.append(line)
            } else if !trimmed.hasPrefix("# ") {
                // The document title (`# ...`) is the file's own; everything else before the first section is kept.
                preamble.append(line)
            }
        }
        try finish()
        return AnalystNotes(
            municipality: header["municipality"], year: header["year"].flatMap { Int($0) }, network: header["network"],
            preamble: preamble.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), sections: sections)
    }

    private func resolve(_ heading: String, indicator: IndicatorID?, file: String, line: Int) throws(NotesError) -> NoteTarget {
        if let indicator { return .indicator(indicator) }
        if let found = catalog.indicator(id: heading) ?? catalog.indicator(matchingLabel: heading), !found.isBaseFigure {
            return .indicator(found.id)
        }
        let key = IndicatorCatalog.labelKey(heading)
        if let area = areas.first(where: { IndicatorCatalog.labelKey($0) == key }) { return .area(area) }
        throw .unknownHeading(file: file, line: line, heading: heading, areas: areas)
    }

    private func figuresComment(_ fields: String, file: String, line: Int, text: String) throws(NotesError)
        -> (IndicatorID?, [RecordedFigure])
    {
        let expected = "`<!-- kostra-figures indicator=ID value@YEAR=NUMBER average@YEAR=NUMBER -->`"
        var indicator: IndicatorID?
        var figures: [RecordedFigure] = []
        for (key, value) in try Self.pairs(fields, file: file, line: line, text: text) {
            if key == "indicator" {
                guard catalog.indicator(id: value) != nil else { throw .unknownIndicator(file: file, line: line, id: value) }
                indicator = value
                continue
            }
            let parts = key.split(separator: "@")
            guard parts.count == 2, let kind = RecordedFigure.Kind(rawValue: String(parts[0])), let year = Int(parts[1]),
                let number = Double(value)
            else { throw .badFigureComment(file: file, line: line, text: text, expected: expected) }
            figures.append(RecordedFigure(kind: kind, year: year, value: number))
        }
        return (indicator, figures.sorted { ($0.year, $0.kind.rawValue) < ($1.year, $1.kind.rawValue) })
    }

    /// The inside of `<!-- tag ... -->`, or nil when the line is not that comment.
    private static func comment(_ line: String, tag: String) -> String? {
        guard line.hasPrefix("<!--"), line.hasSuffix("-->") else { return nil }
        let inner = line.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix(tag + " ") || inner == tag else { return nil }
        return String(inner.dropFirst(tag.count))
    }

    private static func pairs(_ fields: String, file: String, line: Int, text: String) throws(NotesError) -> [(String, String)] {
        try fields.split(separator: " ", omittingEmptySubsequences: true).map { (field) throws(NotesError) in
            let parts = field.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else {
                throw .badFigureComment(file: file, line: line, text: text, expected: "key=value pairs separated by spaces")
            }
            return (String(parts[0]), String(parts[1]))
        }
    }
}
