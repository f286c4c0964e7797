import Foundation
import KostraTesting
import Testing

/// `kostra ratio` through the real binary, on the review's AAP table (seed 003, slide
/// "I Bærum er det en lav andel på AAP — Hvorfor?").
@Suite("kostra ratio")
struct RatioCommandTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }

    func run(_ arguments: [String]) async throws -> KostraCLI.Result {
        try await KostraCLI.run(arguments + ["--database", database])
    }

    /// The review's published inputs: "Andel på AAP (feb 21)" Bærum 1,9 %, Asker 3,3 %, ASSS 3,5 %;
    /// "Andel på sosialhjelp (2020)" 2,6 %, 2,2 %, 3,6 %. The review does not state the age base
    /// of either share; they are stored under the catalogue's 18–67 shares, and the February 2021
    /// AAP share under 2021.
    func importReviewShares() async throws {
        let text = """
            series;region;2020;2021
            Andel mottakere av arbeidsavklaringspenger (AAP) av innbyggere 18-67 år;Bærum;;1,9
            Andel mottakere av arbeidsavklaringspenger (AAP) av innbyggere 18-67 år;Asker;;3,3
            Andel mottakere av arbeidsavklaringspenger (AAP) av innbyggere 18-67 år;ASSS med Oslo;;3,5
            Andel sosialhjelpsmottakere 18-67 år av innbyggere 18-67 år;Bærum;2,6;
            Andel sosialhjelpsmottakere 18-67 år av innbyggere 18-67 år;Asker;2,2;
            Andel sosialhjelpsmottakere 18-67 år av innbyggere 18-67 år;ASSS med Oslo;3,6;
            """
        let path = folder.appendingPathComponent("aap.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try await run(["import", "published", path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("AAP share over social-assistance share: 0,7 (Bærum), 1,5 (Asker), 1,0 (ASSS)")
    func reviewRatios() async throws {
        try await importReviewShares()
        let result = try await run([
            "ratio", "aap-18-67-share", "recipients-18-67-share", "Bærum", "--year", "2020", "--numerator-year", "2021",
            "--peers", "Asker",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("Bærum 1,9 % 2,6 % 0,7"))
        #expect(lines.contains("Asker 3,3 % 2,2 % 1,5"))
        #expect(lines.contains("Snitt ASSS 3,5 % 3,6 % 1,0"))
        #expect(result.stdout.contains("Snitt ASSS: publisert snitt (ASSS med Oslo)"))

        let json = try await run([
            "ratio", "aap-18-67-share", "recipients-18-67-share", "Bærum", "--year", "2020", "--numerator-year", "2021",
            "--peers", "Asker", "--format", "json",
        ])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.map { $0["display"] as? String } == ["0,7", "1,5", "1,0"])
        #expect(rows.map { $0["rounded"] as? Double } == [0.7, 1.5, 1.0])
        #expect(abs((rows[0]["ratio"] as? Double ?? 0) - 1.9 / 2.6) < 1e-12)
        #expect((document["numerator"] as? [String: Any])?["year"] as? Int == 2021)
    }

    @Test("A missing figure is listed, an unknown indicator suggests ids, and the store is unchanged")
    func badInput() async throws {
        try await importReviewShares()
        let before = try await run(["profile", "Bærum", "--format", "csv"]).stdout
        let missing = try await run(["ratio", "aap-18-67-share", "recipients-18-67-share", "Bærum", "--year", "2020", "--peers", "Asker"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("No region has both \"Andel AAP-mottakere 18–67 (2020)\""))

        let unknown = try await run(["ratio", "aap-share", "recipients-18-67-share", "Bærum", "--year", "2020"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("aap-share"))
        #expect(try await run(["profile", "Bærum", "--format", "csv"]).stdout == before)
    }
}
