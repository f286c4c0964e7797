import Foundation
import KostraModel
import KostraTesting
import Testing

/// What people and programs get: Norwegian numbers in tables and CSV, plain numbers in JSON.
@Suite("Analysis output formats")
struct AnalysisOutputFormatTests {
    static func database() async throws -> String {
        try await AnalysisFixtures.database(
            with: try AnalysisFixtures.population(
                column: "pop_total", kostraYear: 2023, indicator: "population-total"), title: "SSB 07459")
    }

    @Test("CSV for Excel: BOM, semicolons, decimal comma, no thousands separator; inputs under --explain")
    func averageCSV() async throws {
        let database = try await Self.database()
        let result = try await KostraCLI.run([
            "average", "population-total", "--year", "2023", "--peers", "Bærum,Asker",
            "--method", "unweighted", "--format", "csv", "--explain", "--database", database,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\u{FEFF}Felt;Verdi\r\n"))
        let lines = result.stdout.components(separatedBy: "\r\n")
        let average = try #require(lines.first { $0.hasPrefix("Snitt;") })
        // Unweighted mean of two whole numbers: a .0 or .5 value, printed with a comma and no grouping.
        #expect(!average.contains(" ") && !average.contains("."))
        #expect(lines.contains { $0.hasPrefix("Inngangstall;Region;År;Verdi;Enhet;Kilde") })
        #expect(lines.contains { $0.hasPrefix("Innbyggere;Bærum;2023;") && $0.hasSuffix(";SSB 07459") })
    }

    @Test("Tables for people: thousands separated by a space")
    func averageTable() async throws {
        let database = try await Self.database()
        let result = try await KostraCLI.run(["average", "population-total", "--year", "2023", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        // Oslo 717 710 is the highest (1 January 2024).
        #expect(result.stdout.contains("Høyest                     717 710 (Oslo)"))
    }

    @Test("JSON: plain numbers and names")
    func averageJSON() async throws {
        let database = try await Self.database()
        let result = try await KostraCLI.run([
            "average", "population-total", "--year", "2023", "--exclude", "Oslo", "--format", "json",
            "--database", database,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["contributorCount"] as? Int == 11)
        #expect(object["excluded"] as? [String] == ["Oslo"])
        #expect((object["highest"] as? [String: Any])?["holders"] as? [String] == ["Bergen"])
        #expect(object["value"] is NSNumber)
    }
}
