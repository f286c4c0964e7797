import Foundation
import KostraFetch
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// `Imports.fetch` against the replay server serving table 07459 with the real population figures.
@Suite("kostra fetch")
struct FetchUseCaseTests {
    /// Bærum's code in 07459 on 1 January of `tableYear`.
    static func baerumCode(_ tableYear: Int) -> String {
        tableYear <= 2019 ? "0219" : tableYear <= 2023 ? "3024" : "3201"
    }

    @Test("Bærum's population runs unbroken across 0219, 3024 and 3201")
    func baerumAcrossThreeCodes() async throws {
        try await withFetchFixture { fixture in
            let report = try await fixture.fetch(["Bærum"], years: 2015...2024)
            let persons = try Population07459Table.persons()
            let total = try await fixture.series("baerum", "population-total")
            let adults = try await fixture.series("baerum", "population-18-66")
            // Statistics year Y is 31 December, which 07459 holds as 1 January of Y+1.
            for year in 2015...2023 {
                let code = Self.baerumCode(year + 1)
                #expect(total[year]?.value == Population07459Table.sum(code: code, ages: 0...105, year: year + 1, in: persons), "year \(year)")
                #expect(adults[year]?.value == Population07459Table.sum(code: code, ages: 18...66, year: year + 1, in: persons), "year \(year)")
            }
            // 1 January 2025 is not in the table: 2024 is reported absent, never stored as zero.
            #expect(total[2024] == nil)
            #expect(report.absent == 2)
            #expect(report.summary.stored == 18)
            let url = try #require(report.tables.first?.urls.first)
            for code in ["0219", "3024", "3201"] { #expect(url.contains(code)) }
            #expect(report.breaks.isEmpty)
        }
    }

    @Test("Merged municipalities: counts summed over predecessors, never a partial sum")
    func mergersSumCounts() async throws {
        try await withFetchFixture { fixture in
            let report = try await fixture.fetch(["Drammen", "Lillestrøm"], years: 2015...2023)
            let persons = try Population07459Table.persons()
            let lillestrom = try await fixture.series("lillestrom", "population-18-66")
            // Lillestrøm had no code before 2020: its figure is Skedsmo + Fet + Sørum.
            for year in 2015...2018 {
                let parts = ["0231", "0227", "0226"].map { Population07459Table.sum(code: $0, ages: 18...66, year: year + 1, in: persons) }
                #expect(parts.allSatisfy { $0 != nil })
                #expect(lillestrom[year]?.value == parts.compactMap { $0 }.reduce(0, +), "year \(year)")
            }
            for year in 2019...2023 {
                let code = year + 1 <= 2023 ? "3030" : "3205"
                #expect(lillestrom[year]?.value == Population07459Table.sum(code: code, ages: 18...66, year: year + 1, in: persons))
            }
            // Drammen before 2020 = 0602 + Nedre Eiker (0625) + Svelvik (0711). The shared data lack
            // the two predecessors, so SSB's '..' comes back and the sum is missing, not 0602 alone.
            let drammen = try await fixture.series("drammen", "population-18-66")
            for year in 2015...2018 {
                #expect(drammen[year]?.value == nil)
                #expect(drammen[year]?.status == .missing)
            }
            #expect(drammen[2019]?.value == Population07459Table.sum(code: "3005", ages: 18...66, year: 2020, in: persons))
            #expect(drammen[2023]?.value == Population07459Table.sum(code: "3301", ages: 18...66, year: 2024, in: persons))
            let url = try #require(report.tables.first?.urls.first)
            for code in ["0602", "0625", "0711", "3005", "3301", "0226", "0227", "0231"] { #expect(url.contains(code), "asks for \(code)") }
            #expect(report.missingBySymbol[.missing] == 8)
        }
    }

    @Test("A ratio is never summed over predecessors: the series is reported broken at the merger")
    func ratioBreaksAtMerger() async throws {
        try await withFetchFixture { fixture in
            // A stand-in ratio recipe on 07459 (the shared data hold no real ratio table); only the
            // mechanics are under test: the old municipality's own cell, and a break in 2020. It stands
            // in for the index 'rbi', whose unit allows a count of people (a duration in months would
            // be refused above 12 by the boundary check, docs/importing.md).
            var recipes = try RecipeBook.bundled().recipes
            recipes.removeAll { $0.indicator == "rbi" }
            recipes.append(
                Recipe(
                    indicator: "rbi", method: .ratio, formula: "test stand-in",
                    parts: [RecipePart(table: "07459", regionVariable: "Region", timeOffset: 1, contents: "Personer1", filters: ["Alder": ["020"]])],
                    confidence: "test", source: "test", verification: "test"))
            let report = try await fixture.fetch(
                ["Drammen"], years: 2017...2020, indicators: ["rbi", "population-18-24"], recipes: RecipeBook(recipes: recipes))
            let persons = try Population07459Table.persons()
            let ratio = try await fixture.series("drammen", "rbi")
            #expect(ratio[2017]?.value == Population07459Table.sum(code: "0602", ages: 20...20, year: 2018, in: persons))
            #expect(ratio[2018]?.value == Population07459Table.sum(code: "0602", ages: 20...20, year: 2019, in: persons))
            #expect(ratio[2019]?.value == Population07459Table.sum(code: "3005", ages: 20...20, year: 2020, in: persons))
            #expect(report.breaks.map(\.indicator) == ["rbi"])
            #expect(report.breaks.first?.region == "drammen")
            #expect(report.breaks.first?.year == 2020)
            let counts = try await fixture.series("drammen", "population-18-24")
            #expect(counts[2017]?.status == .missing)
        }
    }

    @Test("An over-long query is split, and the parts reassemble to the same figures")
    func splitAndReassemble() async throws {
        try await withFetchFixture { fixture in
            let names = ["Bærum", "Drammen", "Lillestrøm", "Oslo", "Bergen", "Asker"]
            let whole = try await fixture.fetch(names, years: 2015...2023)
            let wholeFigures = try await fixture.workspace.store.observations(ObservationQuery())
            let other = try await FetchFixture.start()
            let small = fixture.environment.configuration(maxURLLength: 700)
            let split = try await other.workspace.imports.fetch(
                FetchRequest(municipalities: names, years: 2015...2023, indicators: ["population-total", "population-18-66"]),
                configuration: FetchConfiguration(
                    apiBase: fixture.environment.server.pxwebBase, cacheDirectory: other.environment.cacheDirectory,
                    throttle: .unlimited, retry: small.retry, maxURLLength: 700, postLongQueries: false))
            let splitFigures = try await other.workspace.store.observations(ObservationQuery())
            await other.environment.stop()
            #expect(whole.tables.first?.requests == 1)
            #expect((split.tables.first?.requests ?? 0) > 1)
            #expect(split.tables.first?.urls.allSatisfy { $0.count <= 700 } == true)
            func strip(_ list: [Observation]) -> [String] {
                list.map { "\($0.region) \($0.indicator) \($0.year) \($0.value.map { String($0) } ?? "-") \($0.status?.symbol ?? "")" }.sorted()
            }
            #expect(strip(splitFigures) == strip(wholeFigures))
            #expect(splitFigures.count == wholeFigures.count)
        }
    }

    @Test("A query too long for a URL goes as one POST: same figures, one request, cached for --offline")
    func postLongQuery() async throws {
        try await withFetchFixture { fixture in
            let names = ["Bærum", "Drammen", "Lillestrøm", "Oslo", "Bergen", "Asker"]
            _ = try await fixture.fetch(names, years: 2015...2023)
            let get = try await fixture.workspace.store.observations(ObservationQuery())
            let other = try await FetchFixture.start()
            let configuration = other.environment.configuration(maxURLLength: 700, postLongQueries: true)
            let posted = try await other.workspace.imports.fetch(
                FetchRequest(municipalities: names, years: 2015...2023, indicators: ["population-total", "population-18-66"]),
                configuration: configuration)
            let requests = await other.environment.server.requests().filter { $0.path.hasSuffix("/data") }
            #expect(requests.count == 1)
            #expect(requests.first?.method == "POST")
            #expect(requests.first?.target == "/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2")
            #expect(requests.first?.body?.hasPrefix(#"{"selection":[{"variableCode":"Region","valueCodes":["#) == true)
            #expect(posted.tables.first?.urls.first?.hasPrefix("POST \(other.environment.server.pxwebBase)/tables/07459/data?lang=no") == true)
            let figures = try await other.workspace.store.observations(ObservationQuery())
            func strip(_ list: [Observation]) -> [String] {
                list.map { "\($0.region) \($0.indicator) \($0.year) \($0.value.map { String($0) } ?? "-")" }.sorted()
            }
            #expect(strip(figures) == strip(get))
            // The POST answer is cached under its body, so --offline serves it.
            var offline = configuration
            offline.offline = true
            let fresh = Workspace(definitions: try Definitions.bundled(), store: try SQLiteStore.temporary())
            let again = try await fresh.imports.fetch(
                FetchRequest(municipalities: names, years: 2015...2023, indicators: ["population-total", "population-18-66"]),
                configuration: offline)
            #expect(again.summary.stored == posted.summary.stored)
            await other.environment.stop()
        }
    }

    @Test("503 and 429 with Retry-After are retried, and the fetch succeeds")
    func retries() async throws {
        try await withFetchFixture { fixture in
            await fixture.environment.server.enqueue(
                [.status(503, title: "Service Unavailable"), .tooManyRequests(retryAfter: "0"), .resetConnection],
                path: "/api/pxwebapi/v2/tables/07459/data")
            let report = try await fixture.fetch(["Bærum"], years: 2020...2021)
            #expect(report.summary.stored == 4)
            let dataRequests = await fixture.environment.server.requests().filter { $0.path.hasSuffix("/data") }
            #expect(dataRequests.count == 4)
        }
    }

    @Test("A second run is served from the cache; --offline works from the cache alone")
    func cacheAndOffline() async throws {
        try await withFetchFixture { fixture in
            _ = try await fixture.fetch(["Bærum"], years: 2020...2022)
            let afterFirst = await fixture.environment.server.requestCount()
            let second = try await fixture.fetch(["Bærum"], years: 2020...2022)
            #expect(await fixture.environment.server.requestCount() == afterFirst)
            #expect(second.tables.first?.fromCache == second.tables.first?.requests)

            let fresh = Workspace(definitions: try Definitions.bundled(), store: try SQLiteStore.temporary())
            let offline = try await fresh.imports.fetch(
                FetchRequest(municipalities: ["Bærum"], years: 2020...2022, indicators: ["population-total", "population-18-66"]),
                configuration: fixture.environment.configuration(offline: true))
            #expect(await fixture.environment.server.requestCount() == afterFirst)
            #expect(offline.summary.stored == 6)
            // Something never fetched fails offline, naming the URL, and stores nothing.
            await #expect(throws: FetchError.self) {
                _ = try await fresh.imports.fetch(
                    FetchRequest(municipalities: ["Oslo"], years: 2020...2022, indicators: ["population-total"]),
                    configuration: fixture.environment.configuration(offline: true))
            }
            #expect(try await fresh.store.status().observationCount == 6)
        }
    }

    @Test("A failed fetch leaves the store unchanged")
    func failedFetchStoresNothing() async throws {
        try await withFetchFixture { fixture in
            _ = try await fixture.fetch(["Bærum"], years: 2020...2021)
            let before = try await fixture.workspace.store.observations(ObservationQuery())
            await fixture.environment.server.enqueue(
                Array(repeating: .status(503, title: "Service Unavailable"), count: 10), path: "/api/pxwebapi/v2/tables/07459/data")
            let error = await #expect(throws: FetchError.self) {
                _ = try await fixture.fetch(["Oslo", "Bergen"], years: 2020...2021)
            }
            #expect(error?.localizedDescription.contains("/api/pxwebapi/v2/tables/07459/data") == true)
            let after = try await fixture.workspace.store.observations(ObservationQuery())
            #expect(after == before)
        }
    }
}
