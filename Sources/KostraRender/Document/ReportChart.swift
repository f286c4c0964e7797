import Foundation

/// A chart as every format shows it: the same SVG, with a text alternative.
public struct ReportChart: Sendable, Hashable {
    /// A stable id, also used for the picture's file name in Word, e.g. `serie-1`.
    public var id: String
    public var title: String
    /// The standalone SVG document from one of the chart types (``ProfileChart``, ``LineChart``...).
    public var svg: String
    /// The chart's size in CSS px (its viewBox), for pictures in Word and screenshots.
    public var width: Double
    public var height: Double
    /// A text alternative for screen readers and Word's alt text.
    public var altText: String
    /// A caption printed below the chart.
    public var caption: String?

    public init(id: String, title: String, svg: String, altText: String, caption: String? = nil) {
        self.id = id
        self.title = title
        self.svg = svg
        self.altText = altText
        self.caption = caption
        (width, height) = Self.size(of: svg)
    }

    /// The size from the root element's `viewBox`, which every chart writes.
    /// Searched in UTF-8: Foundation's `range(of:)` measured its way through the whole chart in
    /// UTF-16 offsets, a tenth of a report's time.
    static func size(of svg: String) -> (Double, Double) {
        // The root element's attributes come first; a chart is tens of kilobytes after them.
        let head = Array(svg.utf8.prefix(1024))
        let pattern = Array("viewBox=\"".utf8)
        guard head.count >= pattern.count,
            let start = (0...(head.count - pattern.count)).first(where: { head[$0..<($0 + pattern.count)].elementsEqual(pattern) })
        else { return (720, 400) }
        let rest = head[(start + pattern.count)...]
        guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return (720, 400) }
        let numbers = String(decoding: rest[..<end], as: UTF8.self).split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 4 else { return (720, 400) }
        return (numbers[2], numbers[3])
    }
}
