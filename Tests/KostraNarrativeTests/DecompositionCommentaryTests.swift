import KostraAnalysis
import KostraModel
import KostraNarrative
import Testing

/// The decomposition sentences on hand-checked cases, including the edges of "Mer enn N %".
@Suite("Decomposition commentary")
struct DecompositionCommentaryTests {
    let writer = try! DecompositionCommentary.bundled()

    func comparison(_ base: BenefitYearFigures, _ later: BenefitYearFigures, others: [DecompositionComparison.Column] = [])
        throws -> DecompositionComparison
    {
        let result = try GrowthDecomposition(region: "Bærum", base: base, comparison: later)
        return DecompositionComparison(
            municipality: .init(role: .municipality, name: "Bærum", source: "test", decomposition: result), others: others)
    }

    @Test("A share that is exactly a multiple of 10 % is stated as it is, not as 'Mer enn'")
    func exactShareIsNotMoreThan() throws {
        // Only months per recipient change (+60 %), so their share is exactly 100 %, a multiple of the 10 % step.
        let base = BenefitYearFigures(year: 2015, recipients: 100, benefitMonths: 1_000, payout: 1_000_000)
        let later = BenefitYearFigures(year: 2019, recipients: 100, benefitMonths: 1_600, payout: 1_600_000)
        let sentences = writer.sentences(for: try comparison(base, later))
        #expect(sentences.map(\.text).contains("100 % av veksten skyldes lengre stønadsperioder (stønadsmåneder per mottaker +60,0 %)."))
        #expect(sentences.map(\.text).contains("Antall mottakere var nesten uendret (0,0 %) og forklarer lite av veksten."))
    }

    @Test("Every sentence carries the figures it prints, as printed")
    func sentencesAreTraceable() throws {
        let base = BenefitYearFigures(year: 2015, recipients: 1_000, benefitMonths: 10_000, payout: 100_000_000)
        let later = BenefitYearFigures(year: 2019, recipients: 1_041, benefitMonths: 1_041 * 11.57, payout: 1_041 * 11.57 * 10_390)
        let sentences = writer.sentences(for: try comparison(base, later))
        #expect(sentences.count == 5)
        for sentence in sentences {
            #expect(!sentence.inputs.isEmpty)
            for input in sentence.inputs { #expect(sentence.text.contains(input.display.replacing("+", with: "")), "\(sentence.text)") }
        }
        let duration = try #require(sentences.first { $0.rule == "decomposition.factor.monthsPerRecipient" })
        #expect(duration.inputs.map(\.display) == ["15,7 %", "Mer enn 60 %"])
        #expect(abs(duration.inputs[1].value - 62.4478) < 1e-3)
        #expect(duration.text == "Mer enn 60 % av veksten skyldes lengre stønadsperioder (stønadsmåneder per mottaker +15,7 %).")
    }

    @Test("A network with the same growth as shown is 'på nivå med'")
    func sameGrowthAsNetwork() throws {
        let base = BenefitYearFigures(year: 2015, recipients: 100, benefitMonths: 1_000, payout: 1_000_000)
        let later = BenefitYearFigures(year: 2019, recipients: 110, benefitMonths: 1_100, payout: 1_100_000)
        let network = try GrowthDecomposition(
            region: "ASSS", base: BenefitYearFigures(year: 2015, recipients: 1_000, benefitMonths: 9_000, payout: 9_000_000),
            comparison: BenefitYearFigures(year: 2019, recipients: 1_100, benefitMonths: 9_900, payout: 9_900_100))
        let sentences = writer.sentences(
            for: try comparison(
                base, later, others: [.init(role: .network, name: "ASSS", source: "test", decomposition: network)]))
        #expect(sentences.last?.text == "Endringen i Bærum (+10,0 %) var på nivå med endringen i ASSS samlet (+10,0 %).")
        #expect(sentences.last?.rule == "decomposition.comparison.network")
    }
}
