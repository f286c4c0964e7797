import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KostraKit
import KostraModel
import KostraTesting
import Testing

/// The start page's comparison choice (network, KOSTRA group, the country, own peers) through to
/// the profile page and the profile API, with figures stored for the test.
@Suite("Comparison choice")
struct ComparisonChoiceTests {
    /// Peers' and SSB's published figures for 2024, made up for the test, next to Bærum's bundled ones
    /// (payout per recipient kr 70 784, duration 18–24 år 4,8 months).
    static func storeComparisonFigures(in workspace: Workspace) async throws {
        let source = DataSource(kind: .file, title: "Testtall for sammenligning", reference: "test/sammenligning", retrievedAt: Date())
        let figures = [
            // Weighted: (5 000 + 12 000) × 1 000 kr / (100 + 200) = 56 666,67 (payouts are in 1 000 kr), where the plain mean would be 55 000.
            Observation(indicator: "payout-per-recipient", region: "asker", year: 2024, value: 50_000, numerator: 5_000, denominator: 100),
            Observation(indicator: "payout-per-recipient", region: "drammen", year: 2024, value: 60_000, numerator: 12_000, denominator: 200),
            // Unweighted (*): (4,0 + 5,0) / 2 = 4,5.
            Observation(indicator: "duration-18-24", region: "asker", year: 2024, value: 4.0),
            Observation(indicator: "duration-18-24", region: "drammen", year: 2024, value: 5.0),
            Observation(indicator: "payout-per-recipient", region: "kostragruppe-12", year: 2024, value: 80_000),
            Observation(indicator: "duration-18-24", region: "kostragruppe-12", year: 2024, value: 6.0),
            Observation(indicator: "payout-per-recipient", region: "norge", year: 2024, value: 64_000),
        ]
        try await workspace.storeTestFigures(figures, source: source)
    }

