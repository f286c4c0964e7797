/// An HTML page being written: markup from this program is appended as is, everything that comes
/// from data goes through ``text(_:)``.
///
/// Escapes the same five characters as Mustache's HTML escaping (`& < > " '`), so a value is safe
/// in element content and in a double-quoted attribute. Most values need no escaping at all and are
/// appended in one copy after a scan of their bytes; a report is some 10 000 values, so this is what
/// keeps writing one under a millisecond or two.
struct HTMLText {
    private(set) var html = ""

    init(capacity: Int) {
        html.reserveCapacity(capacity)
    }

    /// Markup written by this program, or HTML that is already safe (a chart's SVG, rendered Markdown).
    mutating func raw(_ markup: String) {
        html += markup
    }

    /// Text from data, escaped.
    mutating func text(_ text: String) {
        guard text.utf8Contains(where: Self.isSpecial) else {
            html += text
            return
        }
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if Self.isSpecial(byte) {
                html += Substring(utf8[start..<index])
                html += Self.entity(byte)
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        html += Substring(utf8[start...])
    }

    /// A figure as it should read in a table: escaped, with non-breaking spaces so `kr 70 784`
    /// never wraps, and a real minus sign (U+2212) in place of a leading hyphen when `negative`.
    mutating func figure(_ text: String, negative: Bool) {
        var figure = text
        if figure.utf8.contains(UInt8(ascii: " ")) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(figure.utf8.count + 8)
            for byte in figure.utf8 {
                if byte == UInt8(ascii: " ") {
                    bytes += [0xC2, 0xA0]  // U+00A0 NO-BREAK SPACE in UTF-8
                } else {
                    bytes.append(byte)
                }
            }
            figure = String(decoding: bytes, as: UTF8.self)
        }
        if negative, figure.utf8.first == UInt8(ascii: "-") {
            figure = "\u{2212}" + figure.dropFirst()
        }
        self.text(figure)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    private static func entity(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
    }
}
