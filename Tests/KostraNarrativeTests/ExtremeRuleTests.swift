import KostraAnalysis
import KostraModel
import KostraNarrative
import Testing

/// Highest and lowest in the network, and ranks only when every member's figure is known.
@Suite struct ExtremeRuleTests {
    private let id = "recipients-18-24-share"

    @Test func publishedLowestEqualToOwnFigureIsEnough() throws {
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 2.3], average: 5.3, highest: 8.9, lowest: 2.3)
        let sentence = try #require(try ProfileFixtures.say(ExtremeRule(), row).first)
        #expect(sentence.rule == "extreme.lowest")
        #expect(sentence.text == "Bærum er lavest i ASSS-nettverket på «Andel sosialhjelpsmottakere 18–24» med 2,3 % i 2024.")
    }

    @Test func equalAtDisplayedDecimals() throws {
        // 8,94 and 8,9 both print as 8,9 %: the table shows them equal, so the text does too.
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 8.94], highest: 8.9, lowest: 2.3)
        let sentence = try #require(try ProfileFixtures.say(ExtremeRule(), row).first)
        #expect(sentence.rule == "extreme.highest")
        #expect(sentence.text.contains("høyest i ASSS-nettverket"))
    }

    @Test func roundingEdgeCase19_95() throws {
        // 19,95 rounds half away from zero to 20,0 (binary floating point would give 19,9).
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 19.95], average: 20.0, highest: 20.0, lowest: 2.0)
        let extreme = try #require(try ProfileFixtures.say(ExtremeRule(), row).first)
        #expect(extreme.rule == "extreme.highest")
        #expect(extreme.text.contains("med 20,0 % i 2024"))
        let position = try #require(try ProfileFixtures.say(PositionRule(), row).first)
        #expect(position.text.contains("på nivå med snittet for ASSS (20,0 % mot 20,0 %)"))
    }

    @Test func differentAtDisplayedDecimalsSaysNothing() throws {
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 2.4], highest: 8.9, lowest: 2.3)
        #expect(try ProfileFixtures.say(ExtremeRule(), row).isEmpty)
    }

    @Test func secondHighestOnlyWithEveryMembersFigure() throws {
        let profile = try ProfileFixtures.profile([])
        let others = profile.members.filter { $0 != profile.municipality.id }
        var figures: [RegionID: Double] = [profile.municipality.id: 7.0]
        for (index, member) in others.enumerated() { figures[member] = index == 0 ? 8.9 : 3.0 + Double(index) * 0.1 }
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 7.0], highest: 8.9, lowest: 2.3)
        let sentence = try #require(try ProfileFixtures.say(ExtremeRule(), row, memberFigures: [id: figures]).first)
        #expect(sentence.text.contains("nest høyest i ASSS-nettverket"))

        // One member without a figure: no rank, the number compared instead.
        var partial = figures
        partial[others[others.count - 1]] = nil
        let row2 = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 9.5])
        let sentences = try ProfileFixtures.say(ExtremeRule(), row2, memberFigures: [id: partial])
        let unranked = try #require(sentences.first)
        #expect(!unranked.text.contains("nest"))
        #expect(
            unranked.text.contains("høyest av de \(profile.members.count - 1) kommunene med tall (av \(profile.members.count) i ASSS-nettverket)"))
        #expect(try ProfileFixtures.say(ExtremeRule(), row, memberFigures: [id: partial]).isEmpty)
    }

    @Test func tooFewFiguresToCompareSaysNothing() throws {
        let profile = try ProfileFixtures.profile([])
        let other = try #require(profile.members.first { $0 != profile.municipality.id })
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 7.0])
        // Two figures known (Bærum's and one more): "høyest av de 2" would say next to nothing.
        let figures: [RegionID: Double] = [profile.municipality.id: 7.0, other: 3.0]
        #expect(try ProfileFixtures.say(ExtremeRule(), row, memberFigures: [id: figures]).isEmpty)
    }

    @Test func noRankWithoutMembersFigures() throws {
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 7.0], highest: 8.9, lowest: 2.3)
        #expect(try ProfileFixtures.say(ExtremeRule(), row).isEmpty)
    }
}
