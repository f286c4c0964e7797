import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

/// The dashboard's and the API's choice of KOSTRA area, with a few of SSB's key figures for
/// kindergartens stored (Oslo and Landet, copied from
/// `shared/data/ssb_kostra_keyfigures_lorenskog_report_oslo_lillestrom_2020_2025.csv`, sheet Barnehage).
@Suite("KOSTRA area choice on the dashboard and in the API")
struct AreaPageTests {
    static func storeKindergartenFigures(in workspace: Workspace) async throws {
        let source = DataSource(kind: .file, title: "SSB nøkkeltall barnehage (test)", reference: "test/barnehage", retrievedAt: Date())
        let figures = [
            Observation(indicator: "kindergarten-net-expenditure-per-1-5", region: "oslo", year: 2023, value: 249_997),
            Observation(indicator: "kindergarten-net-expenditure-per-1-5", region: "oslo", year: 2024, value: 247_035),
            Observation(indicator: "kindergarten-net-expenditure-per-1-5", region: "norge", year: 2024, value: 225_398),
            Observation(indicator: "kindergarten-teacher-share", region: "oslo", year: 2024, value: 38.7),
            Observation(indicator: "kindergarten-teacher-share", region: "norge", year: 2024, value: 41.2),
        ]
        try await workspace.storeTestFigures(figures, source: source)
    }

    @Test("The profile page shows the chosen area against the country, keeps it in its links, and offers the other areas")
    func page() async throws {
        try await ServerHarness.withServer { client, workspace in
            try await Self.storeKindergartenFigures(in: workspace)
            let response = try await ServerHarness.get(client, "/profil?municipality=Oslo&year=2024&national=true&area=barnehage")
            #expect(response.status == .ok, "\(response.text)")
            let html = response.text
            #expect(html.contains("Tjenesteprofil for barnehage: Oslo 2024"))
            #expect(html.contains("<strong>Barnehage</strong>"))
            #expect(html.contains("href=\"/profil?municipality=oslo&amp;year=2024&amp;national=true\">Sosialtjeneste og bolig</a>"))
            #expect(html.contains("href=\"/profil.csv?municipality=oslo&amp;year=2024&amp;national=true&amp;area=barnehage\""))
            // An area's labels link to the indicator page, which reads the indicator's own area.
            #expect(html.contains("href=\"/indikator/kindergarten-net-expenditure-per-1-5?"))
            let indicator = try await ServerHarness.get(client, "/indikator/kindergarten-net-expenditure-per-1-5?municipality=oslo&year=2024")
            #expect(indicator.status == .ok, "\(indicator.text)")
            #expect(indicator.text.contains("Netto driftsutgifter barnehage per innb. 1-5 år (kr): Oslo"))
            #expect(indicator.text.contains("area=barnehage\">← Tjenesteprofilen for Oslo 2024</a>"))
            let csv = try await ServerHarness.get(client, "/profil.csv?municipality=oslo&year=2024&national=true&area=barnehage")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Andel barnehagelærere av grunnbemanning (%)"))
        }
    }

    @Test("GET /api/v1/profile takes area; an unknown area is 400 naming the known ones")
    func api() async throws {
        try await ServerHarness.withServer { client, workspace in
            try await Self.storeKindergartenFigures(in: workspace)
            let response = try await ServerHarness.get(client, "/api/v1/profile?municipality=Oslo&year=2024&national=true&area=barnehage")
            #expect(response.status == .ok, "\(response.text)")
            let profile = try JSONDecoder().decode(ProfileJSON.self, from: Data(response.text.utf8))
            let row = try #require(profile.rows.first { $0.id == "kindergarten-net-expenditure-per-1-5" })
            #expect(row.values["2024"] == 247_035 && row.average == 225_398)
            let unknown = try await ServerHarness.get(client, "/api/v1/profile?municipality=Oslo&area=skole")
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("barnehage") && unknown.text.contains("grunnskole"))
        }
    }
}
