/// The text blocks every chart shares: the title at the top and the notes
/// ("Kilde: …", "Aksen starter ikke på null") at the bottom.
enum ChartText {
    /// The title wrapped to `width` (at most two lines), and the height it took
    /// including the space below it.
    static func title(_ title: String, x: Double, top: Double, width: Double, style: ChartStyle) -> (svg: String, height: Double) {
        let size = style.titleFontSize
        let lines = TextWrapper(maxWidth: width, fontSize: size, bold: true, maxLines: 2).wrap(title)
        guard !lines.isEmpty else { return ("", 0) }
        let lineHeight = size * 1.3
        let svg =
            SVG.text(
                lines, x: x, y: top + size, size: size, fill: style.textColor, bold: true,
                lineHeight: lineHeight, attributes: "class=\"chart-title\""
            ) + "\n"
        return (svg, Double(lines.count - 1) * lineHeight + size + 10)
    }

    /// Notes below the chart, one paragraph each, wrapped to `width`, and the
    /// height they took.
    static func notes(_ notes: [String], x: Double, top: Double, width: Double, style: ChartStyle) -> (svg: String, height: Double) {
        let size = style.smallFontSize
        let lineHeight = size * 1.35
        let wrapper = TextWrapper(maxWidth: width, fontSize: size, maxLines: 4)
        var svg = ""
        var y = top
        for note in notes where !note.trimmingWhitespace.isEmpty {
            let lines = wrapper.wrap(note)
            svg +=
                SVG.text(
                    lines, x: x, y: y + size, size: size, fill: style.mutedTextColor,
                    lineHeight: lineHeight, attributes: "class=\"chart-note\""
                ) + "\n"
            y += Double(lines.count) * lineHeight + 2
        }
        return (svg, y - top)
    }
}

extension String {
    /// The string without leading and trailing white space (Foundation-free).
    var trimmingWhitespace: String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[first...last])
    }
}
