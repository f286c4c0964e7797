public import KostraModel

/// A time series chart: years along the x axis, one line per series.
///
/// Gaps (`nil`) are never bridged: each run of consecutive values is its own
/// line, and a value with no neighbour shows as a lone marker. Every point
/// gets the series' marker, and the last value of each series is printed at
/// the line's end.
public struct LineChart: SVGChart {
    /// One line: a name, a role and one value per year.
    public typealias Series = ChartSeries

    /// A break in the time series (e.g. a municipal merger or a changed
    /// definition), drawn as a dashed vertical line just before `year`.
    public struct SeriesBreak: Sendable, Hashable {
        /// The first year after the break.
        public var year: Int
        /// Why the series breaks, e.g. "kommunesammenslåing".
        public var reason: String?

        /// Creates a break marker.
        public init(year: Int, reason: String? = nil) {
            self.year = year
            self.reason = reason
        }

        /// The label drawn with the line, e.g. "Brudd 2020: kommunesammenslåing".
        public var label: String {
            guard let reason, !reason.trimmingWhitespace.isEmpty else { return "Brudd \(year)" }
            return "Brudd \(year): \(reason)"
        }
    }

    /// Where the y axis starts.
    public enum YAxisOrigin: String, Sendable, Hashable, Codable {
        /// At zero, unless the data lie far from it (all within 70–100 % of
        /// their largest magnitude), when the axis is fitted to the data.
        case automatic
        /// Always include zero.
        case zero
        /// Fit the axis to the data.
        case fitted
    }

    /// The chart's id (sanitised to letters, digits, `-` and `_`).
    public var id: String
    /// The title, e.g. "Netto driftsutgifter pr. innbygger til sosiale tjenester (B), kroner".
    public var title: String
    /// The years along the x axis, in order.
    public var years: [Int]
    /// The lines; the legend follows this order, the municipality is drawn on top.
    public var series: [Series]
    /// The unit of every value, for the axis caption and the value labels.
    public var unit: IndicatorUnit
    /// The decimals printed in value labels.
    public var decimals: Int
    /// Breaks in the series, each drawn as a labelled dashed line.
    public var breaks: [SeriesBreak]
    /// Where the y axis starts.
    public var yAxisOrigin: YAxisOrigin
    /// A note printed below the chart as given, e.g. "Kilde: SSB, KOSTRA".
    public var sourceNote: String?
    /// The palette and typography.
    public var style: ChartStyle

    /// Creates a line chart.
    public init(
        id: String,
        title: String,
        years: [Int],
        series: [Series],
        unit: IndicatorUnit,
        decimals: Int,
        breaks: [SeriesBreak] = [],
        yAxisOrigin: YAxisOrigin = .automatic,
        sourceNote: String? = nil,
        style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.years = years
        self.series = series
        self.unit = unit
        self.decimals = decimals
        self.breaks = breaks
        self.yAxisOrigin = yAxisOrigin
        self.sourceNote = sourceNote
        self.style = style
    }

    /// A series' values aligned to the years: padded with `nil`, cut to length,
    /// and with non-finite numbers treated as missing.
    func aligned(_ series: Series) -> [Double?] {
        series.aligned(to: years.count)
    }

    /// The y scale for the aligned `values`, and whether it leaves zero out (which the chart then says).
    func scale(of values: [[Double?]]) -> (scale: NiceScale, startsAwayFromZero: Bool) {
        var low = Double.infinity
        var high = -Double.infinity
        // As `min()` and `max()` of the present values would find them, without gathering them first.
        for case let value? in values.joined() {
            if value < low { low = value }
            if value > high { high = value }
        }
        guard low <= high else {
            return (NiceScale(minimum: 0, maximum: 1, maxTickCount: 7, includeZero: true), false)
        }
        let farFromZero = (low > 0 && low > 0.7 * high) || (high < 0 && high < 0.7 * low)
        let includeZero: Bool
        switch yAxisOrigin {
        case .zero: includeZero = true
        case .fitted: includeZero = false
        case .automatic: includeZero = !farFromZero
        }
        // A fitted axis gets a little air so no line runs along its edge.
        let margin = includeZero ? 0 : (high - low) * 0.08
        let scale = NiceScale(minimum: low - margin, maximum: high + margin, maxTickCount: 7, includeZero: includeZero)
        return (scale, scale.lower > 0 || scale.upper < 0)
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        svgWithDescription().svg
    }

