import Foundation
import Testing

@testable import KostraRender

/// Chart coordinates: at most one decimal, half away from zero, a full stop, never a locale,
/// the same whether written into a string or into a chart's bytes.
@Suite struct SVGNumberTests {
    @Test(arguments: [
        (12.0, "12"), (12.5, "12.5"), (12.04, "12"), (12.05, "12.1"), (-3.25, "-3.3"), (0.04, "0"), (-0.04, "0"),
        (-0.05, "-0.1"), (99.95, "100"), (1_234_567.8, "1234567.8"), (1e12, "1000000000"), (-1e12, "-1000000000"),
        (.nan, "0"), (.infinity, "0"), (0, "0"), (7.0000001, "7"),
    ])
    func coordinates(value: Double, expected: String) {
        #expect(SVG.number(value) == expected)
        var bytes = SVGBytes(capacity: 16)
        bytes.number(value)
        #expect(bytes.string == expected)
    }

    /// The plain spelling the digit-by-digit writer replaced: Foundation's `%.1f` of the rounded
    /// tenths, without a trailing `.0` and without a minus on zero.
    static func plainCoordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (min(max(value, -1e9), 1e9) * 10).rounded()
        guard tenths != 0 else { return "0" }
        var text = String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), tenths / 10)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    @Test("Agrees with Foundation's formatting on 20 000 seeded coordinates")
    func agreesWithThePlainSpelling() {
        var state: UInt64 = 0x5EED_C0DE
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for index in 0..<20_000 {
            let unit = Double(next()) * 0x1p-53
            // Chart-sized coordinates, halves on the tenth, and the clamped extremes.
            let value: Double
            switch index % 4 {
            case 0: value = (unit - 0.5) * 2_000
            case 1: value = (Double(Int(unit * 20_000)) - 10_000) / 20 + 0.05
            case 2: value = (unit - 0.5) * 4e9
            default: value = (unit - 0.5) * 2
            }
            var bytes = SVGBytes(capacity: 16)
            bytes.number(value)
            #expect(bytes.string == Self.plainCoordinate(value), "\(value)")
        }
    }

    @Test func pointsAndMarkers() {
        var points = SVGBytes(capacity: 32)
        points.points([(1, 2.25), (-3.5, 40)])
        #expect(points.string == "1,2.3 -3.5,40")
        #expect(
            MarkerShape.circle.svg(x: 10, y: 20.26, size: 4, fill: "#fff", stroke: "#000", strokeWidth: 1.5, attributes: "class=\"p\"")
                == "<circle cx=\"10\" cy=\"20.3\" r=\"4\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\" class=\"p\"/>")
        #expect(
            MarkerShape.diamond.svg(x: 0, y: 0, size: 4, fill: "a", stroke: "b", strokeWidth: 1)
                == "<polygon points=\"0,-5 5,0 0,5 -5,0\" fill=\"a\" stroke=\"b\" stroke-width=\"1\"/>")
    }

    @Test func chartSizeComesFromTheViewBox() {
        let chart = ReportChart(
            id: "c", title: "C", svg: "<svg viewBox=\"0 0 760 448.5\">" + String(repeating: "x", count: 5000) + "</svg>", altText: "C")
        #expect(chart.width == 760 && chart.height == 448.5)
        #expect(ReportChart(id: "d", title: "D", svg: "<svg></svg>", altText: "D").width == 720)
    }
}
