import Foundation
import KostraModel
import KostraTesting
import Testing

/// The real `kostra` binary against the replay server: `recipes check`, `recipes pin`, a full
/// ASSS fetch and the Oslo profile, and browsing with `tables search` and `table`.
@Suite("kostra recipes, tables and the ASSS fetch end to end")
struct RecipesCommandTests {
    static func run(_ arguments: [String], environment: [String: String]) async throws -> KostraCLI.Result {
        try await FetchCommandTests.run(arguments, environment: environment)
    }

    /// The SSB-sourced indicators of the profile (the others come from NAV's and KS's files).
    static let ssbProfileIndicators = [
        "net-expenditure-per-18-66", "net-expenditure-f281-per-18-66", "net-expenditure-f243-per-18-66", "recipients-18-67-share",
        "recipients-18-24-share", "supplementary-share", "disability-18-67-share", "supporting-children-share", "payout-per-recipient",
        "duration-18-24", "duration-main-income", "long-term-share", "children-in-recipient-families-share",
    ]

    @Test("check fails until pinned; fetch --network asss fills every SSB indicator of Oslo's 2024 profile; check --offline passes")
    func endToEnd() async throws {
        let environment = try await TestEnvironment.start()
        await environment.server.serve(try Population07459Table.table(testYear2025: true))
        for table in try SocialTablesReplay.tables() { await environment.server.serve(table) }
        let folder = try KostraCLI.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            Task { await environment.stop() }
        }
        let env = ["KOSTRA_DATABASE": folder.appendingPathComponent("k.sqlite").path]
        let recipes = folder.appendingPathComponent("recipes.json").path
        let ssb = ["--api-base", environment.server.pxwebBase, "--cache", folder.appendingPathComponent("cache").path]

