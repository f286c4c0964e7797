import FoundationXML
import Foundation
import KostraModel
import KostraRender
import Testing

@Suite("Charts in common")
struct ChartCommonTests {
    /// One chart of each kind, with hostile text in every label.
    static func hostileCharts() -> [any SVGChart] {
        let evil = "<script>alert(\"x\")</script> & Bærum's \u{0007}"
        return [
            ProfileChart(
                id: "p", title: evil, municipalityName: evil, networkName: "A&B",
                rows: [.init(label: evil, index: 120, highestIndex: 150, lowestIndex: 50)], sourceNote: evil
            ),
            LineChart(
                id: "l", title: evil, years: [2023, 2024],
                series: [.init(name: evil, role: .municipality, values: [1, 2])], unit: .percent, decimals: 1,
                breaks: [.init(year: 2024, reason: evil)], sourceNote: evil
            ),
            BarChart(
                id: "b", title: evil, categories: [evil],
                series: [.init(name: evil, role: .average, values: [3])], unit: .count, decimals: 0, sourceNote: evil
            ),
            WaterfallChart(id: "w", title: evil, steps: [.init(label: evil, value: 2)], totalLabel: evil, sourceNote: evil),
        ]
    }

    @Test("Labels with <script>, & and control characters are escaped, never markup")
    func escaping() throws {
        for chart in Self.hostileCharts() {
            let svg = chart.svg()
            let root = try ChartChecks.standard(svg, id: chart.id)
            #expect(!svg.contains("<script"))
            #expect(svg.contains("&lt;script&gt;"))
            #expect(svg.contains("&amp;"))
            #expect(!svg.contains("\u{0007}"))
            let title = ChartFixtures.elements(root, named: "title").first?.stringValue
            #expect(title == "<script>alert(\"x\")</script> & Bærum's ")
        }
    }

    @Test("Ids are sanitised and stay unique when several charts share a page")
    func idsOnOnePage() throws {
        let charts: [any SVGChart] = [
            try ChartFixtures.baerumProfile(),
            ChartFixtures.lineChart(try ChartFixtures.baerumTimeSeries()[0], id: "tid-1", unit: .kroner, decimals: 0),
            ChartFixtures.growthBars,
            ChartFixtures.growthWaterfall,
        ]
        let page = "<div>" + charts.map { $0.svg() }.joined() + "</div>"
        let root = try ChartFixtures.parse(page)
        let ids = ChartFixtures.elements(root).compactMap { ChartFixtures.attribute($0, "id") }
        #expect(ids.count > 30)
        #expect(Set(ids).count == ids.count)

        let odd = ProfileChart(id: "2024 profil/Bærum", title: "T", municipalityName: "Bærum", networkName: "ASSS", rows: [])
        let oddRoot = try ChartFixtures.parse(odd.svg())
        let oddID = try #require(ChartFixtures.attribute(oddRoot, "id"))
        #expect(oddID == "chart-2024-profil-B-rum")
        try ChartChecks.standard(odd.svg(), id: oddID)
    }

    @Test("Empty and one-point specs still give well-formed, accessible SVG")
    func degenerate() throws {
        let charts: [any SVGChart] = [
            ProfileChart(id: "p0", title: "Tom profil", municipalityName: "Bærum", networkName: "ASSS", rows: []),
            LineChart(id: "l0", title: "Ingen år", years: [], series: [], unit: .percent, decimals: 1),
            LineChart(
                id: "l1", title: "Ett år", years: [2024],
                series: [.init(name: "Bærum", role: .municipality, values: [4.2])], unit: .percent, decimals: 1
            ),
            BarChart(id: "b0", title: "Ingen kategorier", categories: [], series: [], unit: .count, decimals: 0),
            WaterfallChart(id: "w0", title: "Ingen steg", steps: []),
        ]
        for chart in charts {
            try ChartChecks.standard(chart.svg(), id: chart.id)
        }
        let single = try ChartFixtures.parse(charts[2].svg())
        #expect(ChartFixtures.elements(single, withClass: "series-line").isEmpty)
        #expect(ChartFixtures.elements(single, withClass: "series-point").count == 1)
        #expect(ChartFixtures.elements(single, withClass: "value-label").compactMap(\.stringValue) == ["4,2\u{00A0}%"])
    }

    @Test("Rendering is deterministic and locale-free")
    func deterministic() throws {
        let chart = try ChartFixtures.baerumProfile()
        #expect(chart.svg() == chart.svg())
        let svg = chart.svg()
        // Coordinates use a full stop; readers' numbers use a comma.
        #expect(!svg.contains("x=\"1,"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test("Series styles differ in dash and marker as well as colour")
    func greyscaleSafe() {
        let style = ChartStyle.standard
        let roles: [SeriesRole] = [.municipality, .average, .comparison, .comparison, .comparison, .comparison]
        var comparison = 0
        let styles = roles.map { role -> SeriesStyle in
            defer { if role == .comparison { comparison += 1 } }
            return style.style(for: role, comparisonIndex: comparison)
        }
        #expect(Set(styles.map { $0.dashArray ?? "solid" }).count == styles.count)
        let markers = styles.map { "\($0.marker)\($0.markerFilled)" }
        #expect(Set(markers).count == styles.count)
        #expect(style.municipality.dashArray == nil)
        #expect(style.average.dashArray != nil)
        #expect(style.smallFontSize >= 11)
        #expect(ChartStyle(smallFontSize: 8).smallFontSize == 11)
    }
}
