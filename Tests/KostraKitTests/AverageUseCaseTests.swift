import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

@Suite("kostra average")
struct AverageUseCaseTests {
    /// Population at 31.12.2023 (07459 on 1.1.2024) for the twelve ASSS members.
    static func population2023() throws -> [Observation] {
        try AnalysisFixtures.population(column: "pop_total", kostraYear: 2023, indicator: "population-total")
    }

    @Test("Population over ASSS: the sum rule, 12 contributors, and the unweighted mean when asked")
    func populationOverASSS() async throws {
        let figures = try Self.population2023()
        #expect(figures.count == 12)
        let workspace = try await AnalysisFixtures.workspace(with: figures)
        let total = figures.compactMap(\.value).reduce(0, +)
        let sum = try await workspace.comparisons.average(indicator: "population-total", year: 2023)
        #expect(sum.average.method == .sum)
        #expect(sum.average.value == total)
        #expect(sum.average.contributors.count == 12 && sum.average.missing.isEmpty)
        // Oslo on 1 January 2024 is 717 710 (shared/data README, checked against KOSTRA "Innbyggere").
        #expect(sum.highest?.value == 717_710 && sum.highest?.holders == ["oslo"])

        let mean = try await workspace.comparisons.average(indicator: "population-total", year: 2023, method: .unweighted)
        #expect(abs(mean.average.value - total / 12) < 1e-9)
        #expect(mean.methodOverridden)
        #expect(mean.methodDescription.contains("valgt med --method"))

        let withoutOslo = try await workspace.comparisons.average(indicator: "population-total", year: 2023, exclude: ["Oslo"])
        #expect(withoutOslo.average.value == total - 717_710)
        #expect(withoutOslo.average.contributors.count == 11)
        #expect(withoutOslo.scopeLabel == "ASSS uten Oslo")
        #expect(withoutOslo.explanation.notes.contains("Oslo er holdt utenfor (--exclude)."))
    }

    @Test("ASSS in 2021 has ten members: Asker and Lillestrøm joined in 2022")
    func membershipByYear() async throws {
        let figures = try AnalysisFixtures.population(column: "pop_total", kostraYear: 2021, indicator: "population-total")
        let workspace = try await AnalysisFixtures.workspace(with: figures)
        let sum = try await workspace.comparisons.average(indicator: "population-total", year: 2021)
        #expect(sum.average.contributors.count == 10)
        #expect(!sum.average.contributors.contains("asker") && !sum.average.contributors.contains("lillestrom"))
    }

    /// By hand: Bærum 30 of 10 000, Asker 10 of 5 000, Oslo has no figure.
    /// Weighted: 40 / 15 000 × 100 = 0,2667 %; unweighted: (0,3 + 0,2) / 2 = 0,25 %.
    @Test("Weighted and unweighted on a hand-made peer set, with a member lacking data")
    func handMadeWeighting() async throws {
        let figures = [
            Observation(indicator: "recipients-18-24", region: "baerum", year: 2030, value: 30),
            Observation(indicator: "population-18-24", region: "baerum", year: 2030, value: 10_000),
            Observation(indicator: "recipients-18-24", region: "asker", year: 2030, value: 10),
            Observation(indicator: "population-18-24", region: "asker", year: 2030, value: 5_000),
        ]
        let workspace = try await AnalysisFixtures.workspace(with: figures)
        let weighted = try await workspace.comparisons.average(
            indicator: "recipients-18-24-share", year: 2030, scope: .peers(["Bærum", "0220", "Oslo"]))
        #expect(abs(weighted.average.value - 40.0 / 15_000 * 100) < 1e-12)
        #expect(weighted.average.method == .weighted && !weighted.methodOverridden)
        #expect(weighted.contributorNames == ["Bærum", "Asker"])
        #expect(weighted.missingNames == ["Oslo"])
        #expect(weighted.highest?.holders == ["baerum"] && weighted.lowest?.holders == ["asker"])
        #expect(weighted.explanation.inputs.filter { $0.label.hasPrefix("Teller") }.map(\.value) == [30, 10])
        #expect(weighted.explanation.inputs.allSatisfy { $0.year == 2030 && $0.source == "Testdata" })

        let unweighted = try await workspace.comparisons.average(
            indicator: "recipients-18-24-share", year: 2030, scope: .peers(["Bærum", "Asker", "Oslo"]), method: .unweighted)
        #expect(abs(unweighted.average.value - 0.25) < 1e-12)

        let withoutSelf = try await workspace.comparisons.average(
            indicator: "recipients-18-24-share", year: 2030, scope: .peers(["Bærum", "Asker"]), exclude: ["Bærum"])
        #expect(abs(withoutSelf.average.value - 0.2) < 1e-12)
        #expect(withoutSelf.excludedNames == ["Bærum"])
    }

    @Test("A KOSTRA group and the country are SSB's published figures, not computed")
    func publishedGroupFigure() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: [])
        // shared/reference/baerum-timeseries-2021-2024.csv: Kostragruppe 12, duration (main income), 2024 = 7,0.
        let group = try await workspace.comparisons.average(indicator: "duration-main-income", year: 2024, scope: .group("12"))
        #expect(group.average.value == 7.0 && group.average.source == .published)
        #expect(group.scopeLabel == "KOSTRA-gruppe 12")
        let json = AverageJSON(group)
        #expect(json.contributorCount == nil && json.source == "published")
        await #expect(throws: KitError.cannotExclude(from: "KOSTRA-gruppe 12")) {
            try await workspace.comparisons.average(indicator: "duration-main-income", year: 2024, scope: .group("12"), exclude: ["Oslo"])
        }
    }

    @Test("JSON has value, method, contributors and missing by name")
    func jsonFields() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: try Self.population2023())
        let report = try await workspace.comparisons.average(indicator: "population-total", year: 2023, scope: .peers(["Bærum", "Asker"]))
        let text = try JSONOutput.encode(AverageJSON(report))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["contributors"] as? [String] == ["Bærum", "Asker"])
        #expect(object["missing"] as? [String] == [])
        #expect(object["method"] as? String == "sum")
        #expect((object["value"] as? Double).map { $0 > 100_000 } == true)
    }
}
