import KostraAnalysis
import KostraModel
import PropertyBased
import Testing

@Suite("Growth decomposition")
struct GrowthDecompositionTests {
    /// Inputs built to have exactly the review's factor growths (Bærum 2015–2019, seed 003):
    /// N 1 000 → 1 041 (+4,1 %), M 10 → 11,57 months (+15,7 %), P 10 000 → 10 390 kr (+3,9 %).
    /// Benefit months = N × M, payout = months × P.
    static let base2015 = BenefitYearFigures(year: 2015, recipients: 1_000, benefitMonths: 10_000, payout: 100_000_000)
    static let comparison2019 = BenefitYearFigures(
        year: 2019, recipients: 1_041, benefitMonths: 1_041 * 11.57, payout: 1_041 * 11.57 * 10_390)

    @Test func reproducesTheReview() throws {
        let result = try GrowthDecomposition(region: "Bærum", base: Self.base2015, comparison: Self.comparison2019)
        #expect(abs(result.recipientGrowth - 0.041) < 1e-12)
        #expect(abs(result.monthsPerRecipientGrowth - 0.157) < 1e-12)
        #expect(abs(result.payoutPerMonthGrowth - 0.039) < 1e-12)
        // 1,041 × 1,157 × 1,039 = 1,251410043: total 25,1 % unrounded, 25 % as published.
        #expect(abs(result.totalGrowth - 0.251410043) < 1e-12)
        #expect(abs(result.combinationEffect - 0.014410043) < 1e-12)

        let text = Dictionary(uniqueKeysWithValues: result.parts.map { ($0.component, $0.formattedGrowth()) })
        #expect(text[.recipients] == "4,1 %")
        #expect(text[.monthsPerRecipient] == "15,7 %")
        #expect(text[.payoutPerMonth] == "3,9 %")
        #expect(text[.combination] == "1,4 %")
        #expect(text[.total] == "25,1 %")
        #expect(result.parts.last?.formattedGrowth(decimals: 0) == "25 %")

        // "Over 60 % of the growth from longer durations": unrounded 0,157 / 0,25141 = 0,6245.
        // The review's rounded figures give 15,7 / 25 = 0,628 and 15,7 / 25,1 = 0,625.
        let shares = try #require(result.shares)
        #expect(shares.monthsPerRecipient > 0.60)
        #expect(abs(shares.monthsPerRecipient - 0.624478) < 1e-6)
        #expect(NorwegianNumberFormat.round(15.7 / 25.1, decimals: 3) == 0.625)
        #expect(result.parts[1].formattedShare() == "62,4 %")
        #expect(abs(shares.recipients + shares.monthsPerRecipient + shares.payoutPerMonth + shares.combination - 1) < 1e-12)
        #expect(result.sharesUnavailableReason == nil)
        #expect(!result.isDecline)
        #expect(result.explanation.inputs.count == 6)
        #expect(result.method.contains("Kombinasjonseffekten er g_T − (g_N + g_M + g_P)"))
    }

    @Test func decomposesFromASeries() throws {
        let middle = BenefitYearFigures(year: 2017, recipients: 1_020, benefitMonths: 11_000, payout: 110_000_000)
        let result = try GrowthDecomposition(
            region: "Bærum", series: [Self.comparison2019, middle, Self.base2015], baseYear: 2015, comparisonYear: 2019)
        #expect(result.base == Self.base2015)
        #expect(result.comparison == Self.comparison2019)
    }

    @Test func declineSharesAreSharesOfTheDecline() throws {
        // N −20 %, M +5 %, P unchanged: T = 0,8 × 1,05 − 1 = −16 %.
        let base = BenefitYearFigures(year: 2020, recipients: 1_000, benefitMonths: 6_000, payout: 60_000_000)
        let later = BenefitYearFigures(year: 2024, recipients: 800, benefitMonths: 800 * 6.3, payout: 800 * 6.3 * 10_000)
        let result = try GrowthDecomposition(region: "Asker", base: base, comparison: later)
        #expect(abs(result.totalGrowth + 0.16) < 1e-12)
        #expect(result.isDecline)
        let shares = try #require(result.shares)
        #expect(abs(shares.recipients - 1.25) < 1e-9)  // fewer recipients: 125 % of the decline
        #expect(abs(shares.monthsPerRecipient + 0.3125) < 1e-9)  // longer durations held payout up
        #expect(abs(shares.payoutPerMonth) < 1e-9)
        #expect(abs(shares.combination - 0.0625) < 1e-9)
        #expect(result.explanation.notes.contains { $0.contains("andeler av nedgangen") })
    }

