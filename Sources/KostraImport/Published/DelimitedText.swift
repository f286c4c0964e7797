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
    }

    /// No label or figure SSB, NAV or KS writes comes near this many characters; a longer cell is
    /// refused before any name is matched, since matching costs time in the length of the text.
    static let maximumCellLength = 1_000

    static func lines(_ text: String, separator: Character = ";") -> [Line] {
        var result: [Line] = []
        var number = 0
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would leave a CRLF file
        // (Excel's and Statbank's line ending) as one long line.
        for raw in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            // Excel's "sep=;" first line names the separator; it is not a row.
            if number == 1, isSeparatorHint(trimmed) { continue }
            // Excel pads a sheet's empty rows as ';;;;;;' when it saves CSV: no row at all.
            if trimmed.allSatisfy({ $0 == separator || $0 == " " || $0 == "\t" || $0 == "\"" }) { continue }
            let (split, unterminated) = fieldsAndQuote(of: line, separator: separator)
            result.append(Line(number: number, fields: split, unterminatedQuote: unterminated))
        }
        return result
    }

    /// Whether `line` is Excel's `sep=;` hint (any one separator character).
    static func isSeparatorHint(_ line: Substring) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces).lowercased()
        return text.hasPrefix("sep=") && text.count == 5
    }

    /// The separator an Excel `sep=` first line names, if the text starts with one.
    static func separatorHint(_ text: String) -> Character? {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        guard let first = body.split(whereSeparator: \.isNewline).first, isSeparatorHint(first) else { return nil }
        return first.trimmingCharacters(in: .whitespaces).last
    }

    /// Refuses lines the readers cannot take apart safely: an unclosed quote, or a cell far
    /// longer than any label (checked before any name matching, whose cost grows with length).
    static func check(_ lines: [Line], origin: String) throws(ImportError) {
        for line in lines {
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
