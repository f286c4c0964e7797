import Foundation
import HTTPTypes
import HummingbirdTesting
import KostraKit
import KostraModel
import KostraTesting
import Testing

/// Issue #22: ids must be unique on every page the dashboard serves, or links, `aria-labelledby`
/// and screen readers land on the wrong element (the profile's heading and chart were both `profil`).
@Suite("Dashboard pages: unique ids")
struct PageIdTests {
    /// Every `id` and how often it appears, for the ones that appear more than once.
    static func duplicateIds(in html: String) throws -> [String: Int] {
        let ids = html.matches(of: try Regex(#"\sid="([^"]+)""#)).compactMap { $0.output[1].substring.map(String.init) }
        return Dictionary(grouping: ids) { $0 }.mapValues(\.count).filter { $0.value > 1 }
    }

    @Test("The start, profile, indicator, growth, error and report pages have no duplicate id")
    func uniqueIds() async throws {
        try await ServerHarness.withServer { client, workspace in
            // Levels for the growth page, stored for this test (test data, as in the growth-page test).
            let source = DataSource(kind: .file, title: "Testtall", reference: "test/vekst", retrievedAt: Date())
            let figures: [(String, Int, Double)] = [
                ("recipients", 2020, 1000), ("recipients", 2024, 1041), ("benefit-months", 2020, 10000),
                ("benefit-months", 2024, 12044), ("payout-total", 2020, 100_000), ("payout-total", 2024, 125_137.16),
            ]
            try await workspace.storeTestFigures(
                figures.map { Observation(indicator: $0.0, region: "baerum", year: $0.1, value: $0.2) }, source: source)

            let profile = try await ServerHarness.get(client, "/profil?municipality=baerum&year=2024&network=asss")
            #expect(profile.status == .ok)
            // Every indicator page the profile links to, so each chart and table is covered.
            let indicators = Set(
                profile.text.matches(of: try Regex(#"href="(/indikator/[^"?]+)\?"#))
                    .compactMap { $0.output[1].substring.map(String.init) }
            ).sorted()
            #expect(indicators.count >= 5, "\(indicators)")
            var pages = [
                "/", "/profil?municipality=baerum&year=2024&network=asss", "/profil?municipality=oslo&year=2024&peers=baerum,asker",
                "/vekst?municipality=baerum&from=2020&to=2024", "/rapport?municipality=baerum&year=2024&format=html",
                "/profil?municipality=Atlantis&year=2024",
            ]
            pages += indicators.map { "\($0)?municipality=baerum&year=2024" }
            for uri in pages {
                let page = try await ServerHarness.get(client, uri)
                #expect(page.text.contains("<html"), "\(uri) answered \(page.status) without a page")
                let duplicates = try Self.duplicateIds(in: page.text)
                #expect(duplicates.isEmpty, "\(uri): duplicate ids \(duplicates.sorted { $0.key < $1.key })")
            }
        }
    }
}
