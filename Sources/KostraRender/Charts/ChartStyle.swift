public import KostraModel

/// The one palette and typography shared by every chart and output format.
///
/// Colours are chosen to survive greyscale printing: the municipality is a
/// strong dark blue, the network average near-black and dashed, and other
/// series differ in dash pattern and marker shape as well as in tone. Every
/// colour used for text has at least 4.5:1 contrast on white.
public struct ChartStyle: Sendable, Hashable {
    /// The CSS font stack; DejaVu Sans first because it is on the PDF
    /// renderer's machine and is the widest, so measured text never overflows.
    public var fontFamily: String
    /// The width of every chart's viewBox in px (A4 text width at about 96 dpi).
    public var width: Double
    /// The size of titles in px.
    public var titleFontSize: Double
    /// The size of labels and legends in px.
    public var labelFontSize: Double
    /// The size of axis ticks, value labels and notes in px (at least 11).
    public var smallFontSize: Double
    /// The page colour behind the chart.
    public var backgroundColor: String
    /// The colour of titles and labels.
    public var textColor: String
    /// The colour of secondary text: ticks, notes, "ingen data".
    public var mutedTextColor: String
    /// The colour of axis lines and the zero line.
    public var axisColor: String
    /// The colour of grid lines.
    public var gridColor: String
    /// The colour of alternate row bands in the service profile.
    public var bandColor: String
    /// How the municipality the report is about is drawn.
    public var municipality: SeriesStyle
    /// How the network average is drawn.
    public var average: SeriesStyle
    /// How comparison series are drawn, used in turn (and again from the start
    /// if there are more series than styles).
    public var comparisons: [SeriesStyle]
    /// The colour of the network's highest and lowest markers and their range.
    public var rangeColor: String
    /// The colour of the range line between the network's highest and lowest.
    public var rangeLineColor: String
    /// How numbers are printed: decimal comma, no-break space between
    /// thousands and a true minus sign, as in the HTML report's tables.
    public var numberFormat: NorwegianNumberFormat

    /// Creates a style; every argument defaults to the standard report style.
    public init(
        fontFamily: String = "DejaVu Sans, Liberation Sans, Arial, sans-serif",
        width: Double = 760,
        titleFontSize: Double = 15,
        labelFontSize: Double = 12,
        smallFontSize: Double = 11,
        backgroundColor: String = "#ffffff",
        textColor: String = "#1a1a1a",
        mutedTextColor: String = "#4d4d4d",
        axisColor: String = "#4d4d4d",
        gridColor: String = "#d9d9d9",
        bandColor: String = "#f2f4f7",
        municipality: SeriesStyle = SeriesStyle(color: "#0b3d75", lineWidth: 3, marker: .circle),
        average: SeriesStyle = SeriesStyle(
            color: "#1a1a1a", dashArray: "7 4", lineWidth: 2.25, marker: .square, barPattern: .diagonal
        ),
        comparisons: [SeriesStyle] = ChartStyle.defaultComparisons,
        rangeColor: String = "#4d4d4d",
        rangeLineColor: String = "#8c8c8c",
        numberFormat: NorwegianNumberFormat = .html
    ) {
        self.fontFamily = fontFamily
        self.width = width
        self.titleFontSize = titleFontSize
        self.labelFontSize = labelFontSize
        self.smallFontSize = max(11, smallFontSize)
        self.backgroundColor = backgroundColor
        self.textColor = textColor
        self.mutedTextColor = mutedTextColor
        self.axisColor = axisColor
        self.gridColor = gridColor
        self.bandColor = bandColor
        self.municipality = municipality
        self.average = average
        self.comparisons = comparisons.isEmpty ? ChartStyle.defaultComparisons : comparisons
        self.rangeColor = rangeColor
        self.rangeLineColor = rangeLineColor
        self.numberFormat = numberFormat
    }

    /// The standard report style.
    public static let standard = ChartStyle()

    /// Comparison styles: teal dotted with triangles, brown dash-dot with
    /// diamonds, purple long-dashed with open circles, grey short-dashed with
    /// downward triangles; as bars a light solid tint, then three hatchings.
    public static let defaultComparisons: [SeriesStyle] = [
        SeriesStyle(color: "#1f7a70", dashArray: "2 3", lineWidth: 2.25, marker: .triangleUp, barFill: "#9fd3cc"),
        SeriesStyle(color: "#a34f0a", dashArray: "9 3 2 3", lineWidth: 2, marker: .diamond, barPattern: .crossHatch),
        SeriesStyle(color: "#6a3d9a", dashArray: "12 4", lineWidth: 2, marker: .circle, markerFilled: false, barPattern: .horizontal),
        SeriesStyle(color: "#595959", dashArray: "4 2", lineWidth: 2, marker: .triangleDown, barFill: "#c8c8c8"),
    ]

    /// The style for a series with `role`; `comparisonIndex` counts the
    /// comparison series before this one, so each gets its own style.
    public func style(for role: SeriesRole, comparisonIndex: Int = 0) -> SeriesStyle {
        switch role {
        case .municipality: municipality
        case .average: average
        case .comparison: comparisons[((comparisonIndex % comparisons.count) + comparisons.count) % comparisons.count]
        }
    }

    /// Styles for a list of roles, numbering the comparison series in order.
    func styles(for roles: [SeriesRole]) -> [SeriesStyle] {
        var comparisonIndex = 0
        return roles.map { role in
            defer { if role == .comparison { comparisonIndex += 1 } }
            return style(for: role, comparisonIndex: comparisonIndex)
        }
    }
}
