/// Keeps formatted figures on one line wherever a person reads them: the spaces inside
/// `kr 70 784`, `2,0 %`, `per 1 000` become no-break spaces, and the hyphen in a range such as
/// `18-66` becomes a non-breaking hyphen (U+2011).
///
/// Done once on the finished ``ReportDocument`` rather than in each writer, so prose, headings,
/// captions, alt text and table cells read the same in HTML, PDF, Word, Excel and slides. An
/// ordinary space lets a PDF or Word line break inside `kr 70 | 784`; an ordinary hyphen lets
/// a heading break after `18-`, which text extraction then joins to `1866`. The non-breaking
/// hyphen is a character of its own, so `pdftotext` keeps it.
public enum FigureSpacing {
    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    static let noBreakHyphen: [UInt8] = [0xE2, 0x80, 0x91]

    /// `text` with the breakable spaces and hyphens inside formatted figures replaced; the same
    /// string when there are none (most cells), so a report of thousands of values stays fast.
    public static func keepingFiguresTogether(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // The bytes between replacements are copied a run at a time: a report passes a few
            // hundred kilobytes of text through here, and copying byte by byte was most of its cost.
            var output: [UInt8] = []
            var copied = 0
            var replaced = false
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x2D else { continue }
                let replacement: [UInt8]
                if byte == 0x20, joinsAcrossSpace(bytes, at: index) {
                    replacement = noBreakSpace
                } else if byte == 0x2D, index > 0, index + 1 < bytes.count, isDigit(bytes[index - 1]), isDigit(bytes[index + 1]) {
                    replacement = noBreakHyphen
                } else {
                    continue
                }
                if !replaced { output.reserveCapacity(bytes.count + 64) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                output.append(contentsOf: replacement)
                copied = index + 1
                replaced = true
            }
            guard replaced else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// Whether the space at `index` sits inside a figure: between thousands groups, after `kr`
    /// or `per` before a number, or between a number and `%`.
    static func joinsAcrossSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let before = index > 0 ? bytes[index - 1] : 0
        if isDigit(before) {
            if next == UInt8(ascii: "%") { return true }
            // Exactly three digits follow: a thousands group (`70 784`, `kr 1 234 000`).
            if index + 3 < bytes.count, isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 3]) {
                return index + 4 >= bytes.count || !isDigit(bytes[index + 4])
            }
            return false
        }
        // A number after `kr` or `per`: a digit, a sign, or a minus sign (U+2212, E2 88 92).
        let startsNumber =
            isDigit(next) || next == UInt8(ascii: "-") || next == UInt8(ascii: "+")
            || (next == 0xE2 && index + 3 < bytes.count && bytes[index + 2] == 0x88 && bytes[index + 3] == 0x92)
        guard startsNumber else { return false }
        return endsWithWord("kr", bytes, before: index) || endsWithWord("per", bytes, before: index)
    }

    /// Whether `word` ends just before `index` and is a whole word (no letter before it; bytes
    /// over 0x7F count as letters, so `ø` or `æ` in front of it make it part of a longer word).
    static func endsWithWord(_ word: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index >= count else { return false }
        let start = index - count
        for offset in 0..<count where bytes[start + offset] != word.utf8Start[offset] { return false }
        guard start > 0 else { return true }
        let previous = bytes[start - 1]
        return !(isLetter(previous) || previous >= 0x80)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}

extension ReportDocument {
    /// The document with every text a person reads passed through
    /// ``FigureSpacing/keepingFiguresTogether(_:)``: titles, facts, headings, paragraphs, list
    /// items, captions, column and row headers, cells, notes, chart titles and alt text.
    /// Ids, file names and sheet names are left as they are.
    public func keepingFiguresTogether() -> ReportDocument {
        let keep = FigureSpacing.keepingFiguresTogether
        var document = self
        document.titlePage.kicker = keep(titlePage.kicker)
        document.titlePage.title = keep(titlePage.title)
        for index in document.titlePage.facts.indices {
            document.titlePage.facts[index].value = keep(document.titlePage.facts[index].value)
        }
        document.footer = keep(footer)
        // Chapters on every core at once: a report passes a few hundred kilobytes of text through here.
        document.sections = sections.concurrentMap { $0.keepingFiguresTogether() }
        return document
    }
}

extension ReportSection {
    func keepingFiguresTogether() -> ReportSection {
        let keep = FigureSpacing.keepingFiguresTogether
        var section = self
        section.title = keep(title)
        section.blocks = blocks.map { block -> ReportBlock in
            switch block {
            case .paragraph(let paragraph): return .paragraph(paragraph.keepingFiguresTogether())
            case .list(let items): return .list(items.map { $0.keepingFiguresTogether() })
            case .table(let table): return .table(table.keepingFiguresTogether())
            case .chart(var chart):
                chart.title = keep(chart.title)
                chart.altText = keep(chart.altText)
                chart.caption = chart.caption.map(keep)
                return .chart(chart)
            }
        }
        section.subsections = subsections.map { $0.keepingFiguresTogether() }
        return section
    }
}

extension ReportParagraph {
    func keepingFiguresTogether() -> ReportParagraph {
        var paragraph = self
        paragraph.text = FigureSpacing.keepingFiguresTogether(text)
        paragraph.trace = trace.map(FigureSpacing.keepingFiguresTogether)
        paragraph.foreign?.text = FigureSpacing.keepingFiguresTogether(foreign?.text ?? "")
        return paragraph
    }
}

extension ReportTable {
    func keepingFiguresTogether() -> ReportTable {
        let keep = FigureSpacing.keepingFiguresTogether
        var table = self
        table.caption = keep(caption)
        for index in table.columns.indices { table.columns[index].title = keep(table.columns[index].title) }
        for row in table.rows.indices {
            table.rows[row].header = keep(table.rows[row].header)
            for cell in table.rows[row].cells.indices { table.rows[row].cells[cell].text = keep(table.rows[row].cells[cell].text) }
        }
        table.sourceNote = sourceNote.map(keep)
        table.notes = notes.map(keep)
        return table
    }
}
