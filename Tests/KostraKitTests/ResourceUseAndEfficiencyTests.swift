import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

@Suite("kostra rbi and kostra efficiency")
struct ResourceUseAndEfficiencyTests {
    static func costIndexFile(_ rows: [(String, Int, Double)]) throws -> String {
        let file = try KostraCLI.temporaryFolder().appendingPathComponent("kostnadsindeks.csv")
        let text = "kommune;år;kostnadsindeks\n" + rows.map { "\($0.0);\($0.1);\($0.2)" }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// By hand (test data): I = 4 000 / 1,0 = 4 000 (Bærum); 5 500 / 1,1 = 5 000 (Asker); 6 300 / 0,7 = 9 000 (Oslo);
    /// 6 000 / 1,0 = 6 000 (Bergen, Drammen, Stavanger, Trondheim). Mean 42 000 / 7 = 6 000, so RBI = 0,667; 0,833;
    /// 1,5; 1. Seven of twelve members is more than half; the other five lack data and are listed.
    @Test("RBI from stored spending and a supplied cost index, with the published figure beside it")
    func handMadeRBI() async throws {
        let even = ["bergen", "drammen", "stavanger", "trondheim"]
        let workspace = try await AnalysisFixtures.workspace(
            with: [
                .init(indicator: "net-expenditure-social-per-capita", region: "baerum", year: 2024, value: 4_000),
                .init(indicator: "net-expenditure-social-per-capita", region: "asker", year: 2024, value: 5_500),
                .init(indicator: "net-expenditure-social-per-capita", region: "oslo", year: 2024, value: 6_300),
            ] + even.map { .init(indicator: "net-expenditure-social-per-capita", region: $0, year: 2024, value: 6_000) })
        let file = try Self.costIndexFile(
            [("Bærum", 2024, 1.0), ("Asker", 2024, 1.1), ("Oslo", 2024, 0.7)] + even.map { ($0, 2024, 1.0) })
        let report = try await workspace.comparisons.resourceUse(of: "Bærum", year: 2024, costIndexFile: file)
        #expect(report.indicator.members.map(\.region) == ["Bergen", "Bærum", "Drammen", "Oslo", "Stavanger", "Trondheim", "Asker"])
        #expect(abs((report.own?.indicator ?? 0) - 4_000.0 / 6_000) < 1e-12)
        #expect(report.indicator.lackingData.count == 5)
        let mean = report.indicator.members.map(\.indicator).reduce(0, +) / 7
        #expect(abs(mean - 1) < 1e-12)
        // The bundled published RBI for Bærum 2024 is 0,877; the hand-made result differs and both are shown.
        #expect(report.published?.published == 0.877)
        #expect(report.published?.agrees == false)
        let json = ResourceUseJSON(report)
        #expect(json.missing.contains("Tromsø") && abs(json.networkMean - 1) < 1e-12)
        #expect(report.openPoints.count == 3)
    }

    @Test("An ASSS network mean from three of twelve members is refused with the rule, not computed (the Oslo 2023 defect)")
    func rbiFromTooFewMembers() async throws {
        let database = try await AnalysisFixtures.database(with: [
            .init(indicator: "net-expenditure-social-per-capita", region: "baerum", year: 2024, value: 4_000),
            .init(indicator: "net-expenditure-social-per-capita", region: "asker", year: 2024, value: 5_500),
            .init(indicator: "net-expenditure-social-per-capita", region: "oslo", year: 2024, value: 6_300),
        ])
        let file = try Self.costIndexFile([("Bærum", 2024, 1.0), ("Asker", 2024, 1.1), ("Oslo", 2024, 0.7)])
        let result = try await KostraCLI.run(["rbi", "Oslo", "--year", "2024", "--cost-index-file", file, "--database", database])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "The ASSS average of 'Ressursbruksindikator (RBI)' in 2024 is not shown: only 3 of 12 members have a figure (Bærum, Oslo, Asker), and an average needs more than half of them"
            ),
            "\(result.stderr)")
    }

    @Test("RBI's network mean is 1 through the use case for varied inputs")
    func networkMeanIsOneThroughUseCase() async throws {
        var generator = SystemRandomNumberGenerator()
        let members = ["baerum", "asker", "oslo", "bergen", "trondheim", "stavanger", "drammen"]
        for _ in 0..<4 {
            let spending = members.map { _ in Double.random(in: 1_000...20_000, using: &generator) }
            let indices = members.map { _ in Double.random(in: 0.6...1.5, using: &generator) }
            let workspace = try await AnalysisFixtures.workspace(
                with: zip(members, spending).map {
                    Observation(indicator: "net-expenditure-social-per-capita", region: $0.0, year: 2024, value: $0.1)
                })
            let file = try Self.costIndexFile(zip(members, indices).map { ($0.0, 2024, $0.1) })
            let report = try await workspace.comparisons.resourceUse(of: "Bærum", year: 2024, costIndexFile: file)
            let values = report.indicator.members.map(\.indicator)
            #expect(values.count == members.count)
            #expect(abs(values.reduce(0, +) / Double(values.count) - 1) < 1e-12)
        }
    }

    @Test("RBI without inputs names both missing inputs")
    func rbiMissingInputs() async throws {
        let database = try await AnalysisFixtures.database(with: [])
        let result = try await KostraCLI.run(["rbi", "Bærum", "--year", "2024", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("net operating expenditure for social services per inhabitant"))
        #expect(result.stderr.contains("the social-services cost index per member for 2024 — supply it with --cost-index-file"))
    }

    @Test("A cost-index file with an unknown municipality names the line and suggests")
    func costIndexUnknownRegion() async throws {
        let database = try await AnalysisFixtures.database(with: [
            .init(indicator: "net-expenditure-social-per-capita", region: "baerum", year: 2024, value: 4_000)
        ])
        let file = try Self.costIndexFile([("Bærum", 2024, 1.0), ("Askerr", 2024, 1.1)])
        let result = try await KostraCLI.run(["rbi", "Bærum", "--year", "2024", "--cost-index-file", file, "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file), line 3: no municipality, group or network is called 'Askerr'. Did you mean 'Asker'"))
    }

    @Test("Bærum 2024: production +12,5 %, expenditure −2,2 % give +15,0 %, shown beside the published +44 %")
    func baerumEfficiency() async throws {
        let database = try await AnalysisFixtures.database(with: [])
        let result = try await KostraCLI.run(["efficiency", "Bærum", "--year", "2024", "--format", "json", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(EfficiencyJSON.self, from: Data(result.stdout.utf8))
        #expect(abs(json.value - 1.125 / 0.978) < 1e-12)
        #expect(NorwegianNumberFormat.round(json.percentAboveNetwork, decimals: 1) == 15.0)
        #expect(json.publishedPercentAboveNetwork == 44 && json.agreesWithPublished == false)
        #expect(json.publishedSource == "Bærum kommune: KOSTRA analyse 2025 (med 2024-tall)")
        let table = try await KostraCLI.run(["efficiency", "Bærum", "--year", "2024", "--database", database])
        #expect(table.stdout.contains("beregnet 15,0 %, publisert 44 %"))
        #expect(table.stdout.contains("Avvik -29,0 prosentpoeng"))
    }

    @Test("Efficiency for a year without bundled inputs asks for them; given inputs are used as given")
    func efficiencyInputs() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: [])
        await #expect(throws: KitError.self) { try await workspace.comparisons.efficiency(of: "Asker", year: 2024) }
        let report = try await workspace.comparisons.efficiency(of: "Asker", year: 2024, productionPercent: 10, expenditurePercent: 10)
        #expect(abs(report.efficiency.value - 1) < 1e-12)
        #expect(report.published == nil && report.inputSource == "oppgitt av brukeren")
    }
}
