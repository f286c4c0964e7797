import KostraModel

/// The value axis shared by the line, bar and waterfall charts: horizontal
/// grid lines at the nice ticks with their labels at the left, and a darker
/// zero line.
enum ChartAxis {
    /// The tick labels of `scale` in the style's number format.
    static func tickLabels(_ scale: NiceScale, style: ChartStyle) -> [String] {
        scale.ticks.map { style.numberFormat.number($0, decimals: scale.tickDecimals) }
    }

    /// The widest tick label in px.
    static func tickLabelWidth(_ scale: NiceScale, style: ChartStyle) -> Double {
        tickLabels(scale, style: style).map { TextMeasure.width($0, fontSize: style.smallFontSize) }.max() ?? 0
    }

    /// Grid lines and tick labels; the zero line (or the bottom, if zero is
    /// off the scale) is drawn darker as the axis.
    static func grid(_ scale: NiceScale, plotLeft: Double, plotRight: Double, y: (Double) -> Double, style: ChartStyle) -> String {
        let small = style.smallFontSize
        var svg = SVGBytes(capacity: 1024)
        svg.append(literal: "<g class=\"value-axis\">")
        for (tick, label) in zip(scale.ticks, tickLabels(scale, style: style)) {
            let ty = y(tick)
            svg.line(x1: plotLeft, y1: ty, x2: plotRight, y2: ty, stroke: style.gridColor)
            svg.text([label], x: plotLeft - 6, y: ty + small * 0.35, size: small, fill: style.mutedTextColor, anchor: .end)
        }
        svg.append(literal: "</g>\n")
        return svg.string
    }

    /// The axis line: at zero when zero is on the scale, else at the bottom.
    static func baseline(_ scale: NiceScale, plotLeft: Double, plotRight: Double, y: (Double) -> Double, style: ChartStyle) -> String {
        let level = scale.lower > 0 ? scale.lower : (scale.upper < 0 ? scale.upper : 0)
        return SVG.line(
            x1: plotLeft, y1: y(level), x2: plotRight, y2: y(level), stroke: style.axisColor, width: 1.25,
            attributes: "class=\"zero-line\""
        ) + "\n"
    }
}
