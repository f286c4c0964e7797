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
