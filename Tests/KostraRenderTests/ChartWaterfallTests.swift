import FoundationXML
import KostraRender
import Testing

@Suite("WaterfallChart")
struct ChartWaterfallTests {
    @Test("Four steps and a total of 25,1\u{00A0}%")
    func growth() throws {
        let chart = ChartFixtures.growthWaterfall
        #expect(abs(chart.resolvedTotal - 25.1) < 1e-9)
        let root = try ChartChecks.standard(chart.svg(), id: "vekst-sosialhjelp")
        #expect(ChartFixtures.elements(root, withClass: "waterfall-step").count == 4)
        #expect(ChartFixtures.elements(root, withClass: "waterfall-total").count == 1)
        #expect(ChartFixtures.elements(root, withClass: "connector").count == 4)
        let labels = ChartFixtures.elements(root, withClass: "value-label").compactMap(\.stringValue)
        #expect(labels == ["+4,1\u{00A0}%", "+15,7\u{00A0}%", "+3,9\u{00A0}%", "+1,4\u{00A0}%", "25,1\u{00A0}%"])
        let texts = ChartFixtures.texts(root)
        #expect(texts.contains("Samlet vekst"))
        #expect(texts.contains("Økning"))
        #expect(!texts.contains("Reduksjon"))
    }

    @Test("Steps float: each starts where the previous ended")
    func floating() throws {
        let root = try ChartFixtures.parse(ChartFixtures.growthWaterfall.svg())
        let bars = ChartFixtures.elements(root, withClass: "bar")
        let spans = bars.compactMap { bar -> (Double, Double)? in
            guard let y = Double(ChartFixtures.attribute(bar, "y") ?? ""), let h = Double(ChartFixtures.attribute(bar, "height") ?? "") else {
                return nil
            }
            return (y, y + h)
        }
        #expect(spans.count == 5)
        for (previous, next) in zip(spans.prefix(3), spans.dropFirst().prefix(3)) {
            #expect(abs(previous.0 - next.1) < 0.2)
        }
        // The total spans from zero to the top of the last step.
        #expect(abs(spans[4].0 - spans[3].0) < 0.2)
    }

    @Test("Decreases are hatched, increases solid, the total distinct")
    func decreases() throws {
        let chart = WaterfallChart(
            id: "fall", title: "Endring i utgifter",
            steps: [.init(label: "Antall mottakere", value: -6.2), .init(label: "Utbetaling per mottaker", value: 2.5)],
            totalLabel: "Samlet endring", total: -3.9
        )
        let root = try ChartChecks.standard(chart.svg(), id: "fall")
        let decrease = try #require(ChartFixtures.elements(root, withClass: "decrease").first)
        let increase = try #require(ChartFixtures.elements(root, withClass: "increase").first)
        let total = try #require(ChartFixtures.elements(root, withClass: "waterfall-total").first)
        let fill = { (group: XMLElement) in ChartFixtures.elements(group, withClass: "bar").first.flatMap { ChartFixtures.attribute($0, "fill") } }
        #expect(fill(decrease)?.hasPrefix("url(#fall-pattern-") == true)
        #expect(fill(increase)?.hasPrefix("#") == true)
        #expect(fill(total) != fill(increase))
        let labels = ChartFixtures.elements(root, withClass: "value-label").compactMap(\.stringValue)
        #expect(labels == ["\u{2212}6,2\u{00A0}%", "+2,5\u{00A0}%", "\u{2212}3,9\u{00A0}%"])
        #expect(ChartFixtures.texts(root).contains("Reduksjon"))
    }

    @Test("The description states the total and each component")
    func description() throws {
        let root = try ChartFixtures.parse(ChartFixtures.growthWaterfall.svg())
        let desc = ChartFixtures.elements(root, named: "desc").first?.stringValue ?? ""
        #expect(desc.contains("Samlet vekst 25,1\u{00A0}%"))
        #expect(desc.contains("Stønadsmåneder per mottaker +15,7\u{00A0}%"))
    }
}
