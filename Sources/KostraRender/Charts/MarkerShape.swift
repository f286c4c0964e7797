/// A point marker's shape; series are told apart by shape as well as colour
/// so that they survive greyscale printing and colour-blind readers.
public enum MarkerShape: String, Sendable, Hashable, Codable, CaseIterable {
    /// A circle.
    case circle
    /// A square standing on its side.
    case square
    /// A triangle pointing up.
    case triangleUp
    /// A triangle pointing down.
    case triangleDown
    /// A square standing on its corner.
    case diamond

    /// The marker as an SVG element centred on (`x`, `y`).
    ///
    /// - Parameters:
    ///   - size: the marker's nominal radius in px; shapes are scaled so they
    ///     look equally heavy (a square of the same radius looks bigger).
    ///   - fill: the fill colour, or `"#ffffff"` for an open marker.
    ///   - stroke: the outline colour.
    ///   - strokeWidth: the outline width in px.
    ///   - attributes: further attributes for the element, e.g. a class.
    func svg(x: Double, y: Double, size: Double, fill: String, stroke: String, strokeWidth: Double, attributes: String = "") -> String {
        var paint = "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\(SVG.quoted(strokeWidth))"
        if !attributes.isEmpty { paint += " " + attributes }
        switch self {
        case .circle:
            return "<circle cx=\(SVG.quoted(x)) cy=\(SVG.quoted(y)) r=\(SVG.quoted(size)) \(paint)/>"
        case .square:
            let half = size * 0.88
            return "<rect x=\(SVG.quoted(x - half)) y=\(SVG.quoted(y - half)) width=\(SVG.quoted(2 * half)) height=\(SVG.quoted(2 * half)) \(paint)/>"
        case .triangleUp, .triangleDown:
            // An equilateral triangle around the centre, nudged so its visual
            // centre (not its bounding box) sits on the data point.
            let radius = size * 1.25
            let direction: Double = self == .triangleUp ? 1 : -1
            let top = y - direction * radius
            let base = y + direction * radius * 0.5
            let halfWidth = radius * 0.866
            let points = [(x, top), (x - halfWidth, base), (x + halfWidth, base)]
            return "<polygon points=\"\(SVG.points(points))\" \(paint)/>"
        case .diamond:
            let radius = size * 1.25
            let points = [(x, y - radius), (x + radius, y), (x, y + radius), (x - radius, y)]
            return "<polygon points=\"\(SVG.points(points))\" \(paint)/>"
        }
    }
}
