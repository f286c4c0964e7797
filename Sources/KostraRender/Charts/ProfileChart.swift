import KostraModel

/// The service profile ("Tjenesteprofil … ASSS-snitt = 100"): one row per
/// indicator with the municipality's index as a dot, the network's highest
/// and lowest index as open diamonds joined by a range line, a dashed
/// reference line at 100 and the index printed at the right.
public struct ProfileChart: SVGChart {
    /// One indicator's row.
    public struct Row: Sendable, Hashable {
        /// The indicator's name as readers see it; long names wrap onto up to
        /// three lines and are cut with `…` beyond that.
        public var label: String
        /// The municipality's index (network average = 100), or `nil` when the
        /// municipality has no figure (the row then says "ingen data").
        public var index: Double?
        /// The highest index in the network, or `nil` if unknown.
        public var highestIndex: Double?
        /// The lowest index in the network, or `nil` if unknown.
        public var lowestIndex: Double?

        /// Creates a row from indices already computed.
        public init(label: String, index: Double?, highestIndex: Double? = nil, lowestIndex: Double? = nil) {
            self.label = label
            self.index = index
            self.highestIndex = highestIndex
            self.lowestIndex = lowestIndex
        }

        /// Creates a row from raw figures, indexing each against the network
        /// average (`value / average × 100`). Without a usable (non-zero,
        /// finite) average every index is `nil`.
        public init(label: String, value: Double?, average: Double?, highest: Double?, lowest: Double?) {
            func indexed(_ figure: Double?) -> Double? {
                guard let figure, let average, average != 0, figure.isFinite, average.isFinite else { return nil }
                return figure / average * 100
            }
            self.init(label: label, index: indexed(value), highestIndex: indexed(highest), lowestIndex: indexed(lowest))
        }
    }

    /// The chart's id (sanitised to letters, digits, `-` and `_`).
    public var id: String
    /// The title, e.g. "Tjenesteprofil for sosialtjeneste og bolig. ASSS-snitt = 100".
    public var title: String
    /// The municipality the profile is about, e.g. "Bærum".
    public var municipalityName: String
    /// The network the indices are relative to, e.g. "ASSS".
    public var networkName: String
    /// The rows, drawn top to bottom in this order.
    public var rows: [Row]
    /// A note printed below the chart as given, e.g. "Kilde: asss.no".
    public var sourceNote: String?
    /// The palette and typography.
    public var style: ChartStyle

    /// Creates a service profile chart.
    public init(
        id: String,
        title: String,
        municipalityName: String,
        networkName: String,
        rows: [Row],
        sourceNote: String? = nil,
        style: ChartStyle = .standard
    ) {
        self.id = id
        self.title = title
        self.municipalityName = municipalityName
        self.networkName = networkName
        self.rows = rows
        self.sourceNote = sourceNote
        self.style = style
    }

