import FoundationXML
import KostraModel
import KostraRender
import Testing

@Suite("BarChart")
struct ChartBarTests {
    @Test("Grouped bars: one group per category, one bar per series with data")
    func groups() throws {
        let chart = ChartFixtures.growthBars
        let root = try ChartChecks.standard(chart.svg(), id: "vekstkomponenter")
        let groups = ChartFixtures.elements(root, withClass: "bar-group")
        #expect(groups.count == 3)
        for group in groups { #expect(ChartFixtures.elements(group, withClass: "bar").count == 3) }
        let labels = ChartFixtures.elements(root, withClass: "value-label").compactMap(\.stringValue)
        #expect(
            labels == [
                "+4,1\u{00A0}%", "+15,7\u{00A0}%", "+3,9\u{00A0}%", "+12,3\u{00A0}%", "+4,4\u{00A0}%", "+7,8\u{00A0}%", "\u{2212}2,0\u{00A0}%",
                "+6,1\u{00A0}%", "+9,2\u{00A0}%",
            ])
    }

    @Test("Negative values hang below the zero line, with their label beneath")
    func negative() throws {
        let root = try ChartFixtures.parse(ChartFixtures.growthBars.svg())
        let zero = try #require(ChartFixtures.elements(root, withClass: "zero-line").first)
        let zeroY = try #require(Double(ChartFixtures.attribute(zero, "y1") ?? ""))
        let group = ChartFixtures.elements(root, withClass: "bar-group")[2]
        let bar = try #require(ChartFixtures.elements(group, withClass: "bar").first)
        let top = try #require(Double(ChartFixtures.attribute(bar, "y") ?? ""))
        let height = try #require(Double(ChartFixtures.attribute(bar, "height") ?? ""))
        #expect(abs(top - zeroY) < 0.11)
        #expect(height > 0)
        let label = try #require(ChartFixtures.elements(group, withClass: "value-label").first)
        #expect((Double(ChartFixtures.attribute(label, "y") ?? "") ?? 0) > top + height)
        let texts = ChartFixtures.texts(root)
        #expect(texts.contains("\u{2212}5"))
    }

    @Test("Series differ by fill pattern, not hue alone, and patterns have chart-scoped ids")
    func patterns() throws {
        let svg = ChartFixtures.growthBars.svg()
        let root = try ChartFixtures.parse(svg)
        let fills = ChartFixtures.elements(root, withClass: "bar").compactMap { ChartFixtures.attribute($0, "fill") }
        #expect(Set(fills).count == 3)
        #expect(fills.contains("url(#vekstkomponenter-pattern-2)"))
        #expect(ChartFixtures.elements(root, named: "pattern").count == 2)
    }

    @Test("Large kroner values group thousands; a missing value shows a dash")
    func thousands() throws {
        let chart = BarChart(
            id: "stonad", title: "Stønad per mottaker", categories: ["Bærum", "ASSS-snitt"],
            series: [
                .init(name: "2023", role: .comparison, values: [64059, 78830]),
                .init(name: "2024", role: .municipality, values: [70784, nil]),
            ],
            unit: .kroner, decimals: 0
        )
        let root = try ChartChecks.standard(chart.svg(), id: "stonad")
        let texts = ChartFixtures.texts(root)
        #expect(texts.contains("kr\u{00A0}70\u{00A0}784") || texts.contains("70\u{00A0}784"))
        #expect(texts.contains("80\u{00A0}000"))
        #expect(ChartFixtures.elements(root, withClass: "no-data").count == 1)
        #expect(ChartFixtures.elements(root, withClass: "bar").count == 3)
    }
}
