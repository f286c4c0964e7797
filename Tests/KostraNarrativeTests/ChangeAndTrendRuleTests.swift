import KostraAnalysis
import KostraModel
import KostraNarrative
import Testing

/// Change since the previous year and steady trends.
@Suite struct ChangeAndTrendRuleTests {
    private func change(_ id: String, _ values: [Int: Double], polarity: Polarity? = nil) throws -> [CommentarySentence] {
        try ProfileFixtures.say(ChangeRule(), ProfileFixtures.row(try ProfileFixtures.indicator(id, polarity: polarity), values: values))
    }

    private func trend(_ values: [Int: Double]) throws -> [CommentarySentence] {
        try ProfileFixtures.say(TrendRule(), ProfileFixtures.row(try ProfileFixtures.indicator("duration-18-24"), values: values))
    }

    @Test func kronerChangeInUnit() throws {
        let sentence = try #require(try change("payout-per-recipient", [2023: 70100, 2024: 70784]).first)
        #expect(sentence.text.contains("har økt med kr 684 siden forrige år"))
        #expect(sentence.text.contains("fra kr 70 100 i 2023 til kr 70 784 i 2024"))
        #expect(FigureCheck.unbackedFigures(in: sentence).isEmpty)
    }

    @Test func relativeChangeAsComputed() throws {
        let sentence = try #require(try change("payout-per-recipient", [2023: 1000, 2024: 1209]).first)
        #expect(sentence.text.contains("en økning på 20,9 %"))
        #expect(!sentence.text.contains("nesten"))
    }

    @Test func monthsFromTo() throws {
        let sentence = try #require(try change("duration-18-24", [2023: 4.6, 2024: 4.8]).first)
        #expect(sentence.text.contains("fra 4,6 måneder i 2023 til 4,8 måneder i 2024"))
        #expect(sentence.text.contains("0,2 måneder"))
    }

    @Test func percentChangeInPercentagePoints() throws {
        let sentence = try #require(try change("recipients-18-24-share", [2023: 2.1, 2024: 2.3]).first)
        #expect(sentence.text.contains("har økt med 0,2 prosentpoeng"))
        #expect(FigureCheck.unbackedFigures(in: sentence).isEmpty)
    }

    @Test func unchangedAsDisplayed() throws {
        let sentence = try #require(try change("duration-18-24", [2023: 4.76, 2024: 4.84]).first)
        #expect(sentence.rule == "change.unchanged")
        #expect(sentence.text.contains("er uendret fra 2023 til 2024 (4,8 måneder)"))
    }

    @Test func missingPreviousYearGivesNoChange() throws {
        #expect(try change("duration-18-24", [2022: 4.0, 2024: 4.8]).isEmpty)
        #expect(try change("duration-18-24", [2024: 4.8]).isEmpty)
    }

    @Test func polarityOnlyWhereTheIndicatorHasOne() throws {
        let neutral = try #require(try change("payout-per-recipient", [2023: 1000, 2024: 1100]).first)
        #expect(!neutral.text.contains("bedre") && !neutral.text.contains("svakere"))
        let worse = try #require(try change("duration-18-24", [2023: 4.6, 2024: 4.8]).first)
        #expect(worse.text.contains("som er svakere enn året før"))
    }

    @Test func steadyTrendOverThreePoints() throws {
        let up = try #require(try trend([2022: 3.9, 2023: 4.6, 2024: 4.8]).first)
        #expect(up.text.contains("har hatt en jevn økning fra 2022 til 2024"))
        #expect(FigureCheck.unbackedFigures(in: up).isEmpty)
        let down = try #require(try trend([2022: 5.0, 2023: 4.6, 2024: 4.1]).first)
        #expect(down.text.contains("har hatt en jevn reduksjon"))
    }

    @Test func noTrendOverFewerThanThreePoints() throws {
        #expect(try trend([2023: 4.6, 2024: 4.8]).isEmpty)
        // A gap ends the run: 2022 and 2024 are not consecutive with 2023 missing.
        #expect(try trend([2021: 3.0, 2022: 3.9, 2024: 4.8]).isEmpty)
    }

    @Test func noTrendWhenNotStrictlyMonotoneAsDisplayed() throws {
        #expect(try trend([2022: 4.6, 2023: 4.64, 2024: 4.8]).isEmpty)  // 4,6 → 4,6 is flat as printed
        #expect(try trend([2022: 4.0, 2023: 4.8, 2024: 4.5]).isEmpty)
    }
}