    /// The row of the key-figure table whose indicator link is `id`, as its cells' text.
    static func row(_ html: String, indicator id: String) -> [String] {
        guard let start = html.range(of: "<a href=\"/indikator/\(id)?") else { return [] }
        let rest = html[start.lowerBound...]
        let line = rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)]
        return line.components(separatedBy: "<td").dropFirst().map { cell in
            let text = cell.drop { $0 != ">" }.dropFirst()
            return String(text[..<(text.range(of: "</td>")?.lowerBound ?? text.endIndex)])
        }
    }

    @Test("The start page offers a network, a KOSTRA group, the country and own peers, without JavaScript")
    func startPageChoices() async throws {
        try await ServerHarness.withServer { client, _ in
            let html = try await ServerHarness.get(client, "/").text
            for kind in ["network", "group", "national", "peers"] {
                #expect(html.contains("<input type=\"radio\" name=\"compare\" value=\"\(kind)\""), "\(kind)")
            }
            #expect(html.contains("<option value=\"kostragruppe-12\">KOSTRA-gruppe 12</option>"))
            #expect(html.contains("<select name=\"peers\" multiple"))
            #expect(html.contains("<option value=\"asker\">Asker (3203)</option>"))
            #expect(!html.contains("<script"))
        }
    }

    @Test("Own peers chosen in the form: averaged by each indicator's rule, kept in the links, named in the commentary")
    func peersFromTheForm() async throws {
        let workspace = try await ServerHarness.openWorkspace()
        try await Self.storeComparisonFigures(in: workspace)
        try await ServerHarness.withServer(workspace: workspace) { client, _ in
            // What the form sends: every field, the radio button saying which counts, peers repeated.
            let page = try await ServerHarness.get(
                client, "/profil?municipality=baerum&year=2024&compare=peers&network=asss&group=kostragruppe-12&peers=asker&peers=drammen")
            #expect(page.status == .ok, "\(page.text.prefix(400))")
            let html = page.text
            #expect(html.contains("sammenligningskommunene (Asker, Drammen)"))
            let payout = Self.row(html, indicator: "payout-per-recipient")
            #expect(payout.count == 8, "\(payout)")
            #expect(payout.dropFirst(3).first == "kr\u{00A0}56\u{00A0}667", "weighted: \(payout)")
            #expect(payout.dropFirst(4).first == "kr\u{00A0}60\u{00A0}000", "highest peer: \(payout)")
            #expect(payout.dropFirst(5).first == "kr\u{00A0}50\u{00A0}000", "lowest peer: \(payout)")
            #expect(payout.dropFirst(6).first == "125", "70 784 / 56 666,67 × 100: \(payout)")
            let duration = Self.row(html, indicator: "duration-18-24")
            #expect(duration.dropFirst(3).first == "4,5", "unweighted (*): \(duration)")
            #expect(duration.dropFirst(6).first == "107", "4,8 / 4,5 × 100: \(duration)")
            #expect(html.contains("href=\"/profil.csv?municipality=baerum&amp;year=2024&amp;peers=asker%2Cdrammen\""))
            #expect(html.contains("Tidsseriene, vekstsiden og rapporten sammenligner med ASSS-nettverket."))
            #expect(html.contains("Asker"), "the peer rule names the peers")
            let api = try await ServerHarness.get(client, "/api/v1/profile?municipality=baerum&year=2024&peers=Asker,Drammen")
            #expect(api.status == .ok)
            #expect(api.text.contains("\"networkId\":\"\(Comparisons.peersComparisonID)\""), "\(api.text.prefix(300))")
        }
    }

    @Test("A KOSTRA group or the country: SSB's published figure is the average, with no highest or lowest")
    func publishedComparison() async throws {
        let workspace = try await ServerHarness.openWorkspace()
        try await Self.storeComparisonFigures(in: workspace)
        try await ServerHarness.withServer(workspace: workspace) { client, _ in
            let group = try await ServerHarness.get(client, "/profil?municipality=baerum&year=2024&compare=group&group=kostragruppe-12&network=asss")
            #expect(group.status == .ok, "\(group.text.prefix(400))")
            let payout = Self.row(group.text, indicator: "payout-per-recipient")
            #expect(payout.dropFirst(3).first == "kr\u{00A0}80\u{00A0}000", "\(payout)")
            #expect(payout.dropFirst(4).first == "", "no highest for a published group: \(payout)")
            #expect(payout.dropFirst(6).first == "88", "70 784 / 80 000 × 100: \(payout)")
            #expect(group.text.contains("<dd>KOSTRA-gruppe 12</dd>"))
            #expect(!group.text.contains("Høyest og lavest i KOSTRA-gruppe 12"), "no range in the chart's legend when there is none")
            let national = try await ServerHarness.get(client, "/api/v1/profile?municipality=baerum&year=2024&national=true")
            #expect(national.status == .ok)
            #expect(national.text.contains("\"networkId\":\"norge\""))
            #expect(national.text.contains("64000"), "\(national.text.prefix(600))")
        }
    }

    @Test("Bad comparison choices get a 4xx that names the parameter (400 breaks a rule, 404 unknown, 422 nothing to compare), and nothing changes")
    func badChoices() async throws {
        try await ServerHarness.withServer { client, workspace in
            let before = try await ServerHarness.snapshot(workspace)
            let cases: [(String, String, HTTPResponse.Status)] = [
                ("/profil?municipality=baerum&compare=friends", "compare", .badRequest),
                ("/api/v1/profile?municipality=baerum&network=asss&group=12", "group", .badRequest),
                ("/api/v1/profile?municipality=baerum&group=99", "KOSTRA group", .notFound),
                ("/api/v1/profile?municipality=baerum&peers=B%C3%A6rum", "peers", .unprocessableContent),
                ("/api/v1/profile?municipality=baerum&compare=peers", "peers", .unprocessableContent),
                ("/api/v1/profile?municipality=baerum&network=asss&network=asss", "more than once", .badRequest),
            ]
            for (uri, mention, status) in cases {
                let response = try await ServerHarness.get(client, uri)
                #expect(response.status == status, "\(uri): \(response.status) \(response.text.prefix(200))")
                #expect(response.text.contains(mention), "\(uri): \(response.text.prefix(300))")
            }
            #expect(try await ServerHarness.snapshot(workspace) == before)
        }
    }
}
