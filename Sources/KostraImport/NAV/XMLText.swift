import Foundation

/// Just enough of XML to read the parts of an Excel workbook (SpreadsheetML): elements found
/// by name in order, their attributes, their text with entities decoded. The parts are
/// machine-written and flat, so a scanner is shorter and faster than a general parser.
struct XMLText {
    let text: Substring

    init(_ text: Substring) { self.text = text }

    /// Each `<name …>…</name>` or `<name …/>` element in order: its attribute text and its content.
    func elements(_ name: String) -> [(attributes: Substring, content: Substring)] {
        var found: [(Substring, Substring)] = []
        let open = "<\(name)"
        let close = "</\(name)>"
        var rest = text[...]
        while let start = rest.range(of: open) {
            let afterName = start.upperBound
            // `<c` must not match `<col`: the name ends at a space, `>` or `/`.
            guard afterName < rest.endIndex, [" ", ">", "/", "\t", "\n", "\r"].contains(rest[afterName]) else {
                rest = rest[afterName...]
                continue
            }
            guard let tagEnd = rest[afterName...].firstIndex(of: ">") else { break }
            let selfClosing = rest[rest.index(before: tagEnd)] == "/"
            let attributes = rest[afterName..<(selfClosing ? rest.index(before: tagEnd) : tagEnd)]
            let contentStart = rest.index(after: tagEnd)
            if selfClosing {
                found.append((attributes, rest[contentStart..<contentStart]))
                rest = rest[contentStart...]
            } else if let end = rest[contentStart...].range(of: close) {
                found.append((attributes, rest[contentStart..<end.lowerBound]))
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        return found
    }

    /// The value of attribute `name` in an element's attribute text, decoded.
    static func attribute(_ name: String, in attributes: Substring) -> String? {
        var rest = attributes[...]
        while let range = rest.range(of: name + "=") {
            let before = range.lowerBound == rest.startIndex ? " " : rest[rest.index(before: range.lowerBound)]
            let quoteIndex = range.upperBound
            guard quoteIndex < rest.endIndex else { return nil }
            let quote = rest[quoteIndex]
            let valueStart = rest.index(after: quoteIndex)
            guard before == " " || before == "\t" || before == "\n" || before == "\r", quote == "\"" || quote == "'",
                let valueEnd = rest[valueStart...].firstIndex(of: quote)
            else {
                rest = rest[range.upperBound...]
                continue
            }
            return decode(rest[valueStart..<valueEnd])
        }
        return nil
    }

    /// The text of every `<t>` inside `content`, joined (rich text runs are several).
    static func texts(in content: Substring) -> String {
        XMLText(content).elements("t").map { decode($0.content) }.joined()
    }

    /// Text with XML's entities and character references replaced.
    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let number =
                    entity.hasPrefix("#x")
                    ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { out.unicodeScalars.append(scalar) } else { out += "&\(entity);" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }
}
