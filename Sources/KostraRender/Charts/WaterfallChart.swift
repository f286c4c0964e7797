public import KostraModel

/// A growth decomposition as a waterfall: each step floats from where the
/// previous one ended, and a total bar from zero closes the chart.
///
/// Increases are solid mid-blue, decreases hatched with an outline, and the
/// total solid dark navy set apart by a gap, so the three read apart in
/// greyscale too.
public struct WaterfallChart: SVGChart {
    /// One component of the change, e.g. "Antall mottakere" +4,1.
    public struct Step: Sendable, Hashable {
        /// The component's name; long names wrap under the bar.
        public var label: String
        /// The component's contribution, in the chart's unit (percent by default).
        public var value: Double

        /// Creates a step.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The chart's id (sanitised to letters, digits, `-` and `_`).
    public var id: String
    /// The title.
    public var title: String
    /// The components, drawn left to right; non-finite values count as 0.
    public var steps: [Step]
    /// The total bar's label.
    public var totalLabel: String
    /// The total; `nil` means the sum of the steps. Give it when the published
    /// total differs from the sum of the rounded components.
    public var total: Double?
    /// The unit of the values.
    public var unit: IndicatorUnit
    /// The decimals printed in value labels.
    public var decimals: Int
    /// A note printed below the chart as given, e.g. "Kilde: SSB, tabell 12203".
    public var sourceNote: String?
    /// The palette and typography.
    public var style: ChartStyle

    /// Creates a waterfall chart.
    public init(
        id: String,
        title: String,
        steps: [Step],
        totalLabel: String = "Samlet vekst",
        total: Double? = nil,
        unit: IndicatorUnit = .percent,
        decimals: Int = 1,
        sourceNote: String? = nil,
        style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.steps = steps
        self.totalLabel = totalLabel
        self.total = total
        self.unit = unit
        self.decimals = decimals
        self.sourceNote = sourceNote
        self.style = style
    }

    /// The steps' values with non-finite numbers as 0.
    private var values: [Double] { steps.map { $0.value.isFinite ? $0.value : 0 } }

    /// The total drawn: the one given, else the sum of the steps.
    public var resolvedTotal: Double {
        if let total, total.isFinite { return total }
        return values.reduce(0, +)
    }

    /// The level before and after each step, starting from zero.
    private var levels: [(start: Double, end: Double)] {
        var level = 0.0
        return values.map { value in
            defer { level += value }
            return (level, level + value)
        }
    }

    /// How increases, decreases and the total are drawn.
    var increaseStyle: SeriesStyle { SeriesStyle(color: "#1f4e85", barFill: "#6f9bd1") }
    /// Decreases: hatched in brown with an outline, so not told by hue alone.
    var decreaseStyle: SeriesStyle { SeriesStyle(color: "#a34f0a", barPattern: .diagonal) }
    /// The total: the municipality's strong dark blue.
    var totalStyle: SeriesStyle { SeriesStyle(color: style.municipality.color) }

