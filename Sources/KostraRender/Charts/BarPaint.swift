/// The fills for a chart's bars: solid colours, or hatch patterns defined
/// once per chart under ids that start with the chart's id.
struct BarPaint {
    /// The `<defs>` element with the chart's patterns (empty if none is needed).
    let defs: String
    /// The `fill` value for each style, in the order given.
    let fills: [String]

    /// Builds the fills for `styles`, naming patterns `<chartID>-pattern-<n>`.
    init(chartID: String, styles: [SeriesStyle]) {
        var patterns: [String] = []
        var fills: [String] = []
        for (index, style) in styles.enumerated() {
            guard let body = BarPaint.patternBody(style) else {
                fills.append(style.barFill)
                continue
            }
            let id = "\(chartID)-pattern-\(index + 1)"
            let rotation = style.barPattern == .horizontal ? "" : " patternTransform=\"rotate(45)\""
            patterns.append(
                "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"\(rotation)>"
                    + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>" + body + "</pattern>"
            )
            fills.append("url(#\(id))")
        }
        self.defs = patterns.isEmpty ? "" : "<defs>" + patterns.joined() + "</defs>\n"
        self.fills = fills
    }

    /// The lines inside one 6 × 6 pattern tile, or `nil` for a solid fill.
    private static func patternBody(_ style: SeriesStyle) -> String? {
        let color = style.color
        switch style.barPattern {
        case .solid:
            return nil
        case .diagonal:
            return "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(color)\" stroke-width=\"2.4\"/>"
        case .crossHatch:
            return "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(color)\" stroke-width=\"1.6\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"6\" y2=\"0\" stroke=\"\(color)\" stroke-width=\"1.6\"/>"
        case .horizontal:
            return "<line x1=\"0\" y1=\"1.5\" x2=\"6\" y2=\"1.5\" stroke=\"\(color)\" stroke-width=\"2\"/>"
        }
    }
}
