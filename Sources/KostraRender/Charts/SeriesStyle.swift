/// How one series (a line, its markers, its bars) is drawn.
public struct SeriesStyle: Sendable, Hashable {
    /// The stroke colour for lines, markers, bar outlines and value labels
    /// (chosen with at least 4.5:1 contrast on white so labels stay readable).
    public var color: String
    /// The SVG `stroke-dasharray`, or `nil` for a solid line.
    public var dashArray: String?
    /// The line width in px.
    public var lineWidth: Double
    /// The marker drawn at every data point.
    public var marker: MarkerShape
    /// Whether the marker is filled (otherwise open, with a white centre).
    public var markerFilled: Bool
    /// The colour used to fill bars (may be lighter than `color`).
    public var barFill: String
    /// The pattern used for bars.
    public var barPattern: BarPattern

    /// Creates a series style.
    public init(
        color: String,
        dashArray: String? = nil,
        lineWidth: Double = 2,
        marker: MarkerShape = .circle,
        markerFilled: Bool = true,
        barFill: String? = nil,
        barPattern: BarPattern = .solid
    ) {
        self.color = color
        self.dashArray = dashArray
        self.lineWidth = lineWidth
        self.marker = marker
        self.markerFilled = markerFilled
        self.barFill = barFill ?? color
        self.barPattern = barPattern
    }
}
