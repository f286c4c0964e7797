public import KostraModel

/// Grouped vertical bars: one group per category, one bar per series within
/// each group, bars below the zero line for negative values, and the value
/// printed at each bar's end. Used e.g. for growth components per municipality.
public struct BarChart: SVGChart {
    /// One set of bars: a name, a role and one value per category.
    public typealias Series = ChartSeries

    /// The chart's id (sanitised to letters, digits, `-` and `_`).
    public var id: String
    /// The title.
    public var title: String
    /// The groups along the x axis, e.g. municipalities; long names wrap.
    public var categories: [String]
    /// The bars in each group, in this order (also the legend's order).
    public var series: [Series]
    /// The unit of every value, for the axis caption and the value labels.
    public var unit: IndicatorUnit
    /// The decimals printed in value labels.
    public var decimals: Int
    /// Whether value labels carry a sign (`+4,1 %`), for changes.
    public var signedValues: Bool
    /// A category whose label is set in bold, e.g. the report's municipality.
    public var highlightedCategory: String?
    /// A note printed below the chart as given, e.g. "Kilde: SSB, KOSTRA".
    public var sourceNote: String?
    /// The palette and typography.
    public var style: ChartStyle

    /// Creates a grouped bar chart.
    public init(
        id: String,
        title: String,
        categories: [String],
        series: [Series],
        unit: IndicatorUnit,
        decimals: Int,
        signedValues: Bool = false,
        highlightedCategory: String? = nil,
        sourceNote: String? = nil,
        style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.categories = categories
        self.series = series
        self.unit = unit
        self.decimals = decimals
        self.signedValues = signedValues
        self.highlightedCategory = highlightedCategory
        self.sourceNote = sourceNote
        self.style = style
    }

    /// The y scale; it always includes zero, since bars grow from it.
    var scale: NiceScale {
        let values = series.flatMap { $0.aligned(to: categories.count) }.compactMap { $0 }
        return NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1, maxTickCount: 7, includeZero: true)
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let chartID = SVG.identifier(id)
        let format = style.numberFormat
        let padding = 16.0
        let width = style.width
        let small = style.smallFontSize
        let scale = self.scale
        let styles = style.styles(for: series.map(\.role))
        let paint = BarPaint(chartID: chartID, styles: styles)

        var body = paint.defs
        var y = padding
        let heading = ChartText.title(title, x: padding, top: y, width: width - 2 * padding, style: style)
        body += heading.svg
        y += heading.height
        let legendItems = zip(series, zip(styles, paint.fills)).map { item, look in
            ChartLegend.barItem(item.name, fill: look.1, stroke: look.0.color, bold: item.role == .municipality)
        }
        let legend = ChartLegend(items: legendItems).render(x: padding, top: y, width: width - 2 * padding, style: style)
        body += legend.svg.string
        y += legend.height + 6

        body += SVG.text([unit.norwegianLabel], x: padding, y: y + small, size: small, fill: style.mutedTextColor, attributes: "class=\"axis-unit\"")
        // Room above the plot for the value labels of bars reaching the top.
        y += small + 8 + small + 4
        let plotTop = y
        let plotBottom = plotTop + 230
        let plotLeft = padding + max(ChartAxis.tickLabelWidth(scale, style: style), 30) + 10
        let plotRight = width - padding
        func yPosition(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        let count = max(1, categories.count)
        let groupWidth = (plotRight - plotLeft) / Double(count)
        let seriesCount = max(1, series.count)
        let gap = 3.0
        let barWidth = min(64, (groupWidth * 0.8 - gap * Double(seriesCount - 1)) / Double(seriesCount))
        let slot = barWidth + gap

        // Value labels carry the unit when every one of them fits its bar's slot.
        let present = series.flatMap { $0.aligned(to: categories.count) }.compactMap { $0 }
        let withUnit = present.allSatisfy {
            TextMeasure.width(ChartValueText.label($0, unit: unit, decimals: decimals, signed: signedValues, format: format), fontSize: small) <= slot
                + 2
        }
        func valueLabel(_ value: Double) -> String {
            withUnit
                ? ChartValueText.label(value, unit: unit, decimals: decimals, signed: signedValues, format: format)
                : ChartValueText.bare(value, decimals: decimals, signed: signedValues, format: format)
        }

        body += ChartAxis.grid(scale, plotLeft: plotLeft, plotRight: plotRight, y: yPosition, style: style)
        let zeroY = yPosition(0)
        let categoryLines = categories.map { category in
            TextWrapper(maxWidth: groupWidth - 8, fontSize: style.labelFontSize, bold: category == highlightedCategory, maxLines: 3)
                .wrap(category)
        }
        for (categoryIndex, category) in categories.enumerated() {
            let groupLeft = plotLeft + Double(categoryIndex) * groupWidth
            let barsLeft = groupLeft + (groupWidth - (slot * Double(seriesCount) - gap)) / 2
            body += "<g class=\"bar-group\" id=\"\(chartID)-group-\(categoryIndex + 1)\">"
            for (seriesIndex, item) in series.enumerated() {
                let barX = barsLeft + Double(seriesIndex) * slot
                let centre = barX + barWidth / 2
                guard let value = item.aligned(to: categories.count)[categoryIndex] else {
                    body += SVG.text(
                        ["–"], x: centre, y: zeroY - 4, size: small, fill: style.mutedTextColor, anchor: .middle, attributes: "class=\"no-data\"")
                    continue
                }
                let top = yPosition(value)
                body += SVG.rect(
                    x: barX, y: zeroY, width: barWidth, height: top - zeroY, fill: paint.fills[seriesIndex],
                    stroke: styles[seriesIndex].color, strokeWidth: 1, attributes: "class=\"bar\""
                )
                let labelY = value >= 0 ? top - 5 : top + small + 3
                body += SVG.text(
                    [valueLabel(value)], x: centre, y: labelY, size: small, fill: style.textColor, anchor: .middle,
                    bold: item.role == .municipality, attributes: "class=\"value-label\""
                )
            }
            body += SVG.text(
                categoryLines[categoryIndex], x: groupLeft + groupWidth / 2, y: plotBottom + style.labelFontSize + 8,
                size: style.labelFontSize, fill: style.textColor, anchor: .middle, bold: category == highlightedCategory,
                attributes: "class=\"category-label\""
            )
            body += "</g>\n"
        }
        body += ChartAxis.baseline(scale, plotLeft: plotLeft, plotRight: plotRight, y: yPosition, style: style)

        let labelLines = categoryLines.map(\.count).max() ?? 1
        y = plotBottom + 8 + Double(labelLines) * style.labelFontSize * 1.25 + 10
        let footer = ChartText.notes([sourceNote].compactMap { $0 }, x: padding, top: y, width: width - 2 * padding, style: style)
        body += footer.svg
        y += footer.height + padding

        return SVG.open(id: chartID, width: width, height: y, title: title, description: description, style: style)
            + body + SVG.close
    }

    /// The text for screen readers: every category's values by series.
    var description: String {
        let format = style.numberFormat
        var parts = ["Stolpediagram, \(unit.norwegianLabel)."]
        for (index, category) in categories.enumerated() {
            let values = series.map { item in
                let value = item.aligned(to: categories.count)[index]
                return "\(item.name) "
                    + (value.map {
                        ChartValueText.label($0, unit: unit, decimals: decimals, signed: signedValues, format: format)
                    } ?? "ingen data")
            }
            parts.append("\(category): " + values.joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }
}
