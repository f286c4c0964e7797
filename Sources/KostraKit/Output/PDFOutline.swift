import Foundation

/// The bookmarks (outline) of a PDF that Chromium printed, each with the page number its
/// heading landed on, read so the contents list can print page numbers.
///
/// Chromium cannot put page numbers in a contents list itself (CSS `target-counter()` is not
/// supported), but with `--generate-pdf-document-outline` it writes one bookmark per heading,
/// each pointing at its page. Its PDF writer (Skia) writes the outline and the page tree as
/// plain objects (`<</Title (Sammendrag) /Dest [15 0 R …`, `<</Type /Pages /Kids [2 0 R …`),
/// which is all this reads; a PDF it cannot read gives no entries and the contents list
/// simply has no page numbers.
struct PDFOutline {
    struct Entry: Equatable {
        var title: String
        var page: Int
    }

    /// The bookmarks in the order they are written (reading order).
    var entries: [Entry]

    init(pdf: Data) {
        let text = String(decoding: pdf, as: UTF8.self)
        let pages = Self.pageOrder(text)
        var entries: [Entry] = []
        // The title is a literal string (escapes balanced) or a UTF-16 hex string.
        let item = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)\s*\/Dest\s*\[\s*(\d+)\s+0\s+R/
        for match in text.matches(of: item) {
            guard let object = Int(match.output.2), let page = pages[object] else { continue }
            entries.append(Entry(title: Self.decode(String(match.output.1)), page: page))
        }
        self.entries = entries
    }

    /// Page object number → page number (1-based), walking the page tree from its root.
    static func pageOrder(_ text: String) -> [Int: Int] {
        var kids: [Int: [Int]] = [:]
        var children: Set<Int> = []
        let node = /(\d+)\s+0\s+obj\s*<<\s*\/Type\s*\/Pages\s*\/Count\s*\d+\s*\/Kids\s*\[([^\]]*)\]/
        for match in text.matches(of: node) {
            guard let object = Int(match.output.1) else { continue }
            let references = match.output.2.matches(of: /(\d+)\s+0\s+R/).compactMap { Int($0.output.1) }
            kids[object] = references
            children.formUnion(references)
        }
        guard let root = kids.keys.filter({ !children.contains($0) }).min() else { return [:] }
        var order: [Int: Int] = [:]
        func walk(_ object: Int) {
            if let nested = kids[object] {
                nested.forEach(walk)
            } else {
                order[object] = order.count + 1
            }
        }
        walk(root)
        return order
    }

    /// A PDF string as text: `(…)` with its escapes, or `<FEFF…>` in UTF-16.
    static func decode(_ string: String) -> String {
        if string.hasPrefix("<") {
            let hex = string.dropFirst().dropLast().filter(\.isHexDigit)
            var bytes: [UInt8] = []
            var index = hex.startIndex
            while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
                bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
                index = next
            }
            if bytes.starts(with: [0xFE, 0xFF]) {
                let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
                return String(decoding: units, as: UTF16.self)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result: [UInt8] = []
        var scalars = Array(string.dropFirst().dropLast().utf8)[...]
        while let byte = scalars.popFirst() {
            guard byte == UInt8(ascii: "\\"), let next = scalars.popFirst() else {
                result.append(byte)
                continue
            }
            switch next {
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(next - 48)
                for _ in 0..<2 {
                    guard let digit = scalars.first, digit >= 48, digit <= 55 else { break }
                    value = value * 8 + Int(digit - 48)
                    scalars.removeFirst()
                }
                result.append(UInt8(truncatingIfNeeded: value))
            default: result.append(next)
            }
        }
        // PDFDocEncoding matches Latin-1 for the letters a Norwegian heading uses.
        return String(result.map { Character(Unicode.Scalar($0)) })
    }
}
