import Foundation
import KostraAnalysis
import KostraModel
import KostraNarrative
import Testing

/// The resource-use indicator, the summary, thresholds file and sentence encoding.
@Suite struct ResourceUseAndSummaryTests {
    private func resourceUse(_ value: Double) throws -> CommentarySentence? {
        try ProfileFixtures.say(ResourceUseRule(), ProfileFixtures.row(try ProfileFixtures.indicator("rbi"), values: [2024: value], average: 1)).first
    }

    @Test func lessThanAverage() throws {
        let sentence = try #require(try resourceUse(0.877))
        #expect(sentence.text.hasPrefix("Bærum bruker 12 % mindre enn snittet for ASSS"))
        #expect(sentence.text.contains("0,877"))
        #expect(FigureCheck.unbackedFigures(in: sentence).isEmpty)
    }

    @Test func moreThanAverageAndOnAverage() throws {
        #expect(try #require(try resourceUse(1.243)).text.contains("bruker 24 % mer enn snittet"))
        #expect(try #require(try resourceUse(1.004)).text.contains("omtrent like mye som snittet for ASSS"))
        // 0,985 is 1,5 % less, stated as "2 %": so it is not called "omtrent like mye".
        #expect(try #require(try resourceUse(0.985)).text.contains("bruker 2 % mindre"))
    }

    @Test func summaryCountsAndAgreement() throws {
        let one = try ProfileFixtures.profile([
            ProfileFixtures.row(try ProfileFixtures.indicator("payout-per-recipient"), values: [2024: 900], average: 1000)
        ])
        let sentence = try #require(try ProfileFixtures.writer().sentences(for: one).first)
        #expect(sentence.text == "Bærum ligger under snittet for ASSS på 1 av 1 indikator i 2024.")
        #expect(FigureCheck.unbackedFigures(in: sentence).isEmpty)
    }

    @Test func missingPreviousYearInWriterOutput() throws {
        let profile = try ProfileFixtures.profile([
            ProfileFixtures.row(try ProfileFixtures.indicator("duration-18-24"), values: [2024: 4.8], average: 5.0)
        ])
        let sentences = try ProfileFixtures.writer().sentences(for: profile)
        #expect(!sentences.contains { $0.rule.hasPrefix("change") || $0.rule == "trend" })
        #expect(sentences.contains { $0.rule == "position" })
    }

    @Test func thresholdsFileHasDescription() throws {
        let thresholds = try NarrativeThresholds.bundled()
        #expect(!thresholds.description.isEmpty)
        #expect(thresholds.position.onAveragePercent == 2)
        #expect(thresholds.position.wellPercent == 10)
        #expect(thresholds.trend.minimumPoints >= 3)
    }

    @Test func sentencesRoundTripThroughJSON() throws {
        let sentences = try ProfileFixtures.writer().sentences(for: ProfileFixtures.baerum2024())
        let data = try JSONEncoder().encode(sentences)
        #expect(try JSONDecoder().decode([CommentarySentence].self, from: data) == sentences)
    }

    @Test func inputsCarrySourceTitles() throws {
        let profile = try ProfileFixtures.profile([
            ProfileFixtures.row(try ProfileFixtures.indicator("payout-per-recipient"), values: [2024: 900], average: 1000)
        ])
        let position = try #require(try ProfileFixtures.writer().sentences(for: profile).first { $0.rule == "position" })
        #expect(position.inputs.first?.sourceTitle == "Testkilde")
        #expect(position.inputs.first?.region == "Bærum")
        #expect(position.inputs.first?.year == 2024)
    }
}
