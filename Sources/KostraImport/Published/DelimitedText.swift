import Foundation

/// Splits semicolon-separated text into numbered lines of fields, skipping `#` comments
/// and blank lines, and honouring double quotes around fields.
struct DelimitedText {
    struct Line {
        /// 1-based line number in the file, for error messages.
        var number: Int
        var fields: [String]
        /// The 1-based column of a field whose opening quote is never closed, if any.
        var unterminatedQuote: Int? = nil
        /// A cell over the length limit (then `fields` is empty: the line is not split).
        var oversized: (column: Int, length: Int, start: String)? = nil
    }

    /// No label or figure SSB, NAV or KS writes comes near this many characters; a longer cell is
    /// refused before any name is matched, since matching costs time in the length of the text.
    static let maximumCellLength = 1_000

    static func lines(_ text: String, separator: Character = ";") -> [Line] {
        var result: [Line] = []
        var number = 0
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // Lines are found on the UTF-8 bytes (LF, CRLF or a lone CR, as old Mac Excel wrote), which
        // costs the same for a 20 MB line as for a short one; fields are split per line after.
        let utf8 = body.utf8
        var start = utf8.startIndex
        func take(_ end: String.Index) {
            number += 1
            let line = body[start..<end]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
            // Excel's "sep=;" first line names the separator; it is not a row.
            if number == 1, isSeparatorHint(trimmed) { return }
            // A line far longer than any row: find its oversized cell on the bytes, without
            // splitting it into characters (that is what made a 20 MB name hang).
            if line.utf8.count > maximumCellLength, let oversized = oversizedCell(line, separator: separator) {
                result.append(Line(number: number, fields: [], oversized: oversized))
                return
            }
            // Excel pads a sheet's empty rows as ';;;;;;' when it saves CSV: no row at all.
            if trimmed.allSatisfy({ $0 == separator || $0 == " " || $0 == "\t" || $0 == "\"" }) { return }
            let (split, unterminated) = fieldsAndQuote(of: line, separator: separator)
            result.append(Line(number: number, fields: split, unterminatedQuote: unterminated))
        }
        // The line ends as byte offsets, found on the contiguous bytes (fast even in a debug build).
        let ends: [(end: Int, next: Int)] =
            utf8.withContiguousStorageIfAvailable(Self.lineEnds)
            ?? Array(utf8).withUnsafeBufferPointer(Self.lineEnds)
        for (end, next) in ends {
            take(utf8.index(utf8.startIndex, offsetBy: end))
            start = utf8.index(utf8.startIndex, offsetBy: next)
        }
        take(utf8.endIndex)
        return result
    }

    /// Where each line ends (LF, CRLF or a lone CR) and where the next one starts, as byte offsets.
    static func lineEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [(end: Int, next: Int)] {
        var ends: [(end: Int, next: Int)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                let next = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                ends.append((index, next))
                index = next
            } else {
                index += 1
            }
        }
        return ends
    }

    /// The first cell of `line` longer than the limit, found on its bytes: its 1-based column,
    /// its length in characters (Unicode scalars) and its first 40 characters.
    static func oversizedCell(_ line: Substring, separator: Character) -> (column: Int, length: Int, start: String)? {
        guard let separatorByte = separator.asciiValue else { return nil }
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, from: Int, to: Int)? in
            var column = 1
            var cellStart = 0
            var quoted = false
            for index in 0...bytes.count {
                if index == bytes.count || (!quoted && bytes[index] == separatorByte) {
                    if index - cellStart > maximumCellLength { return (column, cellStart, index) }
                    column += 1
                    cellStart = index + 1
                } else if bytes[index] == 0x22 {
                    quoted.toggle()
                }
            }
            return nil
        }
        let utf8 = line.utf8
        guard let found = utf8.withContiguousStorageIfAvailable(scan) ?? Array(utf8).withUnsafeBufferPointer(scan) else { return nil }
        let cell = line[utf8.index(utf8.startIndex, offsetBy: found.from)..<utf8.index(utf8.startIndex, offsetBy: found.to)]
        return (found.column, cell.unicodeScalars.count, String(String.UnicodeScalarView(cell.unicodeScalars.prefix(40))))
    }

    /// Whether `line` is Excel's `sep=;` hint (any one separator character).
    static func isSeparatorHint(_ line: Substring) -> Bool {
        guard line.utf8.count < 16 else { return false }
        let text = line.trimmingCharacters(in: .whitespaces).lowercased()
        return text.hasPrefix("sep=") && text.count == 5
    }

    /// The separator an Excel `sep=` first line names, if the text starts with one.
    static func separatorHint(_ text: String) -> Character? {
        var body = head(text, lines: 1)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        guard body.utf8.count < 16, let first = body.split(whereSeparator: \.isNewline).first, isSeparatorHint(first)
        else { return nil }
        return first.trimmingCharacters(in: .whitespaces).last
    }

    /// Refuses lines the readers cannot take apart safely: an unclosed quote, or a cell far
    /// longer than any label (checked before any name matching, whose cost grows with length).
    static func check(_ lines: [Line], origin: String) throws(ImportError) {
        for line in lines {
            if let oversized = line.oversized {
                throw .cellTooLong(
                    file: origin, line: line.number, column: oversized.column, length: oversized.length,
                    limit: maximumCellLength, start: oversized.start)
            }
            if let column = line.unterminatedQuote {
                throw .unterminatedQuote(file: origin, line: line.number, column: column)
            }
            for (index, field) in line.fields.enumerated() where field.utf8.count > maximumCellLength {
                throw .cellTooLong(
                    file: origin, line: line.number, column: index + 1, length: field.count, limit: maximumCellLength,
                    start: String(field.prefix(40)))
            }
        }
    }

    /// The first `count` lines of `text`, found on the UTF-8 bytes without splitting the rest,
    /// so that telling formats apart costs the same for a 10 MB file as for a small one.
    static func head(_ text: String, lines count: Int = 40) -> Substring {
        var seen = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                seen += 1
                if seen == count { return text[..<index] }
            }
            index = utf8.index(after: index)
        }
        return text[...]
    }

    static func fields(of line: Substring, separator: Character) -> [String] {
        fieldsAndQuote(of: line, separator: separator).fields
    }

    /// The fields of a line, and the 1-based column of a field whose quote never closes.
    static func fieldsAndQuote(of line: Substring, separator: Character) -> (fields: [String], unterminated: Int?) {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if quoted {
                if character == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" {
                        current.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == separator {
                fields.append(current.trimmed)
                current = ""
            } else {
                current.append(character)
            }
            index = line.index(after: index)
        }
        fields.append(current.trimmed)
        return (fields, quoted ? fields.count : nil)
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