        // Out of the box two profile indicators have no code or label seen anywhere: the check says so and fails.
        let first = try await Self.run(["recipes", "check", "--recipes", recipes] + ssb, environment: env)
        #expect(first.status == 1, "\(first.stderr)")
        #expect(
            first.stdout.contains(
                "recipients — sum\n  12210 2015–2021: ContentsCode = TESTsostilf1000 «Sosialhjelpstilfeller (antall)» (by label)\n  14019 2022–: ContentsCode = TESTsostilf0001 «Sosialhjelpstilfeller (antall)» (by label)\n"
            ))
        #expect(
            first.stdout.contains(
                "  14019 2022–: ContentsCode UNRESOLVED: no code or label was seen for it in any source; pin one with 'kostra recipes pin'; closest: "
            ))
        #expect(first.stdout.contains("aap-18-67-share — imported, in the profile: NAV file, imported with `kostra import`"))
        #expect(first.stdout.contains("Profile: 17 of 19 indicators can be filled; unresolved: recipients-18-67-share, supplementary-share."))

        for pin in [
            ["recipients-18-67", "12210", "ContentsCode=TESTsos18671000"], ["recipients-18-67", "14019", "ContentsCode=TESTsos18670001"],
            ["recipients-supplementary", "14019", "ContentsCode=TESTsupp0001"],
        ] {
            let result = try await Self.run(["recipes", "pin"] + pin + ["--recipes", recipes], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Pinned \(pin.joined(separator: " ")) in \(recipes)."))
        }
        let badPin = try await Self.run(["recipes", "pin", "recipients", "99999", "ContentsCode=X", "--recipes", recipes], environment: env)
        #expect(badPin.status == 1)
        #expect(badPin.stderr.contains("Cannot pin: the recipe for recipients has no part reading table 99999; its parts read table 12210, 14019."))

        let fetch = try await Self.run(
            ["fetch", "--network", "asss", "--years", "2015-2024", "--recipes", recipes] + ssb, environment: env)
        #expect(fetch.status == 0, "\(fetch.stdout)\n\(fetch.stderr)")
        #expect(
            fetch.stdout.contains(
                "Series break: recipients-18-24-share 2022: new table from 2022 (12210 → 14019 in recipients-18-24): SSB changed table and definition; see the recipe's seriesBreak (12 regions)."
            ))
        #expect(fetch.stdout.contains("Skipped aap-18-67-share: not from SSB: NAV file, imported with `kostra import`"))
        #expect(!fetch.stdout.contains("Partial fetch"))

        let profile = try await Self.run(["profile", "Oslo", "--year", "2024", "--format", "json"], environment: env)
        #expect(profile.status == 0, "\(profile.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(profile.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        for id in Self.ssbProfileIndicators {
            let row = rows.first { $0["id"] as? String == id }
            #expect((row?["values"] as? [String: Double])?["2024"] != nil, "Oslo 2024 has \(id)")
        }
        let text = try await Self.run(["profile", "Oslo", "--year", "2024"], environment: env)
        #expect(text.stdout.contains("SSB Statistikkbanken: tabell 14019"))
        // The 2021/2022 era change is visible in the series.
        let series = try await Self.run(["series", "Oslo", "recipients-18-24-share", "--from", "2015", "--to", "2024"], environment: env)
        #expect(series.status == 0, "\(series.stderr)")
        #expect(series.stdout.contains("Brudd 2022: tabellskifte 12210 → 14019: tall før og etter 2022 kan ikke sammenlignes direkte"))

        // Offline, from the metadata the fetch cached.
        let offline = try await Self.run(["recipes", "check", "--offline", "--recipes", recipes] + ssb, environment: env)
        #expect(offline.status == 0, "\(offline.stdout)\n\(offline.stderr)")
        #expect(
            offline.stdout.contains(
                "recipients-18-67 — sum\n  12210 2015–2021: ContentsCode = TESTsos18671000 «Sosialhjelpstilfeller 18-67 år (testdata)» (pinned in \(recipes))\n"
            ))
        #expect(offline.stdout.contains("  12367 all years: KOKart0000 = TAGD2 «Netto driftsutgifter på funksjon/tjenesteområde» (by label)"))
        #expect(offline.stdout.hasSuffix("Profile: 19 of 19 indicators can be filled.\n"))
        let unpin = try await Self.run(
            ["recipes", "unpin", "recipients-supplementary", "14019", "ContentsCode", "--recipes", recipes], environment: env)
        #expect(unpin.status == 0, "\(unpin.stderr)")
        let afterUnpin = try await Self.run(["recipes", "check", "--offline", "--recipes", recipes] + ssb, environment: env)
        #expect(afterUnpin.status == 1)
        #expect(
            afterUnpin.stdout.hasSuffix(
                "Profile: 18 of 19 indicators can be filled; unresolved: supplementary-share. Pin a code with 'kostra recipes pin INDICATOR TABLE DIMENSION=CODE'.\n"
            ))
    }

    @Test("A 404 for one table: the command names the skipped indicators and exits 3 (partial)")
    func partialExitStatus() async throws {
        let environment = try await TestEnvironment.start()
        await environment.server.serve(try Population07459Table.table(testYear2025: true))
        for table in try SocialTablesReplay.tables() where table.id != "14019" { await environment.server.serve(table) }
        await environment.server.route(
            ReplayRoute(
                path: "/api/pxwebapi/v2/tables/14019/metadata", source: .bytes(Data(SSBErrorBody.json(status: 404, title: "Not Found").utf8)),
                status: 404))
        let folder = try KostraCLI.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            Task { await environment.stop() }
        }
        let env = ["KOSTRA_DATABASE": folder.appendingPathComponent("k.sqlite").path]
        let result = try await Self.run(
            [
                "fetch", "--municipality", "Oslo", "--years", "2021-2024", "--indicators", "payout-per-recipient,net-expenditure-f281-per-18-66",
                "--recipes", folder.appendingPathComponent("none.json").path, "--api-base", environment.server.pxwebBase,
                "--cache", folder.appendingPathComponent("cache").path,
            ],
            environment: env)
        #expect(result.status == 3, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("Skipped payout-total (table 14019, 2022–): SSB answered HTTP 404 \"Not Found\" for "))
        #expect(result.stdout.contains("Skipped payout-per-recipient (table 14019, 2022–): computed from payout-total, which was skipped."))
        #expect(
            result.stdout.contains(
                "Partial fetch: 3 indicators could not be read from SSB (payout-per-recipient, payout-total, recipients); everything else was stored."
            ))
        #expect(result.stdout.contains("Stored 13 figures."))
    }

    @Test("tables search lists SSB's tables with discontinued ones marked; table lists dimensions and codes by page")
    func browse() async throws {
        let environment = try await TestEnvironment.start()
        for table in try SocialTablesReplay.tables() { await environment.server.serve(table) }
        let folder = try KostraCLI.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            Task { await environment.stop() }
        }
        let ssb = ["--api-base", environment.server.pxwebBase, "--cache", folder.appendingPathComponent("cache").path]
        let search = try await Self.run(["tables", "search", "sosialhjelp", "--page-size", "3"] + ssb, environment: [:])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(
            search.stdout == """
                4 tables match «sosialhjelp»; page 1 of 2.
                13995  13995: Sosialhjelpstilfeller, utbetalt beløp og stønadstid (K) 2022-2024 (2022–2024)
                14019  14019: Utvalgte nøkkeltall for sosialtjenesten (K) 2022-2024 (2022–2024)
                13138  13138: Sosialhjelpstilfeller, utbetalt beløp og stønadstid (K) (avslutta serie) 2015 - 2021 (2015–2021) [discontinued]
                Next page: --page 2.

                """)
        let request = try #require(await environment.server.requests().first { $0.path.hasSuffix("/tables") })
        #expect(request.target.contains("query=sosialhjelp"))
        #expect(request.target.contains("pageSize=3"))

        let table = try await Self.run(["table", "14019"] + ssb, environment: [:])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(
            table.stdout.contains(
                "ContentsCode «statistikkvariabel»: 8 codes, must be selected; e.g. TESTsostilf0001 «Sosialhjelpstilfeller (antall)»"))
        let codes = try await Self.run(["table", "14019", "--dimension", "contentscode", "--page-size", "2", "--page", "2"] + ssb, environment: [:])
        #expect(
            codes.stdout == """
                14019 ContentsCode «statistikkvariabel»: 8 codes; page 2 of 4.
                TESTsos18670001  Sosialhjelpstilfeller 18-67 år (testdata)
                TESTsupp0001  Sosialhjelpstilfeller med supplerende sosialhjelp (testdata)
                Next page: --page 3.

                """)
        let wrong = try await Self.run(["table", "14019", "--dimension", "Alder"] + ssb, environment: [:])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("Table 14019 has no dimension 'Alder'; it has KOKkommuneregion0000, ContentsCode, Tid."))
    }
}
