import KostraAnalysis
import PropertyBased
import Testing

@Suite("Resource-use indicator")
struct ResourceUseIndicatorTests {
    /// By hand: I_A = 9 000 / 1,0 = 9 000; I_B = 13 200 / 1,1 = 12 000; I_C = 8 000 × 0,9 / 0,8 = 9 000.
    /// Mean Ī = 30 000 / 3 = 10 000, so RBI = 0,9; 1,2; 0,9. D and E lack data and are listed.
    @Test func handMadeNetwork() throws {
        let rbi = try ResourceUseIndicator(
            networkName: "Testnett",
            members: [
                .init(region: "A", spendingPerInhabitant: 9_000, costIndex: 1.0),
                .init(region: "B", spendingPerInhabitant: 13_200, costIndex: 1.1),
                .init(region: "C", spendingPerInhabitant: 8_000, costIndex: 0.8, correctionFactor: 0.9),
                .init(region: "D", spendingPerInhabitant: 10_000, costIndex: nil),
                .init(region: "E", spendingPerInhabitant: nil, costIndex: 1.0),
            ])
        #expect(abs(rbi.networkMeanNeedAdjustedSpending - 10_000) < 1e-9)
        #expect(rbi.members.map(\.region) == ["A", "B", "C"])
        let values = rbi.members.map(\.indicator)
        #expect(zip(values, [0.9, 1.2, 0.9]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(rbi.lackingData.map(\.region) == ["D", "E"])
        #expect(rbi.lackingData.map(\.reason) == ["mangler kostnadsindeks", "mangler utgifter per innbygger"])
        #expect(rbi.highest?.region == "B")
        #expect(rbi.usesCorrection)
        #expect(rbi.method.contains("over 3 kommuner med data"))
        #expect(
            rbi.explanation.notes == [
                "D er ikke med i gjennomsnittet: mangler kostnadsindeks.",
                "E er ikke med i gjennomsnittet: mangler utgifter per innbygger.",
            ])
    }

    @Test func spendingFromAccounts() throws {
        // (52 000 000 − 2 000 000) / 100 000 inhabitants = 500 kr per inhabitant.
        let input = try ResourceUseInput(
            region: "A", netOperatingExpenditure: 52_000_000, depreciation: 2_000_000, inhabitants: 100_000, costIndex: 1)
        #expect(input.spendingPerInhabitant == 500)
        #expect(throws: ResourceUseError.nonPositiveInhabitants(region: "A", value: 0)) {
            try ResourceUseInput(region: "A", netOperatingExpenditure: 1, depreciation: 0, inhabitants: 0, costIndex: 1)
        }
    }

    @Test func nonPositiveCostIndexIsAnError() {
        #expect {
            try ResourceUseIndicator(
                networkName: "ASSS",
                members: [
                    .init(region: "Bærum", spendingPerInhabitant: 4_000, costIndex: 0)
                ])
        } throws: { error in
            (error as? ResourceUseError)?.errorDescription
                == "The cost index for Bærum is 0; a cost index must be above zero (national average 1,00). "
                + "Check the sector's expenditure-need index for Bærum, or leave the cost index out so that "
                + "Bærum is listed as lacking data."
        }
        #expect(throws: ResourceUseError.nonPositiveCostIndex(region: "Oslo", value: -1)) {
            try ResourceUseIndicator(
                networkName: "ASSS",
                members: [
                    .init(region: "Oslo", spendingPerInhabitant: 4_000, costIndex: -1)
                ])
        }
    }

    @Test func noMembersWithDataIsAnError() {
        #expect {
            try ResourceUseIndicator(
                networkName: "ASSS",
                members: [
                    .init(region: "Bærum", spendingPerInhabitant: nil, costIndex: 1),
                    .init(region: "Asker", spendingPerInhabitant: 3_000, costIndex: nil),
                ])
        } throws: { error in
            (error as? ResourceUseError)?.errorDescription
                == "No network member has both spending per inhabitant and a cost index (lacking data: Bærum, Asker), "
                + "so the resource-use indicator cannot be computed. Supply both figures for at least one member."
        }
    }

    @Test func networkMeanIsOne() async {
        let member = zip(Gen.double(in: 1...100_000), Gen.double(in: 0.5...1.6), Gen.double(in: 0.8...1.2))
        await propertyCheck(count: 300, input: member.array(of: 1...20)) { members in
            let inputs = members.enumerated().map { index, item in
                ResourceUseInput(region: "K\(index)", spendingPerInhabitant: item.0, costIndex: item.1, correctionFactor: item.2)
            }
            let rbi = try ResourceUseIndicator(networkName: "Nett", members: inputs)
            let mean = rbi.members.map(\.indicator).reduce(0, +) / Double(rbi.members.count)
            #expect(abs(mean - 1) <= 1e-12)
        }
    }
}
