import Foundation
import KostraTesting
import Testing

@Suite("HTML report and commentary from the command line")
struct ReportTests {
    @Test("kostra report writes one self-contained, accessible HTML file with the profile, series, commentary and method")
    func report() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run(
            ["report", "Bærum", "--database", folder.appendingPathComponent("k.sqlite").path], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let path = folder.appendingPathComponent("baerum-2024-sosialtjenester.html")
        #expect(result.stdout == "Wrote \(path.path)\n")
        let html = try String(contentsOf: path, encoding: .utf8)
        // Self-contained: no external scripts, styles, images or fonts.
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<script"))
        #expect(html.contains("<html lang=\"nb\">"))
        // The profile chart, six series, and a bar chart for each of the 16 profile indicators without one.
        #expect(html.components(separatedBy: "<svg").count - 1 == 23)
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 23)
        #expect(html.contains("kr\u{00A0}70\u{00A0}784"))
        #expect(html.contains("<span class=\"badge\">Generert:</span>"))
        #expect(html.contains("<h2 id=\"metode\">Vedlegg: kilder og metode</h2>"))
        #expect(html.contains("<h2 id=\"dekningsgrader\">Dekningsgrader</h2>"))
        #expect(html.contains("<th scope=\"row\" class=\"label\">ASSS med Oslo</th>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Bærum 2024</th>"))
    }

    @Test("The analyst's notes go beside the generated text, formatted, escaped and flagged when their figures changed")
    func analystNotes() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let notes = folder.appendingPathComponent("notater.md")
        try Data(
            """
            # Notater
            Innledende **merknad** & <mer>.

            ## Oppsummering
            Økningen antas å ha sammenheng med flyktningarbeidet.

            ## Dekningsgrader
            - Færre unge mottakere
            - [Les mer](javascript:alert(1))

            ## Stønad (bidrag+lån) per sosialhjelpsmottaker
            <!-- kostra-figures indicator=payout-per-recipient value@2024=70000 -->
            Satsene ble justert opp.

            ## Sykefravær sosiale tjenester
            """.utf8
        ).write(to: notes)
        let database = folder.appendingPathComponent("k.sqlite").path
        let result = try await KostraCLI.run(
            ["report", "Bærum", "--notes", notes.path, "--out", "r.html", "--database", database], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        let badge = "<div class=\"analystNote\"><p class=\"badge\">Analytikerens merknad:</p>"
        #expect(html.contains(badge + "<p>Innledende <strong>merknad</strong> &amp; &lt;mer&gt;.</p></div>"))
        #expect(html.contains(badge + "<p>Økningen antas å ha sammenheng med flyktningarbeidet.</p></div>"))
        #expect(html.contains(badge + "<ul><li>Færre unge mottakere</li><li><a href=\"\">Les mer</a></li></ul></div>"))
        #expect(!html.contains("javascript:"))
        #expect(
            html.contains(
                "Merk: Tallene er endret siden notatet ble skrevet (Bærum 2024: kr\u{00A0}70\u{00A0}000 → kr\u{00A0}70\u{00A0}784). Les notatet på nytt."
            )
                || html.contains("Merk: Tallene er endret siden notatet ble skrevet (Bærum 2024: kr 70 000 → kr 70 784). Les notatet på nytt."))
        // Each note sits in its own section: the summary's before the profile, the payout note after its heading.
        let order = [
            "flyktningarbeidet", "id=\"dekningsgrader\"", "Færre unge", "Stønad (bidrag+lån) per sosialhjelpsmottaker</h3>",
            "Satsene ble justert opp",
        ]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // Every category section opens with its generated summary.
        #expect(html.contains("Innen «Dekningsgrader» ligger Bærum under snittet for ASSS"))

        let missing = try await KostraCLI.run(
            ["report", "Bærum", "--notes", "finnes-ikke.md", "--out", "s.html", "--database", database], directory: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Cannot read the notes file ") && missing.stderr.contains("finnes-ikke.md"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.html").path))
    }

    @Test("An unwritable output folder is a clear error and leaves no file")
    func unwritableOutput() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let target = folder.appendingPathComponent("no/such/folder/r.html").path
        let result = try await KostraCLI.run(["report", "Bærum", "--out", target, "--database", folder.appendingPathComponent("k.sqlite").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Cannot write \(target): the folder \(folder.path)/no/such/folder does not exist."))
    }

    @Test("kostra commentary --format json gives each sentence with its indicator, rule and inputs")
    func commentaryJSON() async throws {
        struct Sentence: Decodable {
            struct Input: Decodable { var label: String; var year: Int; var value: Double }
            var text: String
            var indicator: String?
            var rule: String
            var inputs: [Input]
        }
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run([
            "commentary", "Bærum", "--format", "json", "--database", folder.appendingPathComponent("k.sqlite").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let sentences = try JSONDecoder().decode([Sentence].self, from: Data(result.stdout.utf8))
        #expect(sentences.first?.indicator == nil)
        let lowest = sentences.filter { $0.rule == "extreme.lowest" }.compactMap(\.indicator)
        #expect(lowest.contains("recipients-18-24-share") && lowest.contains("recipients-18-67-share"))
        let payout = try #require(sentences.first { $0.indicator == "payout-per-recipient" && $0.rule == "position" })
        #expect(payout.text.contains("kr 70 784") && payout.text.contains("kr 78 830") && payout.text.contains("10 % lavere"))
        #expect(payout.inputs.contains { $0.value == 70784 && $0.year == 2024 })
    }
}
