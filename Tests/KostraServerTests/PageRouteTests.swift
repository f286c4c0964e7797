import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KostraKit
import KostraModel
import KostraTesting
import NIOCore
import Testing

/// The Norwegian pages and downloads against the real server.
@Suite("Dashboard pages")
struct PageRouteTests {
    @Test("The start page offers municipalities, years and networks in a plain form")
    func startPage() async throws {
        try await ServerHarness.withServer { client, _ in
            let page = try await ServerHarness.get(client, "/")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let html = page.text
            #expect(html.contains("<html lang=\"nb\">"))
            #expect(html.contains("<form class=\"choose\" method=\"get\" action=\"/profil\">"))
            #expect(html.contains("<option value=\"baerum\" selected>Bærum (3201)</option>"))
            #expect(html.contains("<option value=\"2024\">2024</option>"))
            #expect(html.contains("name=\"network\""))
            #expect(!html.contains("<script"), "the dashboard must work without JavaScript")
            #expect(!html.contains("http://") && !html.contains("https://"), "no external assets")
        }
    }

    @Test("The profile page has the chart, the key-figure table, the commentary and the downloads")
    func profilePage() async throws {
        try await ServerHarness.withServer { client, _ in
            let page = try await ServerHarness.get(client, "/profil?municipality=B%C3%A6rum&year=2024&network=asss")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<title>Tjenesteprofil"))
            #expect(html.contains("Bærum 2024"))
            #expect(html.contains("<svg"))
            #expect(html.components(separatedBy: "<tr class=\"indicator\">").count - 1 >= 5)
            #expect(html.contains("kr\u{00A0}"), "money in the Norwegian way")
            #expect(html.contains("Kommentar til indikatorene"))
            #expect(html.contains("href=\"/rapport?municipality=baerum&amp;year=2024&amp;network=asss&amp;format=html\""))
            #expect(html.contains("href=\"/profil.csv?municipality=baerum&amp;year=2024&amp;network=asss\""))
            #expect(html.contains("href=\"/indikator/net-expenditure-per-18-66?municipality=baerum"))
            #expect(!html.contains("<script"))
        }
    }

    @Test("The growth page explains payout growth from stored figures, and says what is missing without them")
    func growthPage() async throws {
        try await ServerHarness.withServer { client, workspace in
            let missing = try await ServerHarness.get(client, "/vekst?municipality=Baerum&from=2020&to=2024")
            #expect(missing.status.code == 422)
            #expect(missing.text.contains("Import the figures") || missing.text.contains("kostra fetch") || missing.text.contains("--input"))
            // Levels built from the NAV review's growth rates, stored for this test (payout in 1000 kr).
            let source = DataSource(kind: .file, title: "Testtall", reference: "test/vekst", retrievedAt: Date())
            let figures: [(String, Int, Double)] = [
                ("recipients", 2020, 1000), ("recipients", 2024, 1041), ("benefit-months", 2020, 10000),
                ("benefit-months", 2024, 12044), ("payout-total", 2020, 100_000), ("payout-total", 2024, 125_137.16),
            ]
            try await workspace.storeTestFigures(
                figures.map { Observation(indicator: $0.0, region: "baerum", year: $0.1, value: $0.2) }, source: source)
            let page = try await ServerHarness.get(client, "/vekst?municipality=Baerum&from=2020&to=2024")
            #expect(page.status == .ok, "\(page.text.prefix(400))")
            let html = page.text
            #expect(html.contains("<h1>Vekst i utbetalt sosialhjelp: Bærum 2020–2024</h1>"))
            #expect(html.contains("Mer enn 60\u{00A0}% av veksten") || html.contains("Mer enn 60 % av veksten"))
            for figure in ["+4,1\u{00A0}%", "+15,7\u{00A0}%", "+3,9\u{00A0}%", "+1,4\u{00A0}%", "+25,1\u{00A0}%"] {
                #expect(html.contains(figure), "\(figure)")
            }
            #expect(html.contains("<svg"))
            let profile = try await ServerHarness.get(client, "/profil?municipality=Baerum&year=2024")
            #expect(profile.text.contains("href=\"/vekst?municipality=baerum&amp;from=2020&amp;to=2024&amp;network=asss\""))
        }
    }

    @Test("The indicator page shows the series chart, the table and the method")
    func indicatorPage() async throws {
        try await ServerHarness.withServer { client, _ in
            let page = try await ServerHarness.get(client, "/indikator/net-expenditure-social-per-capita?municipality=baerum&year=2024")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h2 id=\"metode\">Metode</h2>"))
            #expect(html.contains("<svg"))
            #expect(html.contains("id=\"serie-tabell\""))
            #expect(html.contains("<th scope=\"col\">2021</th>"))
            let csv = try await ServerHarness.get(client, "/indikator/net-expenditure-social-per-capita/tabell.csv?municipality=baerum")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("attachment; filename=\"baerum-net-expenditure-social-per-capita.csv\"") == true)
            #expect(csv.text.contains("Bærum;"))
        }
    }

    @Test("The indicator page gives the place in the network (or why none) and marks figures a later import changed")
    func indicatorPageRankAndRevisions() async throws {
        let workspace = try await ServerHarness.openWorkspace()
        // A hand-made correction of Bærum's bundled 19,8 % (long-term recipients, 2024).
        let file = try KostraCLI.temporaryFolder().appendingPathComponent("rettelse.csv")
        try Data("region;indicator;year;value;numerator;denominator;status\nBærum;long-term-share;2024;20,3;;;\n".utf8).write(to: file)
        _ = try await workspace.imports.importFile(path: file.path)
        try await ServerHarness.withServer(workspace: workspace) { client, _ in
            let page = try await ServerHarness.get(client, "/indikator/long-term-share?municipality=baerum&year=2024")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h2 id=\"plass\">Plass i ASSS 2024</h2>"))
            #expect(html.contains("Ingen rangering: bare"))
            #expect(html.contains("<h2 id=\"endret\">Endrede tall</h2>"))
            #expect(html.contains("2024: 19,8"))
            #expect(html.contains("20,3"))
            #expect(html.contains("Fil: rettelse.csv"))
        }
    }

    @Test("Downloads: the HTML and Excel reports and the profile table as CSV")
    func downloads() async throws {
        try await ServerHarness.withServer { client, _ in
            let report = try await ServerHarness.get(client, "/rapport?municipality=baerum&year=2024&format=html")
            #expect(report.status == .ok)
            #expect(report.headers[.contentDisposition] == "attachment; filename=\"baerum-2024-sosialtjenester.html\"")
            #expect(report.text.contains("<h2 id=\"profil\""))
            let again = try await ServerHarness.get(client, "/rapport?municipality=baerum&year=2024&format=html")
            #expect(again.text == report.text, "the same data gives the same report file")
            let excel = try await ServerHarness.get(client, "/rapport?municipality=baerum&year=2024&format=xlsx")
            #expect(excel.status == .ok)
            #expect(excel.headers[.contentDisposition] == "attachment; filename=\"baerum-2024-sosialtjenester.xlsx\"")
            #expect(excel.body.getBytes(at: excel.body.readerIndex, length: 2) == Array("PK".utf8), "an xlsx is a zip file")
            let csv = try await ServerHarness.get(client, "/profil.csv?municipality=baerum&year=2024")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"baerum-2024-tjenesteprofil.csv\"")
            #expect(csv.text.hasPrefix("\u{FEFF}"), "CSV opens in Excel: UTF-8 with BOM")
        }
    }
}
