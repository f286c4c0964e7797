import Foundation
import KostraTesting
import Testing

/// `kostra peer-table` and `kostra long-term` through the real binary.
@Suite("kostra peer-table and long-term")
struct PeerTableAndLongTermTests {
    let store = try! CLIStore()
    var folder: URL { store.folder }
    var database: String { store.database }

    func run(_ arguments: [String]) async throws -> KostraCLI.Result {
        try await store.run(arguments)
    }

    func importText(_ text: String, name: String) async throws {
        let result = try await store.importPublished(text, name: name)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("The review's unemployment column (des. 2019): Bærum 1,8, Asker 1,7, ASSS 2,3, Norway 2,2, year stated")
    func reviewColumn() async throws {
        // Seed 003, slide "De sosioøkonomiske forholdene i Bærum er svært gode", column "arbeidsledige (des 19)".
        try await importText(
            """
            series;region;2019
            Andel arbeidsledige i prosent av arbeidsstyrken (20-66 år), befolkningen samlet;Bærum;1,8
            Andel arbeidsledige i prosent av arbeidsstyrken (20-66 år), befolkningen samlet;Asker;1,7
            Andel arbeidsledige i prosent av arbeidsstyrken (20-66 år), befolkningen samlet;ASSS med Oslo;2,3
            Andel arbeidsledige i prosent av arbeidsstyrken (20-66 år), befolkningen samlet;Landet;2,2
            """, name: "unemployed.csv")
        let result = try await run(["peer-table", "Bærum", "--indicators", "unemployed-share", "--peers", "Asker", "--national", "--year", "2019"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.first == "Indikator (år) Bærum Asker Snitt ASSS Norge")
        #expect(lines.contains { $0.hasSuffix("(2019) 1,8 % 1,7 % 2,3 % 2,2 %") })
        #expect(result.stdout.contains("Snitt ASSS: publisert snitt (ASSS med Oslo)"))
    }

    @Test("Without --year each indicator takes its own newest year, and a missing figure stays empty")
    func latestYearPerIndicator() async throws {
        try await importText(
            """
            series;region;2019
            Andel arbeidsledige i prosent av arbeidsstyrken (20-66 år), befolkningen samlet;Asker;1,7
            """, name: "asker.csv")
        let result = try await run(["peer-table", "Bærum", "--indicators", "unemployed-share,rbi", "--peers", "Asker", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let columns = try #require(document["columns"] as? [[String: Any]])
        #expect(columns.compactMap { $0["year"] as? Int } == [2024, 2024])
        let rows = try #require(document["rows"] as? [[String: Any]])
        // Bærum's bundled 2024 profile: unemployment 1,7 %, resource-use indicator 0,877; ASSS published 2,1 and 1,000.
        #expect((rows[0]["values"] as? [Double]) == [1.7, 0.877])
        #expect((rows[1]["values"] as? [Any])?.allSatisfy { $0 is NSNull } == true)
        #expect((rows[2]["values"] as? [Double]) == [2.1, 1.0])
        let sources = try #require(rows[1]["sources"] as? [String])
        #expect(sources.first == "ingen lagrede tall for 2024")
    }

    @Test("Long-term recipients: counts, shares and the trend for the municipality and the network")
    func longTerm() async throws {
        // Round figures that make the shares easy to check: 300/2 000 = 15,0 % rising by one point a year.
        try await importText(
            """
            series;region;2015;2016;2017;2018
            Mottakere med sosialhjelp som hovedinntekt i 10 måneder eller mer;Bærum;300;320;340;360
            Sosialhjelpsmottakere;Bærum;2000;2000;2000;2000
            Mottakere med sosialhjelp som hovedinntekt i 10 måneder eller mer;Oslo;5000;5000;5000;5000
            Sosialhjelpsmottakere;Oslo;20000;20000;20000;20000
            """, name: "longterm.csv")
        let result = try await run(["long-term", "Bærum", "--from", "2015", "--to", "2018"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("Bærum 300 320 340 360"))
        #expect(lines.contains("Bærum 15,0 % 16,0 % 17,0 % 18,0 %"))
        // ASSS: Bærum and Oslo summed, (300 + 5 000) / 22 000 = 24,1 % in 2015 … (360 + 5 000) / 22 000 = 24,4 % in 2018.
        #expect(lines.contains("ASSS 24,1 % 24,2 % 24,3 % 24,4 %"))
        #expect(lines.contains("ASSS: medlemmer med tall 2/10 2/10 2/10 2/10"))
        #expect(
            result.stdout.contains(
                "- Antall mottakere i Bærum med sosialhjelp som hovedinntekt i 10 måneder eller mer økte fra 300 i 2015 til 360 i 2018, og økte hvert år."
            ))
        #expect(result.stdout.contains("- Andelen langtidsmottakere av alle mottakere økte fra 15,0 % i 2015 til 18,0 % i 2018, og økte hvert år."))
        #expect(result.stdout.contains("- I 2018 var andelen i Bærum (18,0 %) 6,4 prosentpoeng lavere enn i ASSS (24,4 %)."))
        #expect(result.stdout.contains("ASSS: uten kommuner som mangler tall et år: Bergen, Drammen"))

        let missing = try await run(["long-term", "Asker", "--from", "2015", "--to", "2018"])
        #expect(missing.status != 0)
        #expect(
            missing.stderr.contains(
                "There are no stored figures of 'Mottakere med sosialhjelp som hovedinntekt i 10 måneder eller mer' "
                    + "(recipients-long-term-10m) or 'Andel mottakere med sosialhjelp som hovedinntekt i 10 måneder eller mer' (long-term-10m-share) for Asker in 2015–2018."
            ))
    }
}
