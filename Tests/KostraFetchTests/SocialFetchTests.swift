import Foundation
import KostraFetch
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// `Imports.fetch` of the social-services recipes against the replay server, whose metadata
/// has SSB's labels but made-up codes (test data, see `SocialTablesReplay`).
@Suite("kostra fetch: recipes resolved by label, eras, pins, partial fetches")
struct SocialFetchTests {
    static let indicators: [IndicatorID] = [
        "recipients-18-24-share", "payout-per-recipient", "long-term-share", "supporting-children-share",
        "children-in-recipient-families-share", "net-expenditure-f281-per-18-66", "duration-18-24",
    ]

    static func start(_ variant: SocialTablesReplay.Variant = .normal) async throws -> FetchFixture {
        let environment = try await TestEnvironment.start()
        await environment.server.serve(try Population07459Table.table(testYear2025: true))
        for table in try SocialTablesReplay.tables(variant) { await environment.server.serve(table) }
        let workspace = Workspace(definitions: try Definitions.bundled(), store: try SQLiteStore.temporary())
        return FetchFixture(environment: environment, workspace: workspace)
    }

    static func fetch(_ fixture: FetchFixture, recipesFile: URL? = nil, indicators: [IndicatorID] = indicators) async throws -> FetchReport {
        try await fixture.workspace.imports.fetch(
            FetchRequest(
                municipalities: ["Oslo", "Bergen"], years: 2019...2024, indicators: indicators,
                recipesFile: recipesFile ?? FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).json")),
            configuration: fixture.environment.configuration())
    }

