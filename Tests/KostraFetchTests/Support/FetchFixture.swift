import Foundation
import KostraFetch
import KostraKit
import KostraModel
import KostraStore
import KostraTesting

/// A workspace on a fresh temporary store plus a replay server that serves SSB table 07459
/// with the real population figures from `shared/data/`.
struct FetchFixture {
    let environment: TestEnvironment
    let workspace: Workspace

    static func start() async throws -> FetchFixture {
        let environment = try await TestEnvironment.start()
        await environment.server.serve(try Population07459Table.table())
        let workspace = Workspace(definitions: try Definitions.bundled(), store: try SQLiteStore.temporary())
        return FetchFixture(environment: environment, workspace: workspace)
    }

    /// Fetches population figures for `municipalities` with the test client settings.
    func fetch(
        _ municipalities: [String], years: ClosedRange<Int>, indicators: [IndicatorID] = ["population-total", "population-18-66"],
        configuration: FetchConfiguration? = nil, recipes: RecipeBook? = nil
    ) async throws -> FetchReport {
        try await workspace.imports.fetch(
            FetchRequest(municipalities: municipalities, years: years, indicators: indicators),
            configuration: configuration ?? environment.configuration(), recipes: recipes)
    }

    /// Every stored figure of one region and indicator, by year.
    func series(_ region: RegionID, _ indicator: IndicatorID) async throws -> [Int: Observation] {
        let figures = try await workspace.store.observations(ObservationQuery(indicators: [indicator], regions: [region]))
        return Dictionary(figures.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func count() async throws -> Int {
        try await workspace.store.status().observationCount
    }
}

/// Runs `body` with a fresh fixture, always stopping the server.
func withFetchFixture(_ body: (FetchFixture) async throws -> Void) async throws {
    let fixture = try await FetchFixture.start()
    do {
        try await body(fixture)
    } catch {
        await fixture.environment.stop()
        throw error
    }
    await fixture.environment.stop()
}