    @Test func zeroTotalGrowthLeavesSharesUndefined() throws {
        // N +25 %, M −20 %, P unchanged: T is exactly unchanged.
        let base = BenefitYearFigures(year: 2018, recipients: 100, benefitMonths: 1_000, payout: 1_000_000)
        let later = BenefitYearFigures(year: 2019, recipients: 125, benefitMonths: 1_000, payout: 1_000_000)
        let result = try GrowthDecomposition(region: "Sandnes", base: base, comparison: later)
        #expect(result.totalGrowth == 0)
        #expect(result.shares == nil)
        #expect(result.parts.allSatisfy { $0.share == nil })
        #expect(
            result.sharesUnavailableReason
                == "Samlet utbetaling er uendret fra 2018 til 2019 (vekst 0 %), så andeler av veksten er ikke definert.")
        #expect(abs(result.combinationEffect + 0.05) < 1e-12)
    }

    @Test func zeroBaseFigureIsRejectedWithAClearMessage() {
        let base = BenefitYearFigures(year: 2015, recipients: 0, benefitMonths: 100, payout: 1_000)
        #expect {
            try GrowthDecomposition(region: "Bærum", base: base, comparison: Self.comparison2019)
        } throws: { error in
            (error as? DecompositionError)?.errorDescription
                == "In the base year 2015 the number of recipients for Bærum is 0. "
                + "Growth from a zero or negative base is undefined. "
                + "Correct the figure for 2015 or choose a base year whose figures are all above zero."
        }
    }

    @Test func negativeComparisonFigureIsRejected() {
        let later = BenefitYearFigures(year: 2019, recipients: 10, benefitMonths: 100, payout: -5)
        #expect(
            throws: DecompositionError.nonPositiveFigure(
                region: "Bærum", year: 2019, field: .payout, value: -5, isBaseYear: false)
        ) {
            try GrowthDecomposition(region: "Bærum", base: Self.base2015, comparison: later)
        }
    }

    @Test func missingYearNamesTheYearAndWhatIsAvailable() {
        #expect {
            try GrowthDecomposition(
                region: "Bærum", series: [Self.base2015, Self.comparison2019], baseYear: 2015, comparisonYear: 2020)
        } throws: { error in
            (error as? DecompositionError)?.errorDescription
                == "There are no figures for Bærum in 2020 (years available: 2015, 2019). "
                + "Add a row for 2020 or choose a year that is present."
        }
    }

    @Test func comparisonMustBeLater() {
        #expect(throws: DecompositionError.comparisonNotAfterBase(region: "Bærum", baseYear: 2019, comparisonYear: 2015)) {
            try GrowthDecomposition(region: "Bærum", base: Self.comparison2019, comparison: Self.base2015)
        }
    }

    @Test func derivedRatiosAreNilWithoutADenominator() {
        let empty = BenefitYearFigures(year: 2015, recipients: 0, benefitMonths: 0, payout: 0)
        #expect(empty.monthsPerRecipient == nil)
        #expect(empty.payoutPerMonth == nil)
        #expect(Self.base2015.monthsPerRecipient == 10)
        #expect(Self.base2015.payoutPerMonth == 10_000)
    }

    @Test func partsAddUpAndProductIdentityHolds() async {
        await propertyCheck(
            count: 300,
            input: Gen.double(in: 1...100_000), Gen.double(in: 0.5...12), Gen.double(in: 100...50_000),
            Gen.double(in: 0.2...5), Gen.double(in: 0.2...5), Gen.double(in: 0.2...5)
        ) { n0, m0, p0, fN, fM, fP in
            let base = BenefitYearFigures(year: 2015, recipients: n0, benefitMonths: n0 * m0, payout: n0 * m0 * p0)
            let n1 = n0 * fN, m1 = m0 * fM, p1 = p0 * fP
            let later = BenefitYearFigures(year: 2019, recipients: n1, benefitMonths: n1 * m1, payout: n1 * m1 * p1)
            let result = try GrowthDecomposition(region: "X", base: base, comparison: later)
            let sum =
                result.recipientGrowth + result.monthsPerRecipientGrowth + result.payoutPerMonthGrowth
                + result.combinationEffect
            #expect(abs(sum - result.totalGrowth) <= 1e-9)
            let product = (1 + result.recipientGrowth) * (1 + result.monthsPerRecipientGrowth) * (1 + result.payoutPerMonthGrowth)
            #expect(abs(product - (1 + result.totalGrowth)) <= 1e-9 * (1 + result.totalGrowth))
            if let shares = result.shares {
                let total = shares.recipients + shares.monthsPerRecipient + shares.payoutPerMonth + shares.combination
                #expect(abs(total - 1) <= 1e-6)
            }
        }
    }
}