    /// The axis: 0–200 in steps of 20, extended (with a coarser step if
    /// needed) to cover any index outside that range.
    var axis: (lower: Double, upper: Double, step: Double) {
        let values = rows.flatMap { [$0.index, $0.highestIndex, $0.lowestIndex] }.compactMap { $0 }.filter(\.isFinite)
        let low = min(0, values.min() ?? 0)
        let high = max(200, values.max() ?? 200)
        var step = 20.0
        for candidate in [20.0, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000] {
            step = candidate
            if (high / candidate).rounded(.up) - (low / candidate).rounded(.down) <= 12 { break }
        }
        return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let chartID = SVG.identifier(id)
        let format = style.numberFormat
        let padding = 16.0
        let width = style.width
        let labelWidth = 300.0
        let plotLeft = padding + labelWidth + 16
        let valueRight = width - padding
        let plotRight = valueRight - 56
        let axis = self.axis
        func x(_ value: Double) -> Double {
            plotLeft + (value - axis.lower) / (axis.upper - axis.lower) * (plotRight - plotLeft)
        }

        var body = ""
        var y = padding
        let heading = ChartText.title(title, x: padding, top: y, width: width - 2 * padding, style: style)
        body += heading.svg
        y += heading.height

        let legend = ChartLegend(items: legendItems()).render(x: padding, top: y, width: width - 2 * padding, style: style)
        body += legend.svg.string
        y += legend.height + 10

        // Rows first into their own buffer: their heights decide where the
        // grid, reference line and axis go, which are drawn behind them.
        let labelSize = style.labelFontSize
        let lineHeight = labelSize * 1.2
        let wrapper = TextWrapper(maxWidth: labelWidth, fontSize: labelSize, maxLines: 3)
        let plotTop = y
        var bands = ""
        var rowMarks = ""
        for (number, row) in rows.enumerated() {
            let lines = wrapper.wrap(row.label)
            let height = max(30, Double(max(1, lines.count)) * lineHeight + 12)
            let centre = y + height / 2
            if number % 2 == 0 {
                bands += SVG.rect(x: padding - 6, y: y, width: width - 2 * padding + 12, height: height, fill: style.bandColor)
            }
            rowMarks += "<g class=\"profile-row\" id=\"\(chartID)-row-\(number + 1)\">"
            let firstBaseline = centre - Double(lines.count - 1) * lineHeight / 2 + labelSize * 0.35
            rowMarks += SVG.text(
                lines, x: padding, y: firstBaseline, size: labelSize, fill: style.textColor, lineHeight: lineHeight
            )
            rowMarks += marks(for: row, centre: centre, x: x, plotLeft: plotLeft, valueRight: valueRight)
            rowMarks += "</g>\n"
            y += height
        }
        let plotBottom = y

        var grid = ""
        var tick = axis.lower
        while tick <= axis.upper + axis.step / 2 {
            grid += SVG.line(x1: x(tick), y1: plotTop, x2: x(tick), y2: plotBottom + 4, stroke: style.gridColor)
            grid += SVG.text(
                [format.number(tick, decimals: 0)], x: x(tick), y: plotBottom + 18,
                size: style.smallFontSize, fill: style.mutedTextColor, anchor: .middle
            )
            tick += axis.step
        }
        grid += SVG.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: style.axisColor)
        let reference = SVG.line(
            x1: x(100), y1: plotTop - 4, x2: x(100), y2: plotBottom, stroke: style.average.color,
            width: 1.5, dash: style.average.dashArray, attributes: "class=\"reference-line\""
        )
        body += bands + "\n" + grid + "\n" + reference + "\n" + rowMarks
        y = plotBottom + 22
        body +=
            SVG.text(
                ["Indeks, snitt \(networkName) = 100"], x: (plotLeft + plotRight) / 2, y: y + style.smallFontSize + 4,
                size: style.smallFontSize, fill: style.mutedTextColor, anchor: .middle
            ) + "\n"
        y += style.smallFontSize + 14
        let notes = ChartText.notes([sourceNote].compactMap { $0 }, x: padding, top: y, width: width - 2 * padding, style: style)
        body += notes.svg
        y += notes.height + padding

