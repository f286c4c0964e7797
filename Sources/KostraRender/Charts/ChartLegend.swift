/// A legend laid out in rows: each item is a small symbol followed by its
/// label, and items flow onto a new row when the width is used up.
struct ChartLegend {
    /// One entry: a symbol drawn by `draw(x, centreY, into:)` within `symbolWidth`
    /// px, and the label beside it.
    struct Item {
        var symbolWidth: Double
        /// Writes the symbol into the legend's bytes: a line chart's legend is drawn two dozen
        /// times a report, and a string per symbol, validated and copied again, was a tenth of it.
        var draw: (Double, Double, inout SVGBytes) -> Void
        var label: String
        var bold = false
    }

    /// The items in reading order.
    var items: [Item]

    /// The space between one row's centre and the next.
    static let rowHeight: Double = 20

    /// The legend drawn from (`x`, `top`) within `width` px, and the height it took.
    func render(x: Double, top: Double, width: Double, style: ChartStyle) -> (svg: SVGBytes, height: Double) {
        guard !items.isEmpty else { return (SVGBytes(capacity: 0), 0) }
        let size = style.labelFontSize
        let gap = 8.0
        let spacing = 22.0
        var rows: [[(Item, Double)]] = [[]]
        var used = 0.0
        for item in items {
            let itemWidth = item.symbolWidth + gap + TextMeasure.width(item.label, fontSize: size, bold: item.bold)
            if used > 0, used + spacing + itemWidth > width {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append((item, itemWidth))
            used += (used > 0 ? spacing : 0) + itemWidth
        }
        var svg = SVGBytes(capacity: 256 * items.count)
        svg.append(literal: "<g class=\"legend\">")
        for (rowIndex, row) in rows.enumerated() {
            let centre = top + Self.rowHeight / 2 + Double(rowIndex) * Self.rowHeight
            var cursor = x
            for (item, itemWidth) in row {
                item.draw(cursor, centre, &svg)
                svg.text(
                    [item.label], x: cursor + item.symbolWidth + gap, y: centre + size * 0.36,
                    size: size, fill: style.textColor, bold: item.bold
                )
                cursor += itemWidth + spacing
            }
        }
        svg.append(literal: "</g>\n")
        return (svg, Double(rows.count) * Self.rowHeight)
    }

    /// A legend item for a line series: a dashed or solid stroke with the
    /// series' marker in its middle, as the series is drawn in the plot.
    static func lineItem(_ label: String, style series: SeriesStyle, bold: Bool = false) -> Item {
        let paint = MarkerShape.paint(fill: series.markerFilled ? series.color : "#ffffff", stroke: series.color, strokeWidth: 1.5)
        return Item(
            symbolWidth: 34,
            draw: { x, y, svg in
                svg.line(x1: x, y1: y, x2: x + 34, y2: y, stroke: series.color, width: series.lineWidth, dash: series.dashArray)
                series.marker.write(x: x + 17, y: y, size: 4, paint: paint, into: &svg)
            }, label: label, bold: bold)
    }

    /// A legend item for bars: a small swatch with the bar's fill and outline.
    static func barItem(_ label: String, fill: String, stroke: String, bold: Bool = false) -> Item {
        Item(
            symbolWidth: 16,
            draw: { x, y, svg in
                svg.rect(x: x, y: y - 7, width: 16, height: 14, fill: fill, stroke: stroke, strokeWidth: 1.2)
            }, label: label, bold: bold)
    }
}
