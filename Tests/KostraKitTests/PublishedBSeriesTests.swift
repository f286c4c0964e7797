import Foundation
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// The published "(B)" series (shared/reference/baerum-timeseries-2021-2024.csv) are deflated with the
/// final TBU deflator and divided by the cost index. Reproducing them needs the nominal figures, the
/// deflator for every year and the social-services cost index; none of these is public as data for
/// 2021–2024 beyond the 2022 deflator. The tool must say exactly that instead of printing a number.
@Suite("Published (B) series: what is missing to reproduce them")
struct PublishedBSeriesTests {
    @Test("Net expenditure per inhabitant (B), Bærum 2021–2024: every missing input is named")
    func netExpenditureB() async throws {
        let reference = try SharedFixtures.text("reference/baerum-timeseries-2021-2024.csv")
        #expect(reference.contains("Netto driftsutgifter pr. innbygger til sosiale tjenester (B), kroner;Bærum;3899;3591;4057;4329"))
        let database = try KostraCLI.temporaryFolder().appendingPathComponent("k.sqlite").path
        let result = try await KostraCLI.run([
            "series", "Bærum", "net-expenditure-social-per-capita", "--from", "2021", "--to", "2024", "--adjust", "both",
            "--base-year", "2024", "--compare", "asss,Asker", "--database", database,
        ])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let message = result.stderr
        #expect(message.contains("the sector's cost index for Bærum in 2021–2024 missing"))
        #expect(
            message.contains(
                "nominal figures of 'Netto driftsutgifter pr. innbygger til sosiale tjenester' for Bærum in 2021–2024 missing (the store holds only figures already adjusted as published"
            ))
        #expect(message.contains("kommunal deflator for 2023 missing"))
        #expect(message.contains("kommunal deflator for 2024 missing"))
        // The 2022 final deflator is bundled (KS quoting RNB23: 6,7 %), so it is not asked for.
        #expect(!message.contains("deflator for 2022 missing"))
    }

    @Test("The published (B) figures themselves are kept, stored as adjusted, not as nominal")
    func publishedBFiguresAreStoredAsAdjusted() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: [])
        let stored = try await workspace.store.observations(
            ObservationQuery(indicators: ["net-expenditure-social-per-capita"], regions: ["baerum"]))
        #expect(stored.map(\.basis).allSatisfy { $0 == .both })
        #expect(stored.sorted { $0.year < $1.year }.compactMap(\.value) == [3899, 3591, 4057, 4329])
    }
}
