import KostraAnalysis
import KostraModel
import KostraNarrative
import Testing

/// Position against the average, at and around the 2 % and 10 % thresholds.
@Suite struct PositionRuleTests {
    private func position(_ value: Double, average: Double, id: String = "payout-per-recipient", polarity: Polarity? = nil) throws
        -> CommentarySentence?
    {
        let indicator = try ProfileFixtures.indicator(id, polarity: polarity)
        return try ProfileFixtures.say(PositionRule(), ProfileFixtures.row(indicator, values: [2024: value], average: average)).first
    }

    @Test(arguments: [
        (1000.0, "på nivå med snittet", nil as String?),
        (1014.0, "på nivå med snittet", nil),
        (986.0, "på nivå med snittet", nil),
        (985.0, "litt under snittet", "2 % lavere"),  // -1,5 % rounds half away from zero to "2 %"
        (1015.0, "litt over snittet", "2 % høyere"),  // 1,5 % is stated "2 %", so it is not called "på nivå"
        (1020.0, "litt over snittet", "2 % høyere"),
        (980.0, "litt under snittet", "2 % lavere"),
        (1094.0, "litt over snittet", "9 % høyere"),
        (1095.0, "godt over snittet", "10 % høyere"),  // 9,5 % is stated "10 %", so never "litt"
        (1100.0, "godt over snittet", "10 % høyere"),
        (906.0, "litt under snittet", "9 % lavere"),
        (900.0, "godt under snittet", "10 % lavere"),
        (1130.0, "godt over snittet", "13 % høyere enn snittet for ASSS"),
    ])
    func thresholds(value: Double, band: String, stated: String?) throws {
        let sentence = try #require(try position(value, average: 1000))
        #expect(sentence.text.contains(band), "\(sentence.text)")
        if let stated {
            #expect(sentence.text.contains(stated), "\(sentence.text)")
        } else {
            #expect(!sentence.text.contains("%"), "\(sentence.text)")
        }
        #expect(FigureCheck.unbackedFigures(in: sentence).isEmpty)
    }

    @Test func comparesFiguresAsDisplayed() throws {
        // 1 019,6 and 1 000,4 print as kr 1 020 and kr 1 000: the text says 2 %, matching the table.
        let sentence = try #require(try position(1019.6, average: 1000.4))
        #expect(sentence.text.contains("kr 1 020 mot kr 1 000"))
        #expect(sentence.text.contains("2 % høyere"))
    }

    @Test func percentIndicatorsAlsoStatePercentagePoints() throws {
        let sentence = try #require(try position(2.6, average: 4.3, id: "recipients-18-67-share"))
        #expect(sentence.text.contains("40 % lavere enn snittet for ASSS og 1,7 prosentpoeng lavere"))
        #expect(FigureCheck.unbackedFigures(in: sentence).isEmpty)
    }

    @Test func noPolarityNoJudgement() throws {
        let sentence = try #require(try position(1300, average: 1000, polarity: .neutral))
        #expect(!sentence.text.contains("bedre") && !sentence.text.contains("svakere"))
    }

    @Test func polarityGivesJudgement() throws {
        let lower = try #require(try position(800, average: 1000, polarity: .lowerIsBetter))
        #expect(lower.text.contains("som er bedre enn snittet"))
        let higher = try #require(try position(800, average: 1000, polarity: .higherIsBetter))
        #expect(higher.text.contains("som er svakere enn snittet"))
        let onLevel = try #require(try position(1001, average: 1000, polarity: .higherIsBetter))
        #expect(!onLevel.text.contains("bedre") && !onLevel.text.contains("svakere"))
    }

    @Test func noAverageNoSentence() throws {
        let indicator = try ProfileFixtures.indicator("payout-per-recipient")
        #expect(try ProfileFixtures.say(PositionRule(), ProfileFixtures.row(indicator, values: [2024: 1])).isEmpty)
    }
}
