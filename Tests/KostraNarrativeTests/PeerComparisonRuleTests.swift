import KostraAnalysis
import KostraModel
import KostraNarrative
import Testing

/// Comparisons with municipalities the analyst named.
@Suite struct PeerComparisonRuleTests {
    let id = "payout-per-recipient"

    func say(_ figures: [String: Double], peers names: [String]) throws -> [CommentarySentence] {
        let definitions = try Definitions.bundled()
        let row = ProfileFixtures.row(try ProfileFixtures.indicator(id), values: [2024: 70784])
        let profile = try ProfileFixtures.profile([row])
        let peers = try names.map { try definitions.regions.find($0) }
        var byID: [RegionID: Double] = [:]
        for (name, value) in figures { byID[try definitions.regions.find(name).id] = value }
        let context = CommentaryContext(
            profile: profile, thresholds: try NarrativeThresholds.bundled(), text: FigureText(), memberFigures: [id: byID],
            peers: peers)
        return PeerComparisonRule().sentences(for: row, in: context)
    }

    @Test func lowerAndHigherAreContrasted() throws {
        let sentence = try #require(try say(["Asker": 80100, "Stavanger": 91051, "Sandnes": 48840], peers: ["Asker", "Stavanger", "Sandnes"]).first)
        #expect(
            sentence.text
                == "På «Stønad per mottaker» ligger Bærum (kr 70 784) lavere enn Asker (kr 80 100) og Stavanger (kr 91 051), men høyere enn Sandnes (kr 48 840) i 2024."
        )
        #expect(sentence.inputs.map(\.display) == ["kr 70 784", "kr 80 100", "kr 91 051", "kr 48 840"])
        #expect(sentence.rule == "peers")
    }

    @Test func equalAsShownIsTheSameLevel() throws {
        let sentence = try #require(try say(["Asker": 70784.4], peers: ["Asker"]).first)
        #expect(sentence.text.contains("på samme nivå som Asker (kr 70 784)"))
    }

    @Test func peersWithoutFiguresAreNamed() throws {
        let sentence = try #require(try say(["Asker": 80100], peers: ["Asker", "Drammen", "Tromsø"]).first)
        #expect(sentence.text.hasSuffix("lavere enn Asker (kr 80 100) i 2024. Drammen og Tromsø har ikke tall for 2024."))
    }

    @Test func noPeerFiguresNoSentence() throws {
        #expect(try say([:], peers: ["Asker"]).isEmpty)
        #expect(try say(["Asker": 1], peers: []).isEmpty)
    }
}