    @Test("Codes differ from the recipes but labels match: every part resolves by label, the figures fill, 2022 breaks the series")
    func resolvesByLabel() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.environment.stop() } }
        let report = try await Self.fetch(fixture)
        #expect(!report.isPartial, "\(report.skipped)")
        let recipients = try #require(report.resolutions.first { $0.indicator == "recipients" && $0.part.table == "14019" })
        #expect(recipients.resolved?.contents == "TESTsostilf0001")
        #expect(recipients.dimensions.first?.how == .label)
        let f281 = try #require(report.resolutions.first { $0.indicator == "net-expenditure-f281" })
        #expect(f281.resolved?.filters["KOKart0000"] == ["TAGD2"])
        #expect(f281.resolved?.filters["KOKregnskapsomfa0000"] == ["TA"])
        // 12210 for 2019–2021, 14019 from 2022: one series, with its break.
        let share = try await fixture.series("oslo", "recipients-18-24-share")
        #expect(Set(share.keys) == Set(2019...2024))
        let count = try await fixture.series("oslo", "recipients-18-24")
        #expect(count[2021]?.value == SocialTablesReplay.value(["0301", "TESTsos18241000", "2021"]))
        #expect(count[2022]?.value == SocialTablesReplay.value(["0301", "TESTsos18240001", "2022"]))
        let payout = try await fixture.series("oslo", "payout-per-recipient")
        let expected =
            try #require(SocialTablesReplay.value(["0301", "TESTstonad0001", "2024"])) * 1000
            / (try #require(SocialTablesReplay.value(["0301", "TESTsostilf0001", "2024"])))
        // The catalogue scales after dividing, so the last binary digit may differ from this order of operations.
        #expect(abs((payout[2024]?.value ?? .nan) - expected) < 1e-9 * expected)
        #expect(report.breaks.contains { $0.indicator == "recipients-18-24-share" && $0.year == 2022 && $0.isEraChange && $0.region == "oslo" })
        // Provenance: each figure's source says which code was chosen, its label and how.
        let note = try #require(count[2022]?.source?.note)
        #expect(
            note.contains(
                "recipients-18-24 (tabell 14019, metadata oppdatert 2026-03-16): ContentsCode = TESTsos18240001 «Antall sosialhjelpstilfeller 18 - 24 år (antall)», funnet ved etikett"
            ))
        #expect(note.contains("Brudd i serier ved tabellskifte (ny tabell og definisjon): "))
        #expect(note.contains("recipients-18-24 2022"))
        #expect(count[2021]?.source?.title == "SSB Statistikkbanken: tabell 12210")
        #expect(
            FetchSummaryText.render(report).contains(
                "Series break: recipients-18-24-share 2022: new table from 2022 (12210 → 14019 in recipients-18-24): SSB changed table and definition; see the recipe's seriesBreak (2 regions)."
            ))
    }

    @Test("Two labels match one part: that indicator is unresolved and named, nothing guessed; a pin resolves it and is named")
    func ambiguousThenPinned() async throws {
        let fixture = try await Self.start(.ambiguousRecipients)
        defer { Task { await fixture.environment.stop() } }
        let report = try await Self.fetch(fixture)
        #expect(report.isPartial)
        let skipped = try #require(report.skippedIndicators.first { $0.indicator == "recipients" })
        #expect(skipped.kind == .unresolved)
        #expect(
            skipped.line.contains(
                "recipients (table 14019, 2022–): recipe unresolved against the table's metadata: ContentsCode: «Sosialhjelpstilfeller (antall)» matches 2 categories (TESTsostilf0001 «Sosialhjelpstilfeller (antall)», TESTsostilf0002 «Sosialhjelpstilfeller  (Antall)»)"
            ))
        #expect(report.skippedIndicators.contains { $0.indicator == "payout-per-recipient" && $0.kind == .dependency })
        #expect(try await fixture.series("oslo", "payout-per-recipient")[2024] == nil)
        // Everything else is stored.
        #expect(try await fixture.series("oslo", "payout-total")[2024] != nil)
        #expect(try await fixture.series("oslo", "recipients")[2021] != nil)
        #expect(FetchSummaryText.render(report).contains("Partial fetch:"))

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pins-\(UUID().uuidString).json")
        try Imports.pinRecipe(indicator: "recipients", table: "14019", dimension: "ContentsCode", codes: ["TESTsostilf0002"], recipesFile: file)
        let pinned = try await Self.fetch(fixture, recipesFile: file)
        #expect(!pinned.isPartial, "\(pinned.skipped)")
        let recipients = try await fixture.series("oslo", "recipients")
        #expect(recipients[2024]?.value == SocialTablesReplay.value(["0301", "TESTsostilf0002", "2024"]))
        #expect(
            recipients[2024]?.source?.note?.contains("ContentsCode = TESTsostilf0002 «Sosialhjelpstilfeller  (Antall)», festet i \(file.path)")
                == true)
        let payout = try await fixture.series("oslo", "payout-per-recipient")
        #expect(payout[2024]?.source?.note?.contains("festet i \(file.path)") == true)
        try Imports.unpinRecipe(indicator: "recipients", table: "14019", dimension: "contentscode", recipesFile: file)
        #expect(try UserRecipes.load(from: file).pins.isEmpty)
        #expect(throws: RecipeFileError.noSuchPin(indicator: "recipients", table: "14019", dimension: "ContentsCode", file: file.path)) {
            try Imports.unpinRecipe(indicator: "recipients", table: "14019", dimension: "ContentsCode", recipesFile: file)
        }
        try? FileManager.default.removeItem(at: file)
    }

    @Test("A table that answers 404 skips only its indicators, names them, and the fetch is partial")
    func missingTable() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.environment.stop() } }
        await fixture.environment.server.route(
            ReplayRoute(
                path: "/api/pxwebapi/v2/tables/12213/metadata",
                source: .bytes(Data(SSBErrorBody.json(status: 404, title: "Not Found").utf8)), status: 404))
        let report = try await Self.fetch(fixture)
        #expect(report.isPartial)
        let skipped = report.skippedIndicators.filter(\.makesPartial)
        #expect(Set(skipped.map(\.indicator)) == ["recipients-long-term-6m", "long-term-share"])
        #expect(
            skipped.first { $0.indicator == "recipients-long-term-6m" }?.line.hasPrefix(
                "recipients-long-term-6m (table 12213, 2015–2021): SSB answered HTTP 404 \"Not Found\" for ") == true)
        // 2022 onwards comes from 14019 and is stored; so is everything from the other tables.
        let longTerm = try await fixture.series("oslo", "long-term-share")
        #expect(longTerm[2021] == nil)
        #expect(longTerm[2022]?.value != nil)
        #expect(try await fixture.series("oslo", "recipients-18-24-share")[2020]?.value != nil)
        #expect(try await fixture.series("bergen", "net-expenditure-f281-per-18-66")[2024]?.value != nil)
        #expect(report.absent == 0)
    }

    @Test("A code SSB refuses (400) skips the table's indicators; other tables are stored")
    func rejectedCode() async throws {
        let fixture = try await Self.start()
        defer { Task { await fixture.environment.stop() } }
        await fixture.environment.server.enqueue([.status(400, title: SSBErrorBody.nonExistentValue)], path: "/api/pxwebapi/v2/tables/13995/data")
        let report = try await Self.fetch(fixture)
        let skipped = try #require(report.skippedIndicators.first { $0.indicator == "duration-18-24" })
        #expect(skipped.kind == .rejected)
        #expect(skipped.reason.hasPrefix("SSB refused the query with HTTP 400 \"Non-existent value\""))
        #expect(try await fixture.series("oslo", "payout-total")[2024] != nil)
    }
}
