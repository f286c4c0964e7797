import Testing

@testable import KostraRender

/// The chart elements are written into bytes (`SVGBytes`); these tests compare them with the plain
/// string interpolation they replaced, kept here as the reference.
@Suite struct SVGElementTests {
    static func plainText(
        _ lines: [String], x: Double, y: Double, size: Double, fill: String, anchor: SVG.Anchor, bold: Bool, italic: Bool,
        lineHeight: Double?, attributes: String
    ) -> String {
        guard !lines.isEmpty else { return "" }
        var open = "<text x=\(SVG.quoted(x)) y=\(SVG.quoted(y)) font-size=\(SVG.quoted(size)) fill=\"\(fill)\""
        if anchor != .start { open += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { open += " font-weight=\"bold\"" }
        if italic { open += " font-style=\"italic\"" }
        if !attributes.isEmpty { open += " " + attributes }
        open += ">"
        if lines.count == 1 { return open + SVG.escape(lines[0]) + "</text>" }
        let step = lineHeight ?? size * 1.25
        var body = ""
        for (index, line) in lines.enumerated() {
            let dy = index == 0 ? "0" : SVG.number(step)
            body += "<tspan x=\(SVG.quoted(x)) dy=\"\(dy)\">\(SVG.escape(line))</tspan>"
        }
        return open + body + "</text>"
    }

    static func plainLine(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dash: String?, attributes: String) -> String
    {
        var element =
            "<line x1=\(SVG.quoted(x1)) y1=\(SVG.quoted(y1)) x2=\(SVG.quoted(x2)) y2=\(SVG.quoted(y2)) stroke=\"\(stroke)\" stroke-width=\(SVG.quoted(width))"
        if let dash { element += " stroke-dasharray=\"\(dash)\"" }
        if !attributes.isEmpty { element += " " + attributes }
        return element + "/>"
    }

    static func plainRect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String?, strokeWidth: Double, attributes: String)
        -> String
    {
        let top = height < 0 ? y + height : y
        var element =
            "<rect x=\(SVG.quoted(x)) y=\(SVG.quoted(top)) width=\(SVG.quoted(max(0, width))) height=\(SVG.quoted(abs(height))) fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\(SVG.quoted(strokeWidth))" }
        if !attributes.isEmpty { element += " " + attributes }
        return element + "/>"
    }

    static let lineSets: [[String]] = [[], ["Bærum"], ["Netto driftsutgifter <B> & \"mer\"", "pr. innbygger\tkr 1\u{1} 000"], ["a", "b", "c"]]

    @Test("Text elements, every option, as the plain interpolation wrote them")
    func text() {
        for lines in Self.lineSets {
            for anchor in [SVG.Anchor.start, .middle, .end] {
                for (bold, italic) in [(false, false), (true, false), (false, true), (true, true)] {
                    for (lineHeight, attributes) in [(nil, ""), (14.25, "class=\"chart-title\"")] as [(Double?, String)] {
                        let expected = Self.plainText(
                            lines, x: 12.34, y: -0.05, size: 11, fill: "#1a1a1a", anchor: anchor, bold: bold, italic: italic,
                            lineHeight: lineHeight, attributes: attributes)
                        let written = SVG.text(
                            lines, x: 12.34, y: -0.05, size: 11, fill: "#1a1a1a", anchor: anchor, bold: bold, italic: italic,
                            lineHeight: lineHeight, attributes: attributes)
                        #expect(written == expected)
                    }
                }
            }
        }
    }

    @Test("Lines and rectangles, every option, as the plain interpolation wrote them")
    func linesAndRectangles() {
        for dash in [nil, "4 3"] as [String?] {
            for attributes in ["", "class=\"zero-line\""] {
                #expect(
                    SVG.line(x1: 1.25, y1: 2, x2: -3.75, y2: 1e10, stroke: "#333", width: 1.25, dash: dash, attributes: attributes)
                        == Self.plainLine(x1: 1.25, y1: 2, x2: -3.75, y2: 1e10, stroke: "#333", width: 1.25, dash: dash, attributes: attributes))
                for height in [30.5, -30.5, 0] {
                    for stroke in [nil, "#000"] as [String?] {
                        #expect(
                            SVG.rect(x: 4, y: 100, width: -2, height: height, fill: "#fff", stroke: stroke, strokeWidth: 1.2, attributes: attributes)
                                == Self.plainRect(
                                    x: 4, y: 100, width: -2, height: height, fill: "#fff", stroke: stroke, strokeWidth: 1.2, attributes: attributes))
                    }
                }
            }
        }
    }

    @Test("The byte buffer grows past its capacity and keeps every piece in order, as strings joined do")
    func bufferAsStrings() {
        var bytes = SVGBytes(capacity: 1)
        var plain = ""
        var inner = SVGBytes(capacity: 8)
        inner.append(literal: "<g>")
        inner.append("Bærum – Høyest")
        for round in 0..<400 {
            bytes.append(literal: "\"")  // one Unicode scalar: a StaticString without a pointer
            bytes.append(literal: "<polygon points=\"")
            bytes.number(Double(round) * 1.25)
            bytes.append("Ø\u{00A0}\(round)")
            bytes.append("")
            bytes.append(literal: "")
            bytes.append(inner)
            plain += "\"<polygon points=\"" + SVG.number(Double(round) * 1.25) + "Ø\u{00A0}\(round)" + "<g>Bærum – Høyest"
        }
        #expect(bytes.string == plain)
        #expect(bytes.count == plain.utf8.count)
    }
}
