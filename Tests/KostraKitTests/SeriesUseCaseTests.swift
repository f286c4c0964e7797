import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

@Suite("kostra series: price basis, deflation, need adjustment and breaks")
struct SeriesUseCaseTests {
    /// Hand-made nominal figures (kr per inhabitant) for Bærum and Asker.
    static let nominal: [Observation] = [
        .init(indicator: "net-expenditure-social-per-capita", region: "baerum", year: 2021, value: 1_000),
        .init(indicator: "net-expenditure-social-per-capita", region: "baerum", year: 2022, value: 1_000),
        .init(indicator: "net-expenditure-social-per-capita", region: "baerum", year: 2023, value: 1_000),
        .init(indicator: "net-expenditure-social-per-capita", region: "asker", year: 2023, value: 2_000),
        .init(indicator: "net-expenditure-social-per-capita", region: "baerum", year: 2025, value: 1_000),
    ]

    @Test("Deflating with the bundled KPI: 2021 kroner × 1,058 × 1,055 in 2023 prices, and the basis is stated")
    func deflateWithBundledKPI() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: Self.nominal)
        let report = try await workspace.comparisons.series(
            of: "Bærum", indicator: "net-expenditure-social-per-capita", from: 2021, to: 2023, compare: ["Asker"],
            options: SeriesOptions(adjustment: .deflate, deflator: "kpi"))
        let values = report.lines[0].values
        // SSB: KPI +5,8 % 2021→2022, +5,5 % 2022→2023 (bundled with their quotes).
        #expect(abs((values[0] ?? 0) - 1_000 * 1.058 * 1.055) < 1e-9)
        #expect(abs((values[1] ?? 0) - 1_000 * 1.055) < 1e-9)
        #expect(values[2] == 1_000)
        #expect(report.lines[1].values == [nil, nil, 2_000])
        #expect(report.basis == .deflated)
        #expect(report.basisDescription == "Faste 2023-kroner (KPI)")
        let text = SeriesRenderer().text(report)
        #expect(text.contains("Prisgrunnlag: Faste 2023-kroner (KPI)"))
        #expect(text.contains("kr 1 116"))
        let sources = report.explanation.inputs.filter { $0.label.hasPrefix("Årsvekst") }.compactMap(\.source)
        #expect(sources.count == 2 && sources.allSatisfy { $0.contains("ssb.no") })
    }

    @Test("A missing deflator year is named, and a supplied file completes the index")
    func missingDeflatorYearThroughCLI() async throws {
        let database = try await AnalysisFixtures.database(with: Self.nominal)
        let arguments = [
            "series", "Bærum", "net-expenditure-social-per-capita", "--from", "2021", "--to", "2023",
            "--adjust", "deflate", "--database", database,
        ]
        let missing = try await KostraCLI.run(arguments)
        #expect(missing.status != 0)
        #expect(
            missing.stderr.contains(
                "kommunal deflator for 2023 missing — supply it with --deflator-file FILE (CSV 'år;deflator', yearly change in percent"))
        #expect(!missing.stderr.contains("deflator for 2022 missing"))

        let file = try KostraCLI.temporaryFolder().appendingPathComponent("deflator.csv")
        try Data("år;deflator\n2023;4,0\n".utf8).write(to: file)
        let completed = try await KostraCLI.run(arguments + ["--deflator-file", file.path, "--format", "json", "--explain"])
        #expect(completed.status == 0, "\(completed.stderr)")
        let json = try JSONDecoder().decode(SeriesJSON.self, from: Data(completed.stdout.utf8))
        // 1 000 × 1,067 × 1,040 (bundled 2022 final deflator 6,7 %, supplied 2023 rate 4,0 %).
        let first: Double = json.lines[0].values[0] ?? 0
        let expected: Double = 1_000 * 1.067 * 1.04
        #expect(abs(first - expected) < 1e-9)
        #expect(json.basisDescription == "Faste 2023-kroner (kommunal deflator)")
        #expect(json.explanation.inputs.contains { $0.year == 2023 && $0.source == file.path && $0.value == 4 })
    }

    @Test("Need adjustment divides by the cost index of the same year (KMD total index as a real input file)")
    func needAdjustmentFromFile() async throws {
        // shared/data/kmd_gronthefte_cost_index_total_2025_2026.csv holds the TOTAL cost index (not the
        // social-services sub-index); it serves here as a real file in the importable format.
        let text = try SharedFixtures.text("data/kmd_gronthefte_cost_index_total_2025_2026.csv")
        let lines: [String] = text.split(whereSeparator: \.isNewline).map(String.init)
        let row: [String] = try #require(lines.first { $0.hasPrefix("2025,3201,") }).components(separatedBy: ",")
        let index = try #require(Double(row[2]))
        #expect(index == 0.9987)
        let file = try KostraCLI.temporaryFolder().appendingPathComponent("kostnadsindeks.csv")
        try Data("kommune;år;kostnadsindeks\n3201;2025;\(String(index).replacingOccurrences(of: ".", with: ","))\n".utf8).write(to: file)
        let workspace = try await AnalysisFixtures.workspace(with: Self.nominal)
        let report = try await workspace.comparisons.series(
            of: "Bærum", indicator: "net-expenditure-social-per-capita", from: 2025, to: 2025,
            options: SeriesOptions(adjustment: .need, costIndexFile: file.path))
        #expect(abs((report.lines[0].values[0] ?? 0) - 1_000 / 0.9987) < 1e-9)
        #expect(report.basis == .need && report.basisDescription == "Justert for utgiftsbehov")
    }

    @Test("Deflation refuses shares and durations")
    func onlyKroner() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: [])
        await #expect(
            throws: KitError.notKroner(
                indicator: "Stønadslengde mottakere med sosialhjelp som hovedinntektskilde. Snitt måneder per år", unit: "måneder")
        ) {
            try await workspace.comparisons.series(
                of: "Bærum", indicator: "duration-main-income", from: 2021, to: 2024,
                options: SeriesOptions(adjustment: .deflate))
        }
    }

    @Test("A network line is never an average of a few members: published where members lack figures, else empty and said why")
    func networkLineNeedsAllMembers() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: [])
        // Stored: Bærum and Asker (2021–2024) and ASSS's published 2024 average 7,1 (the profile table).
        let report = try await workspace.comparisons.series(
            of: "Bærum", indicator: "duration-main-income", from: 2021, to: 2024,
            compare: ["asss"])
        #expect(report.lines[1].values == [nil, nil, nil, 7.1])
        #expect(report.lines[1].note == "publisert")
        #expect(report.explanation.notes.contains { $0.contains("2021: 1 av 10; 2022: 2 av 12") })
    }

    @Test("Code changes and mergers are flagged as breaks")
    func breaks() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: [])
        let baerum = try await workspace.comparisons.series(
            of: "Bærum", indicator: "duration-main-income", from: 2021, to: 2024,
            compare: ["group12"])
        #expect(baerum.breaks == [2024: "kommunenummer endret 3024 → 3201"])
        // Published KOSTRA group 12 line (shared/reference/baerum-timeseries-2021-2024.csv): 6,8; 6,4; 6,7; 7,0.
        #expect(baerum.lines[1].values == [6.8, 6.4, 6.7, 7.0])
        #expect(baerum.basisDescription == "Som publisert (ikke et kronebeløp; ingen prisjustering)")
        let withDrammen = try await AnalysisFixtures.workspace(with: [
            .init(indicator: "duration-main-income", region: "drammen", year: 2019, value: 6),
            .init(indicator: "duration-main-income", region: "drammen", year: 2021, value: 7),
        ])
        let drammen = try await withDrammen.comparisons.series(
            of: "Drammen", indicator: "duration-main-income", from: 2019, to: 2021,
            compare: ["Bærum"])
        #expect(drammen.breaks[2020]?.hasPrefix("kommunesammenslåing") == true)
    }
}
