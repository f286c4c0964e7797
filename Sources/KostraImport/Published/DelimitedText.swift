/// Splits semicolon-separated text into numbered lines of fields, skipping `#` comments
/// and blank lines, and honouring double quotes around fields.
struct DelimitedText {
    struct Line {
        /// 1-based line number in the file, for error messages.
        var number: Int
        var fields: [String]
    }

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
            result.append(Line(number: number, fields: fields(of: line, separator: separator)))
        }
        return result
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
        return fields
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
