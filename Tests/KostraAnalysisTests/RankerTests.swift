import KostraAnalysis
import KostraModel
import Testing

/// Ranks on hand-made figures: ties share a place, polarity decides the direction both ways,
/// an indicator without polarity is ranked by value and says so, and missing members are named.
@Suite("Ranks")
struct RankerTests {
    static let definitions = try! Definitions.bundled()

    /// A catalogue indicator with the polarity and decimals the test needs.
    static func indicator(_ polarity: Polarity, decimals: Int = 1) -> Indicator {
        var indicator = definitions.catalog.indicators.first { !$0.isBaseFigure }!
        indicator.polarity = polarity
        indicator.decimals = decimals
        return indicator
    }

    static func figures(_ values: [RegionID: Double?], indicator: Indicator) -> [RegionID: Observation] {
        var figures: [RegionID: Observation] = [:]
        for (region, value) in values {
            figures[region] = Observation(
                indicator: indicator.id, region: region, year: 2024, value: value, status: value == nil ? .missing : nil)
        }
        return figures
    }

    static let names: [RegionID: String] = ["a": "Asker", "b": "Bærum", "c": "Drammen", "d": "Sandnes", "e": "Tromsø"]

    @Test func tiesShareAPlaceAndTheNextIsSkipped() {
        let indicator = Self.indicator(.higherIsBetter)
        // 5,04 and 5,0 print alike at one decimal, so they tie.
        let figures = Self.figures(["a": 7, "b": 5.04, "c": 5.0, "d": 3], indicator: indicator)
        let ranking = Ranker.rank(indicator, year: 2024, over: ["a", "b", "c", "d"], figures: figures)
        #expect(ranking.entries.map(\.rank) == [1, 2, 2, 4])
        #expect(ranking.entries.map(\.region) == ["a", "b", "c", "d"])
        let position = ranking.position(of: "c")
        #expect(position?.rank == 2)
        #expect(position?.sharedBy == 2)
        #expect(position?.text { Self.names[$0]! } == "2. (delt med 1 annen) av 4")
    }

    @Test func higherIsBetterPutsTheHighestFirst() {
        let indicator = Self.indicator(.higherIsBetter)
        let figures = Self.figures(["a": 1, "b": 3, "c": 2], indicator: indicator)
        let ranking = Ranker.rank(indicator, year: 2024, over: ["a", "b", "c"], figures: figures)
        #expect(ranking.order == .higherIsBetter)
        #expect(ranking.entries.map(\.region) == ["b", "c", "a"])
    }

    @Test func lowerIsBetterPutsTheLowestFirst() {
        let indicator = Self.indicator(.lowerIsBetter)
        let figures = Self.figures(["a": 1, "b": 3, "c": 2], indicator: indicator)
        let ranking = Ranker.rank(indicator, year: 2024, over: ["a", "b", "c"], figures: figures)
        #expect(ranking.order == .lowerIsBetter)
        #expect(ranking.entries.map(\.region) == ["a", "c", "b"])
        #expect(ranking.entries.map(\.rank) == [1, 2, 3])
    }

    @Test func withoutPolarityTheRankingIsByValueAndSaysSo() {
        let indicator = Self.indicator(.neutral)
        let figures = Self.figures(["a": 1, "b": 3, "c": 2], indicator: indicator)
        let ranking = Ranker.rank(indicator, year: 2024, over: ["a", "b", "c"], figures: figures)
        #expect(ranking.order == .byValue)
        #expect(!ranking.order.judgesBetter)
        #expect(ranking.entries.map(\.region) == ["b", "c", "a"])
        #expect(ranking.order.norwegianDescription.contains("ingen retning"))
    }

    @Test func missingMembersAreCountedAndNamedNeverZero() {
        let indicator = Self.indicator(.lowerIsBetter)
        // Sandnes has SSB's symbol and Tromsø nothing at all: neither is ranked, neither is read as zero.
        let figures = Self.figures(["a": 4, "b": 2, "c": 3, "d": nil], indicator: indicator)
        let ranking = Ranker.rank(indicator, year: 2024, over: ["a", "b", "c", "d", "e"], figures: figures)
        #expect(ranking.entries.map(\.region) == ["b", "c", "a"])
        #expect(ranking.missing == ["d", "e"])
        #expect(ranking.missingStatuses["d"] == .missing)
        let position = ranking.position(of: "a")
        #expect(position?.of == 5)
        #expect(position?.text { Self.names[$0]! } == "3. av 3 med tall; Sandnes og Tromsø mangler")
        #expect(ranking.position(of: "d") == nil)
    }

    @Test func theIssuesExampleReads() {
        let indicator = Self.indicator(.higherIsBetter, decimals: 0)
        var values: [RegionID: Double?] = [:]
        let regions = (1...12).map { "k\($0)" }
        for (offset, region) in regions.enumerated() { values[region] = Double(100 - offset) }
        values["k12"] = .some(nil)
        let ranking = Ranker.rank(indicator, year: 2024, over: regions, figures: Self.figures(values, indicator: indicator))
        let text = ranking.position(of: "k4")?.text { $0 == "k12" ? "Sandnes" : $0 }
        #expect(text == "4. av 11 med tall; Sandnes mangler")
    }
}
