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
        var element = SVGBytes(capacity: 160)
        write(x: x, y: y, size: size, paint: Self.paint(fill: fill, stroke: stroke, strokeWidth: strokeWidth, attributes: attributes), into: &element)
        return element.string
    }

    /// The attributes that colour a marker, made once for a series and shared by its markers.
    ///
    /// As bytes: a report makes some 550 of these (a line chart's series and legend items), and
    /// interpolating each into a string cost more than writing all of the markers they colour.
    static func paint(fill: String, stroke: String, strokeWidth: Double, attributes: String = "") -> SVGBytes {
        var paint = SVGBytes(capacity: 64 + attributes.utf8.count)
        paint.append(literal: "fill=\"")
        paint.append(fill)
        paint.append(literal: "\" stroke=\"")
        paint.append(stroke)
        paint.append(literal: "\" stroke-width=")
        paint.quoted(strokeWidth)
        if !attributes.isEmpty {
            paint.append(literal: " ")
            paint.append(attributes)
        }
        return paint
    }

    /// Appends the marker to `svg`, with `paint` after its geometry: its colours from
    /// ``paint(fill:stroke:strokeWidth:attributes:)``, or only a class where a group around the
    /// markers gives them their colours.
    ///
    /// Written piece by piece into the chart: a line chart has a hundred markers or more, and
    /// making each one its own interpolated string was most of the time spent drawing it.
    func write(x: Double, y: Double, size: Double, paint: SVGBytes, into svg: inout SVGBytes) {
        switch self {
        case .circle:
            svg.append(literal: "<circle cx=\"")
            svg.number(x)
            svg.append(literal: "\" cy=\"")
            svg.number(y)
            svg.append(literal: "\" r=\"")
            svg.number(size)
        case .square:
            let half = size * 0.88
            svg.append(literal: "<rect x=\"")
            svg.number(x - half)
            svg.append(literal: "\" y=\"")
            svg.number(y - half)
            svg.append(literal: "\" width=\"")
            svg.number(2 * half)
            svg.append(literal: "\" height=\"")
            svg.number(2 * half)
        case .triangleUp, .triangleDown:
            // An equilateral triangle around the centre, nudged so its visual
            // centre (not its bounding box) sits on the data point.
            let radius = size * 1.25
            let direction: Double = self == .triangleUp ? 1 : -1
            let top = y - direction * radius
            let base = y + direction * radius * 0.5
            let halfWidth = radius * 0.866
            svg.append(literal: "<polygon points=\"")
            svg.points([(x, top), (x - halfWidth, base), (x + halfWidth, base)])
        case .diamond:
            let radius = size * 1.25
            svg.append(literal: "<polygon points=\"")
            svg.points([(x, y - radius), (x + radius, y), (x, y + radius), (x - radius, y)])
        }
        svg.append(literal: "\" ")
        svg.append(paint)
        svg.append(literal: "/>")
    }
}