    /// The chart as a standalone SVG document, and the text for screen readers that its `<desc>`
    /// holds: every series' values, year by year, the breaks and the axis note. A report passes
    /// the text on as the picture's alt text in Word and PowerPoint rather than writing every
    /// value out a second time.
    ///
    /// Written into one byte buffer: a report draws two dozen of these charts, and building each
    /// element as its own string and joining them was most of a report's rendering time.
    public func svgWithDescription() -> (svg: String, description: String) {
        let chartID = SVG.identifier(id)
        let format = style.numberFormat
        let padding = 16.0
        let width = style.width
        let small = style.smallFontSize
        // Each series aligned to the years once; everything below reads these.
        let values = series.map(aligned)
        let (scale, startsAwayFromZero) = self.scale(of: values)
        let styles = style.styles(for: series.map(\.role))

        var body = SVGBytes(capacity: 4096 + series.count * (years.count * 150 + 700))
        var y = padding
        let heading = ChartText.title(title, x: padding, top: y, width: width - 2 * padding, style: style)
        body.append(heading.svg)
        y += heading.height
        let legendItems = zip(series, styles).map { item, itemStyle in
            ChartLegend.lineItem(item.name, style: itemStyle, bold: item.role == .municipality)
        }
        let legend = ChartLegend(items: legendItems).render(x: padding, top: y, width: width - 2 * padding, style: style)
        body.append(legend.svg)
        y += legend.height + 6

        // Horizontal room: tick labels on the left, end-of-line labels on the right.
        let tickWidth = ChartAxis.tickLabelWidth(scale, style: style)
        let plotLeft = padding + max(tickWidth, TextMeasure.width(unit.norwegianLabel, fontSize: small) / 2) + 8
        let endValues = values.map { $0.lastIndex { $0 != nil } }
        let endLabels = zip(values, endValues).map { values, index -> String in
            guard let index, let value = values[index] else { return "" }
            return format.value(value, unit: unit, decimals: decimals)
        }
        let endWidth = endLabels.map { TextMeasure.width($0, fontSize: small, bold: true) }.max() ?? 0
        let plotRight = width - padding - endWidth - 12
        let inset = years.count > 1 ? 18.0 : 0
        func x(_ index: Int) -> Double {
            guard years.count > 1 else { return (plotLeft + plotRight) / 2 }
            return plotLeft + inset + Double(index) * (plotRight - plotLeft - 2 * inset) / Double(years.count - 1)
        }

        // Break labels sit in a band above the plot, one line each.
        let shownBreaks = breaks.filter { years.contains($0.year) }.sorted { $0.year < $1.year }
        let breakTop = y
        y += Double(shownBreaks.count) * (small + 5)
        // The unit caption sits clear above the top tick label.
        y += small + 14
        body.text([unit.norwegianLabel], x: padding, y: y - 14, size: small, fill: style.mutedTextColor, attributes: "class=\"axis-unit\"")
        let plotTop = y
        let plotBottom = plotTop + 250
        func yPosition(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        body.append(ChartAxis.grid(scale, plotLeft: plotLeft, plotRight: plotRight, y: yPosition, style: style))
        body.append(ChartAxis.baseline(scale, plotLeft: plotLeft, plotRight: plotRight, y: yPosition, style: style))
        let labelEvery = max(1, (years.count + 11) / 12)
        for (index, year) in years.enumerated() where index % labelEvery == 0 || index == years.count - 1 {
            body.line(x1: x(index), y1: plotBottom, x2: x(index), y2: plotBottom + 4, stroke: style.axisColor)
            body.text(["\(year)"], x: x(index), y: plotBottom + 18, size: small, fill: style.mutedTextColor, anchor: .middle)
        }
        body.append(literal: "\n")

        for (number, item) in shownBreaks.enumerated() {
            guard let index = years.firstIndex(of: item.year) else { continue }
            let bx = index > 0 && years[index - 1] == item.year - 1 ? (x(index - 1) + x(index)) / 2 : x(index)
            let labelY = breakTop + Double(number + 1) * (small + 5) - 3
            let labelWidth = TextMeasure.width(item.label, fontSize: small)
            let anchor: SVG.Anchor = bx + labelWidth > width - padding ? .end : .start
            body.append(literal: "<g class=\"series-break\">")
            body.line(x1: bx, y1: labelY + 4, x2: bx, y2: plotBottom, stroke: style.axisColor, width: 1.25, dash: "4 3")
            body.text(
                [item.label], x: anchor == .start ? bx + 4 : bx - 4, y: labelY, size: small, fill: style.textColor, anchor: anchor, italic: true)
            body.append(literal: "</g>\n")
        }

        if values.allSatisfy({ $0.allSatisfy { $0 == nil } }) {
            body.text(
                ["ingen data"], x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2,
                size: style.labelFontSize, fill: style.mutedTextColor, anchor: .middle, italic: true, attributes: "class=\"no-data\""
            )
        }

        // Draw comparisons first and the municipality last, so the series the
        // report is about is never hidden behind another.
        let drawingOrder = series.indices.sorted { drawingRank(series[$0].role) < drawingRank(series[$1].role) }
        for number in drawingOrder {
            seriesMarks(number: number, values: values[number], chartID: chartID, style: styles[number], x: x, y: yPosition, into: &body)
        }

        endLabelMarks(
            values: values, endValues: endValues, endLabels: endLabels, styles: styles, x: x, y: yPosition, plotBottom: plotBottom,
            into: &body)

        y = plotBottom + 30
        var notes: [String] = []
        if startsAwayFromZero { notes.append("Aksen starter ikke på null.") }
        if let sourceNote { notes.append(sourceNote) }
        let footer = ChartText.notes(notes, x: padding, top: y, width: width - 2 * padding, style: style)
        body.append(footer.svg)
        y += footer.height + padding

        let description = description(of: values, startsAwayFromZero: startsAwayFromZero)
        // The opening (title and description) is already a string: joined to the body's string
        // rather than copied into its bytes, its text is not checked as UTF-8 a second time.
        var chart = SVG.open(id: chartID, width: width, height: y, title: title, description: description, style: style)
        chart.reserveCapacity(chart.utf8.count + body.count + SVG.close.utf8.count)
        chart += body.string
        chart += SVG.close
        return (chart, description)
    }

    /// Comparisons are drawn first, then the average, then the municipality.
    private func drawingRank(_ role: SeriesRole) -> Int {
        switch role {
        case .comparison: 0
        case .average: 1
        case .municipality: 2
        }
    }

    /// The attribute each marker carries: the class that tells points from lines.
    private static let pointClass: SVGBytes = {
        var bytes = SVGBytes(capacity: 24)
        bytes.append(literal: "class=\"series-point\"")
        return bytes
    }()

    /// One series: a polyline per run of consecutive values and a marker per value.
    private func seriesMarks(
        number: Int, values: [Double?], chartID: String, style seriesStyle: SeriesStyle, x: (Int) -> Double, y: (Double) -> Double,
        into svg: inout SVGBytes
    ) {
        let item = series[number]
        // Written piece by piece: interpolating these per-series strings cost as much as the markers.
        svg.append(literal: "<g class=\"series\" id=\"")
        svg.append(chartID)
        svg.append(literal: "-series-")
        svg.append(String(number + 1))
        svg.append(literal: "\">")
        // A polyline per run of two or more consecutive values, its points written as found.
        var start = 0
        while start < values.count {
            var end = start
            while end < values.count, values[end] != nil { end += 1 }
            // values[start..<end] are present; a lone value is only a marker.
            if end - start > 1 { polyline(values, start..<end, style: seriesStyle, x: x, y: y, into: &svg) }
            start = end + 1
        }
        let markerSize = item.role == .municipality ? 4.5 : 4
        // The markers' colours are set once on a group around them, which they inherit, rather than
        // on each marker: that was a sixth of a line chart's bytes (session 13).
        if values.contains(where: { $0 != nil }) {
            let paint = MarkerShape.paint(
                fill: seriesStyle.markerFilled ? seriesStyle.color : "#ffffff", stroke: seriesStyle.markerFilled ? "#ffffff" : seriesStyle.color,
                strokeWidth: seriesStyle.markerFilled ? 1 : 1.75)
            svg.append(literal: "<g ")
            svg.append(paint)
            svg.append(literal: ">")
            for (index, value) in values.enumerated() {
                guard let value else { continue }
                seriesStyle.marker.write(x: x(index), y: y(value), size: markerSize, paint: Self.pointClass, into: &svg)
            }
            svg.append(literal: "</g>")
        }
        svg.append(literal: "</g>\n")
    }

    /// One run of consecutive values as a polyline.
    private func polyline(
        _ values: [Double?], _ run: Range<Int>, style seriesStyle: SeriesStyle, x: (Int) -> Double, y: (Double) -> Double,
        into svg: inout SVGBytes
    ) {
        svg.append(literal: "<polyline class=\"series-line\" points=\"")
        for index in run {
            if index > run.lowerBound { svg.append(literal: " ") }
            svg.number(x(index))
            svg.append(literal: ",")
            svg.number(y(values[index] ?? 0))
        }
        svg.append(literal: "\" fill=\"none\" stroke=\"")
        svg.append(seriesStyle.color)
        svg.append(literal: "\" stroke-width=")
        svg.quoted(seriesStyle.lineWidth)
        svg.append(literal: " stroke-linejoin=\"round\" stroke-linecap=\"round\"")
        if let dash = seriesStyle.dashArray {
            svg.append(literal: " stroke-dasharray=\"")
            svg.append(dash)
            svg.append(literal: "\"")
        }
        svg.append(literal: "/>")
    }

    /// Each series' last value printed beside its last point. Labels at the
    /// final year are spread vertically so that close values never overlap,
    /// with a thin leader when a label had to move away from its point.
    private func endLabelMarks(
        values: [[Double?]], endValues: [Int?], endLabels: [String], styles: [SeriesStyle],
        x: (Int) -> Double, y: (Double) -> Double, plotBottom: Double, into svg: inout SVGBytes
    ) {
        let small = style.smallFontSize
        var placed: [(number: Int, pointY: Double, labelY: Double)] = []
        for (number, index) in endValues.enumerated() {
            guard let index, let value = values[number][index] else { continue }
            placed.append((number, y(value), y(value)))
        }
        placed.sort { $0.pointY < $1.pointY }
        let spacing = small + 3
        for position in placed.indices.dropFirst() where placed[position].labelY < placed[position - 1].labelY + spacing {
            placed[position].labelY = placed[position - 1].labelY + spacing
        }
        if let last = placed.last, last.labelY > plotBottom + 6 {
            let shift = last.labelY - (plotBottom + 6)
            for position in placed.indices { placed[position].labelY -= shift }
            for position in placed.indices.dropLast().reversed() where placed[position].labelY > placed[position + 1].labelY - spacing {
                placed[position].labelY = placed[position + 1].labelY - spacing
            }
        }
        svg.append(literal: "<g class=\"end-labels\">")
        for label in placed {
            guard let index = endValues[label.number] else { continue }
            let color = styles[label.number].color
            let px = x(index)
            if abs(label.labelY - label.pointY) > 3 {
                svg.line(x1: px + 6, y1: label.pointY, x2: px + 11, y2: label.labelY, stroke: color, width: 1)
            }
            svg.text(
                [endLabels[label.number]], x: px + 13, y: label.labelY + small * 0.35, size: small, fill: color,
                bold: true, attributes: "class=\"value-label\""
            )
        }
        svg.append(literal: "</g>\n")
    }

    /// The text for screen readers: the years, every series' values and the notes, from the
    /// aligned values and the scale ``svg()`` has already worked out.
    private func description(of values: [[Double?]], startsAwayFromZero: Bool) -> String {
        let format = style.numberFormat
        guard let first = years.first, let last = years.last else {
            return "Linjediagram, \(unit.norwegianLabel): ingen data."
        }
        // Gathered as bytes: a dozen series of ten values are some 500 pieces, and appending each
        // to a string cost more than formatting the values.
        var text = SVGBytes(capacity: 64 + series.count * (years.count * 18 + 40))
        text.append(literal: "Linjediagram, ")
        text.append(unit.norwegianLabel)
        text.append(literal: ", ")
        text.append(first == last ? "\(first)." : "\(first)–\(last).")
        for (item, values) in zip(series, values) {
            text.append(literal: " ")
            text.append(item.name)
            text.append(literal: ": ")
            for (index, (year, value)) in zip(years, values).enumerated() {
                if index > 0 { text.append(literal: ", ") }
                text.append(String(year))
                text.append(literal: " ")
                text.append(value.map { format.value($0, unit: unit, decimals: decimals) } ?? "ingen data")
            }
            text.append(literal: ".")
        }
        for item in breaks where years.contains(item.year) {
            text.append(literal: " ")
            text.append(item.label)
            text.append(literal: ".")
        }
        if startsAwayFromZero { text.append(literal: " Aksen starter ikke på null.") }
        return text.string
    }
}
