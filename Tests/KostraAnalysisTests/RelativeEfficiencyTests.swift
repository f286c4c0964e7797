import KostraAnalysis
import Testing

@Suite("Relative efficiency")
struct RelativeEfficiencyTests {
    /// Bærum 2025: production 12,5 % above ASSS, gross expenditure 2,2 % below: 1,125 / 0,978 = 1,1503.
    @Test func fromRelativeFigures() throws {
        let result = try RelativeEfficiency(
            region: "Bærum", networkName: "ASSS", productionPercentAboveNetwork: 12.5, expenditurePercentAboveNetwork: -2.2)
        #expect(result.relativeProduction == 1.125)
        #expect(abs(result.relativeExpenditure - 0.978) < 1e-15)
        #expect(abs(result.value - 1.125 / 0.978) < 1e-15)
        #expect(abs(result.percentAboveNetwork - 15.0307) < 1e-4)
        #expect(
            result.method == "Relativ effektivitet = (produksjon / produksjon i ASSS) / (utgifter / utgifter i ASSS) = "
                + "1,125 / 0,978 = 1,150, dvs. 15,0 % over ASSS.")
    }

    @Test func fromAbsoluteFiguresGivesTheSame() throws {
        let absolute = try RelativeEfficiency(
            region: "Bærum", networkName: "ASSS", production: 112.5, networkProduction: 100,
            expenditure: 97.8, networkExpenditure: 100)
        #expect(abs(absolute.value - 1.125 / 0.978) < 1e-12)
        #expect(absolute.absoluteInputs?.networkExpenditure == 100)
        #expect(absolute.explanation.inputs.count == 4)
    }

    /// The published "+44 %" stays beside our 15,0 %; the result is never bent toward it.
    @Test func publishedFigureIsShownBesideOurs() throws {
        let result = try RelativeEfficiency(
            region: "Bærum", networkName: "ASSS", productionPercentAboveNetwork: 12.5, expenditurePercentAboveNetwork: -2.2)
        let comparison = try result.compared(withPublishedPercentAbove: 44, source: "Bærum kommune, ASSS-analyse 2025")
        #expect(abs(comparison.computed - 15.0307) < 1e-4)
        #expect(comparison.published == 44)
        #expect(abs(comparison.difference + 28.9693) < 1e-4)
        #expect(!comparison.agrees)
        #expect(
            comparison.note == "Effektivitet, prosent over ASSS, Bærum: beregnet 15,0 %, publisert 44 % "
                + "(Bærum kommune, ASSS-analyse 2025). Avvik -29,0 prosentpoeng. Det publiserte tallet følger ikke av "
                + "inngangstallene med metoden som er beskrevet; verktøyet viser sitt eget resultat uendret.")
        #expect(comparison.explanation.inputs.last?.value == 44)
        let matching = try result.compared(withPublishedPercentAbove: 15, source: "test")
        #expect(matching.agrees)
    }

    @Test func invalidInputsAreErrors() {
        #expect {
            try RelativeEfficiency(
                region: "Bærum", networkName: "ASSS", production: 1, networkProduction: 0, expenditure: 1, networkExpenditure: 1)
        } throws: { error in
            (error as? EfficiencyError)?.errorDescription
                == "The network production for Bærum is 0; it must be above zero for relative efficiency to be defined. "
                + "Check the figure."
        }
        #expect(throws: EfficiencyError.percentOutOfRange(region: "Bærum", input: "expenditure", percent: -100)) {
            try RelativeEfficiency(
                region: "Bærum", networkName: "ASSS", productionPercentAboveNetwork: 0, expenditurePercentAboveNetwork: -100)
        }
    }
}