    /// The y scale, covering zero, every level and the total.
    var scale: NiceScale {
        let all = levels.flatMap { [$0.start, $0.end] } + [resolvedTotal]
        return NiceScale(minimum: all.min() ?? 0, maximum: all.max() ?? 1, maxTickCount: 7, includeZero: true)
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let chartID = SVG.identifier(id)
        let format = style.numberFormat
        let padding = 16.0
        let width = style.width
        let small = style.smallFontSize
        let scale = self.scale
        let paint = BarPaint(chartID: chartID, styles: [increaseStyle, decreaseStyle, totalStyle])
        let looks = zip([increaseStyle, decreaseStyle, totalStyle], paint.fills).map { (style: $0, fill: $1) }

        var body = paint.defs
        var y = padding
        let heading = ChartText.title(title, x: padding, top: y, width: width - 2 * padding, style: style)
        body += heading.svg
        y += heading.height
        var legendItems: [ChartLegend.Item] = []
        if values.contains(where: { $0 >= 0 }) {
            legendItems.append(ChartLegend.barItem("Økning", fill: looks[0].fill, stroke: looks[0].style.color))
        }
        if values.contains(where: { $0 < 0 }) {
            legendItems.append(ChartLegend.barItem("Reduksjon", fill: looks[1].fill, stroke: looks[1].style.color))
        }
        legendItems.append(ChartLegend.barItem(totalLabel, fill: looks[2].fill, stroke: looks[2].style.color, bold: true))
        let legend = ChartLegend(items: legendItems).render(x: padding, top: y, width: width - 2 * padding, style: style)
        body += legend.svg.string
        y += legend.height + 6

        body += SVG.text([unit.norwegianLabel], x: padding, y: y + small, size: small, fill: style.mutedTextColor, attributes: "class=\"axis-unit\"")
        y += small + 8 + small + 4
        let plotTop = y
        let plotBottom = plotTop + 230
        let plotLeft = padding + max(ChartAxis.tickLabelWidth(scale, style: style), 30) + 10
        let plotRight = width - padding
        func yPosition(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        // One slot per step, then a half-slot gap that sets the total apart.
        let slotCount = Double(steps.count) + 1.5
        let slot = (plotRight - plotLeft) / slotCount
        let barWidth = min(90, slot * 0.62)
        func centre(_ index: Int) -> Double {
            let extra = index >= steps.count ? 0.5 : 0
            return plotLeft + (Double(index) + extra + 0.5) * slot
        }

        body += ChartAxis.grid(scale, plotLeft: plotLeft, plotRight: plotRight, y: yPosition, style: style)
        let wrapper = TextWrapper(maxWidth: slot - 6, fontSize: style.labelFontSize, maxLines: 3)
        let boldWrapper = TextWrapper(maxWidth: slot - 6, fontSize: style.labelFontSize, bold: true, maxLines: 3)
        var labelLines = 1
        let total = resolvedTotal
        for (index, level) in levels.enumerated() {
            let value = values[index]
            let look = value >= 0 ? looks[0] : looks[1]
            let cx = centre(index)
            let kind = value >= 0 ? "increase" : "decrease"
            body += "<g class=\"waterfall-step \(kind)\" id=\"\(chartID)-step-\(index + 1)\">"
            body += SVG.rect(
                x: cx - barWidth / 2, y: yPosition(level.start), width: barWidth, height: yPosition(level.end) - yPosition(level.start),
                fill: look.fill, stroke: look.style.color, strokeWidth: 1.25, attributes: "class=\"bar\""
            )
            let labelY = value >= 0 ? yPosition(level.end) - 6 : yPosition(level.end) + small + 4
            body += SVG.text(
                [ChartValueText.label(value, unit: unit, decimals: decimals, signed: true, format: format)],
                x: cx, y: labelY, size: small, fill: style.textColor, anchor: .middle, attributes: "class=\"value-label\""
            )
            let lines = wrapper.wrap(steps[index].label)
            labelLines = max(labelLines, lines.count)
            body += SVG.text(lines, x: cx, y: plotBottom + style.labelFontSize + 8, size: style.labelFontSize, fill: style.textColor, anchor: .middle)
            body += "</g>\n"
            // A dashed connector carries the level on to the next bar.
            let nextLeft = centre(index + 1) - barWidth / 2
            body += SVG.line(
                x1: cx + barWidth / 2, y1: yPosition(level.end), x2: nextLeft, y2: yPosition(level.end),
                stroke: style.mutedTextColor, width: 1, dash: "3 2", attributes: "class=\"connector\""
            )
        }
        let totalX = centre(steps.count)
        body += "<g class=\"waterfall-total\" id=\"\(chartID)-total\">"
        body += SVG.rect(
            x: totalX - barWidth / 2, y: yPosition(0), width: barWidth, height: yPosition(total) - yPosition(0),
            fill: looks[2].fill, stroke: looks[2].style.color, strokeWidth: 1.25, attributes: "class=\"bar\""
        )
        body += SVG.text(
            [ChartValueText.label(total, unit: unit, decimals: decimals, signed: false, format: format)],
            x: totalX, y: total >= 0 ? yPosition(total) - 6 : yPosition(total) + small + 4, size: style.labelFontSize,
            fill: style.textColor, anchor: .middle, bold: true, attributes: "class=\"value-label\""
        )
        let totalLines = boldWrapper.wrap(totalLabel)
        labelLines = max(labelLines, totalLines.count)
        body += SVG.text(
            totalLines, x: totalX, y: plotBottom + style.labelFontSize + 8, size: style.labelFontSize, fill: style.textColor, anchor: .middle,
            bold: true)
        body += "</g>\n"
        body += ChartAxis.baseline(scale, plotLeft: plotLeft, plotRight: plotRight, y: yPosition, style: style)

        y = plotBottom + 8 + Double(labelLines) * style.labelFontSize * 1.25 + 10
        let footer = ChartText.notes([sourceNote].compactMap { $0 }, x: padding, top: y, width: width - 2 * padding, style: style)
        body += footer.svg
        y += footer.height + padding

        return SVG.open(id: chartID, width: width, height: y, title: title, description: description, style: style)
            + body + SVG.close
    }

    /// The text for screen readers: each component and the total.
    var description: String {
        let format = style.numberFormat
        let parts = zip(steps, values).map { step, value in
            "\(step.label) \(ChartValueText.label(value, unit: unit, decimals: decimals, signed: true, format: format))"
        }
        let total = ChartValueText.label(resolvedTotal, unit: unit, decimals: decimals, signed: false, format: format)
        return "Fossefallsdiagram. \(totalLabel) \(total) fordelt på: " + parts.joined(separator: ", ") + "."
    }
}
