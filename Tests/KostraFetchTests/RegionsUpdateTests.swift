import Foundation
import KostraFetch
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// `kostra regions update` against the replay server serving the real KLASS 131 answers.
@Suite("kostra regions update")
struct RegionsUpdateTests {
    static let codesAtPath = "/api/klass/v1/classifications/131/codesAt"
    static let changesPath = "/api/klass/v1/classifications/131/changes"

    static func serveKlass(_ server: SSBReplayServer) async {
        await server.route(Self.codesAtPath, query: ["date": "2026-01-01", "language": "nb"], file: SharedFixtures.url(realKlassCodesAtFile))
        await server.route(
            ReplayRoute(
                path: Self.changesPath,
                source: .computed { parameters in
                    let from = parameters.first { $0.name == "from" }?.value ?? ""
                    let to = parameters.first { $0.name == "to" }?.value ?? ""
                    return (200, try KlassChangesFixture.answer(from: from, to: to))
                }))
    }

    static let newYear2026 = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    @Test("Loads the real codes and changes into the store; lookups then follow any municipality")
    func loadsAndLooksUp() async throws {
        try await withEnvironment { env in
            await Self.serveKlass(env.server)
            let store = try SQLiteStore.temporary()
            let bundled = try Definitions.bundled()
            #expect(throws: ModelError.self) { try bundled.regions.find("Sarpsborg") }
            let workspace = Workspace(definitions: bundled, store: store)
            let report = try await workspace.administration.updateRegions(date: Self.newYear2026, configuration: env.configuration())
            #expect(report.validAt == "2026-01-01")
            #expect(report.codes == 358)
            #expect(report.changes == 516)
            #expect(report.urls.last?.contains("changes?from=2000-01-01&to=2026-01-02") == true)

            let snapshot = try #require(try await store.classification(131))
            #expect(snapshot.codes.count == 358)
            #expect(snapshot.codes.first { $0.code == "3201" }?.name == "Bærum")
            #expect(snapshot.changes.count == 516)
            #expect(snapshot.source.kind == .ssb)

            let known = Administration.definitions(bundled, adding: snapshot)
            let sarpsborg = try known.regions.find("Sarpsborg")
            #expect(
                sarpsborg.codes == [
                    DatedCode(code: "0105", to: 2019), DatedCode(code: "3003", from: 2020, to: 2023), DatedCode(code: "3105", from: 2024),
                ])
            #expect(try known.regions.find("0105").id == sarpsborg.id)
            #expect(known.regions.region(code: "3003", year: 2021)?.id == sarpsborg.id)
            // Indre Østfold was made of five municipalities in 2020.
            let indre = try known.regions.find("Indre Østfold")
            #expect(indre.codes.map(\.code) == ["3014", "3118"])
            #expect(indre.mergers?.first?.year == 2020)
            #expect(Set(indre.mergers?.first?.predecessors ?? []) == Set(["0122", "0123", "0124", "0125", "0138"].map(KlassRegionBuilder.id(for:))))
            #expect(try known.regions.find("Askim").successor == indre.id)
            // Bundled regions keep their curated histories.
            #expect(try known.regions.find("3201").id == "baerum")
            #expect(try known.regions.find("Drammen").mergers == bundled.regions.region(id: "drammen")?.mergers)
        }
    }

    @Test("A second update replaces the first; a failed one leaves the stored load unchanged")
    func replacesAndFailsCleanly() async throws {
        try await withEnvironment { env in
            await Self.serveKlass(env.server)
            let store = try SQLiteStore.temporary()
            let workspace = Workspace(definitions: try Definitions.bundled(), store: store)
            _ = try await workspace.administration.updateRegions(date: Self.newYear2026, configuration: env.configuration())
            _ = try await workspace.administration.updateRegions(date: Self.newYear2026, configuration: env.configuration())
            #expect(try await store.classification(131)?.codes.count == 358)
            let before = try await store.classification(131)
            await env.server.enqueue([.htmlPage], path: Self.changesPath)
            var uncached = env.configuration()
            uncached.cacheDirectory = env.cacheDirectory.appendingPathComponent("second", isDirectory: true)
            await #expect(throws: FetchError.self) {
                _ = try await workspace.administration.updateRegions(date: Self.newYear2026, configuration: uncached)
            }
            #expect(try await store.classification(131) == before)
        }
    }
}
