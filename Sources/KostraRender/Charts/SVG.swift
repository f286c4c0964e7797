/// Small helpers for writing SVG by hand: escaping, numbers, ids and the
/// handful of elements every chart uses.
///
/// Coordinates are written with at most one decimal and a full stop, never
/// through a locale, so the output is the same on every machine.
enum SVG {
    /// Text escaped for element content and attribute values. Characters XML
    /// 1.0 cannot carry at all (control characters) are dropped, since even
    /// escaped they would make the document ill-formed.
    static func escape(_ text: String) -> String {
        // Most texts are plain: one scan of their bytes, and the string itself is the answer.
        // 0xEF leads U+FFFE and U+FFFF (and other characters, which the slow path keeps).
        guard text.utf8Contains(where: Self.mayNeedEscaping) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result += " "
            default:
                let value = scalar.value
                if value < 0x20 || (0xFFFE...0xFFFF).contains(value) || (0xD800...0xDFFF).contains(value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Bytes that ``escape(_:)`` replaces or drops, or that may start a character it drops.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        default: false
        }
    }

    /// A coordinate with at most one decimal: `12`, `12.5`, `-3.2`.
    static func number(_ value: Double) -> String {
        SVGBytes.withCoordinate(value) { String(decoding: $0, as: UTF8.self) }
    }

    /// A coordinate in double quotes, ready to follow `name=`.
    static func quoted(_ value: Double) -> String {
        "\"" + number(value) + "\""
    }

    /// An id safe for XML and for CSS selectors: letters, digits, `-` and `_`
    /// only, starting with a letter. Other characters become `-`.
    static func identifier(_ raw: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            let isSafe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            result.unicodeScalars.append(isSafe ? scalar : "-")
        }
        if let first = result.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic {
            return result
        }
        return "chart-" + result
    }

    /// Where a text is anchored horizontally.
    enum Anchor: String {
        case start, middle, end
    }

    /// A `<text>` element; several lines become `<tspan>`s so that assistive
    /// technology reads a wrapped label as one text.
    ///
    /// - Parameters:
    ///   - lines: the lines, already wrapped; an empty list gives an empty string.
    ///   - y: the baseline of the first line.
    ///   - lineHeight: the distance between baselines.
    static func text(
        _ lines: [String],
        x: Double,
        y: Double,
        size: Double,
        fill: String,
        anchor: Anchor = .start,
        bold: Bool = false,
        italic: Bool = false,
        lineHeight: Double? = nil,
        attributes: String = ""
    ) -> String {
        var svg = SVGBytes(capacity: 160)
        svg.text(
            lines, x: x, y: y, size: size, fill: fill, anchor: anchor, bold: bold, italic: italic, lineHeight: lineHeight, attributes: attributes)
        return svg.string
    }

    /// A straight line.
    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double,
        stroke: String, width: Double = 1, dash: String? = nil, attributes: String = ""
    ) -> String {
        var svg = SVGBytes(capacity: 120)
        svg.line(x1: x1, y1: y1, x2: x2, y2: y2, stroke: stroke, width: width, dash: dash, attributes: attributes)
        return svg.string
    }

    /// A rectangle; negative heights are normalised so callers can pass a bar
    /// from its value to its baseline in either direction.
    static func rect(
        x: Double, y: Double, width: Double, height: Double,
        fill: String, stroke: String? = nil, strokeWidth: Double = 1, attributes: String = ""
    ) -> String {
        var svg = SVGBytes(capacity: 120)
        svg.rect(x: x, y: y, width: width, height: height, fill: fill, stroke: stroke, strokeWidth: strokeWidth, attributes: attributes)
        return svg.string
    }

    /// The opening of a chart's root element with its `<title>` and `<desc>`,
    /// and a white background so PNG conversions and dark pages keep contrast.
    static func open(id: String, width: Double, height: Double, title: String, description: String, style: ChartStyle) -> String {
        let w = number(width)
        let h = number(height)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" id="\(id)" viewBox="0 0 \(w) \(h)" width="\(w)" height="\(h)" \
            role="img" aria-labelledby="\(id)-title \(id)-desc" font-family="\(escape(style.fontFamily))">
            <title id="\(id)-title">\(escape(title))</title>
            <desc id="\(id)-desc">\(escape(description))</desc>
            <rect width="\(w)" height="\(h)" fill="\(style.backgroundColor)"/>

            """
    }

    /// The closing tag of a chart's root element.
    static let close = "</svg>\n"
}