        return SVG.open(id: chartID, width: width, height: y, title: title, description: description, style: style)
            + body + SVG.close
    }

    /// The marks of one row: the network's range and extremes, the
    /// municipality's dot and its printed index, or "ingen data".
    private func marks(for row: Row, centre: Double, x: (Double) -> Double, plotLeft: Double, valueRight: Double) -> String {
        guard let index = row.index, index.isFinite else {
            return SVG.text(
                ["ingen data"], x: plotLeft + 8, y: centre + style.smallFontSize * 0.35,
                size: style.smallFontSize, fill: style.mutedTextColor, italic: true, attributes: "class=\"no-data\""
            )
        }
        var svg = ""
        let extremes = [row.lowestIndex, row.highestIndex].compactMap { $0 }.filter(\.isFinite)
        if extremes.count == 2 {
            svg += SVG.line(x1: x(extremes[0]), y1: centre, x2: x(extremes[1]), y2: centre, stroke: style.rangeLineColor, width: 2)
        }
        for extreme in extremes {
            svg += MarkerShape.diamond.svg(
                x: x(extreme), y: centre, size: 5.4, fill: "#ffffff", stroke: style.rangeColor, strokeWidth: 1.6,
                attributes: "class=\"network-extreme\""
            )
        }
        let municipality = style.municipality
        svg += municipality.marker.svg(
            x: x(index), y: centre, size: 5, fill: municipality.color, stroke: "#ffffff", strokeWidth: 1.2,
            attributes: "class=\"municipality-mark\""
        )
        // When the municipality is itself the network's highest or lowest, the
        // dot would hide that diamond: trace the diamond's outline over it.
        for extreme in extremes where abs(x(extreme) - x(index)) < 8 {
            svg += MarkerShape.diamond.svg(
                x: x(extreme), y: centre, size: 5.4, fill: "none", stroke: style.rangeColor, strokeWidth: 1.6
            )
        }
        svg += SVG.text(
            [style.numberFormat.number(index, decimals: 0)], x: valueRight, y: centre + style.labelFontSize * 0.35,
            size: style.labelFontSize, fill: municipality.color, anchor: .end, bold: true, attributes: "class=\"index-value\""
        )
        return svg
    }

    /// Legend: the reference line, the network's range (only when some row has one: a KOSTRA group
    /// or the country has no highest or lowest) and the municipality.
    private func legendItems() -> [ChartLegend.Item] {
        let average = style.average
        let rangeColor = style.rangeColor
        let rangeLineColor = style.rangeLineColor
        let municipality = style.municipality
        let hasRange = rows.contains { $0.highestIndex != nil || $0.lowestIndex != nil }
        return [
            ChartLegend.Item(
                symbolWidth: 12,
                draw: { x, y, svg in
                    svg.line(x1: x + 6, y1: y - 9, x2: x + 6, y2: y + 9, stroke: average.color, width: 1.5, dash: average.dashArray)
                }, label: "Snitt \(networkName)"),
            ChartLegend.Item(
                symbolWidth: 36,
                draw: { x, y, svg in
                    let paint = MarkerShape.paint(fill: "#ffffff", stroke: rangeColor, strokeWidth: 1.6)
                    svg.line(x1: x + 6, y1: y, x2: x + 30, y2: y, stroke: rangeLineColor, width: 2)
                    MarkerShape.diamond.write(x: x + 6, y: y, size: 5.4, paint: paint, into: &svg)
                    MarkerShape.diamond.write(x: x + 30, y: y, size: 5.4, paint: paint, into: &svg)
                }, label: "Høyest og lavest i \(networkName)"),
            ChartLegend.Item(
                symbolWidth: 12,
                draw: { x, y, svg in
                    municipality.marker.write(
                        x: x + 6, y: y, size: 5, paint: MarkerShape.paint(fill: municipality.color, stroke: "#ffffff", strokeWidth: 1.2),
                        into: &svg)
                }, label: municipalityName, bold: true),
        ].enumerated().filter { $0.offset != 1 || hasRange }.map(\.element)
    }

    /// The text for screen readers: what the chart shows and every row's figures.
    var description: String {
        let format = style.numberFormat
        var parts = [
            "Tjenesteprofil for \(municipalityName) med \(rows.count) indikatorer, "
                + "indeksert slik at snitt \(networkName) = 100."
        ]
        for row in rows {
            guard let index = row.index, index.isFinite else {
                parts.append("\(row.label): ingen data.")
                continue
            }
            var text = "\(row.label): \(format.number(index, decimals: 0))"
            var extremes: [String] = []
            if let high = row.highestIndex, high.isFinite { extremes.append("høyest i \(networkName) \(format.number(high, decimals: 0))") }
            if let low = row.lowestIndex, low.isFinite { extremes.append("lavest \(format.number(low, decimals: 0))") }
            if !extremes.isEmpty { text += " (" + extremes.joined(separator: ", ") + ")" }
            parts.append(text + ".")
        }
        return parts.joined(separator: " ")
    }
}
