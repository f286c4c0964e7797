import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

/// Ranks through the use cases: the Bærum profile shows a place where the members' figures are
/// stored and says why where they are not; `kostra rank` lists the whole ranking.
@Suite("Rank use cases")
struct RankUseCaseTests {
    /// Hand-made 2024 figures of "Andel langtidsmottakere" (lower is better) for every ASSS member
    /// but Bærum (whose figure, 19,8 %, is bundled) and Sandnes (left out on purpose).
    static let longTerm: [RegionID: Double] = [
        "bergen": 25, "drammen": 19.8, "fredrikstad": 28, "kristiansand": 15, "oslo": 22, "stavanger": 18, "tromso": 21,
        "trondheim": 24, "asker": 17, "lillestrom": 20,
    ]

    static func workspace() async throws -> Workspace {
        try await AnalysisFixtures.workspace(
            with: longTerm.map { Observation(indicator: "long-term-share", region: $0.key, year: 2024, value: $0.value) })
    }

    @Test func theBaerumProfileRanksWhereMembersFiguresAreStoredAndSaysWhyElsewhere() async throws {
        let workspace = try await Self.workspace()
        let profile = try await workspace.comparisons.profile(of: "Bærum", year: 2024)
        let row = try #require(profile.rows.first { $0.indicator.id == "long-term-share" })
        let rank = try #require(row.rank)
        #expect(rank.rank == 4)
        #expect(rank.sharedBy == 2)
        #expect(rank.among == 11)
        #expect(rank.missing == ["sandnes"])
        #expect(rank.order == .lowerIsBetter)
        #expect(row.rankNote == "Plassen er blant kommunene med tall; Sandnes mangler.")
        for other in profile.rows where other.indicator.id != "long-term-share" {
            #expect(other.rank == nil)
            #expect(other.rankNote?.hasPrefix("Ingen rangering: bare") == true, "\(other.indicator.id): \(other.rankNote ?? "no reason")")
        }
        let json = ProfileJSON(profile, regions: workspace.definitions.regions)
        let jsonRow = try #require(json.rows.first { $0.id == "long-term-share" })
        #expect(jsonRow.rank?.text == "4. (delt med 1 annen) av 11 med tall; Sandnes mangler")
        let text = ProfileTextRenderer().render(profile)
        #expect(text.contains("4. (delt) av 11"))
        #expect(text.contains("Ingen rangering"))
    }

    @Test func theBundledProfileAloneSaysWhyEveryRowHasNoPlace() async throws {
        let workspace = try await AnalysisFixtures.workspace(with: [])
        let profile = try await workspace.comparisons.profile(of: "Bærum", year: 2024)
        for row in profile.rows {
            #expect(row.rank != nil || row.rankNote != nil, "\(row.indicator.id) neither ranks nor says why")
        }
    }

    @Test func theWholeRankingListsEveryMemberInNorwegian() async throws {
        let workspace = try await Self.workspace()
        let ranking = try await workspace.comparisons.rank(indicator: "long-term-share", year: 2024)
        #expect(ranking.entries.first?.region == "kristiansand")
        #expect(ranking.entries.map(\.rank) == [1, 2, 3, 4, 4, 6, 7, 8, 9, 10, 11])
        #expect(ranking.missing == ["sandnes"])
        let text = RankingRenderer(regions: workspace.definitions.regions).text(ranking)
        #expect(text.contains("19,8\u{A0}%") || text.contains("19,8 %"))
        #expect(text.contains("4. (delt)"))
        #expect(text.contains("lavest er best"))
        #expect(text.contains("Uten tall (ikke rangert, ikke regnet som null): Sandnes"))
        let national = try await workspace.comparisons.rank(indicator: "long-term-share", year: 2024, scope: .national)
        #expect(national.entries.count == 11)
        #expect(national.scope == "landet")
    }

    @Test func aYearWithoutFiguresNamesTheYearsThatHaveThem() async throws {
        let workspace = try await Self.workspace()
        await #expect(throws: RankError.self) {
            _ = try await workspace.comparisons.rank(indicator: "long-term-share", year: 2030)
        }
    }

    @Test func theCommandPrintsTheRanking() async throws {
        let database = try await AnalysisFixtures.database(
            with: Self.longTerm.map { Observation(indicator: "long-term-share", region: $0.key, year: 2024, value: $0.value) })
        let result = try await KostraCLI.run(["rank", "long-term-share", "--year", "2024", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kristiansand"))
        let json = try await KostraCLI.run(["rank", "long-term-share", "--year", "2024", "--format", "json", "--database", database])
        let decoded = try JSONDecoder().decode(RankingJSON.self, from: Data(json.stdout.utf8))
        #expect(decoded.order == "lowerIsBetter")
        #expect(decoded.missing.map(\.name) == ["Sandnes"])
    }
}
