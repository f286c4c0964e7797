import Foundation
import KostraRender
import KostraTesting
import Testing

/// `kostra profile` against a KOSTRA group, the country and the user's own peers.
@Suite("Profile comparisons on the command line")
struct ProfileComparisonCommandTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }

    /// Peers' and SSB's figures for 2024, made up for the test, in the long CSV format.
    func importComparisonFigures() async throws {
        let csv = """
            region;indicator;year;value;numerator;denominator;status
            Asker;payout-per-recipient;2024;50000;5000;100;
            Drammen;payout-per-recipient;2024;60000;12000;200;
            KOSTRA-gruppe 12;payout-per-recipient;2024;80000;;;
            Landet;payout-per-recipient;2024;;;;..

            """
        let path = folder.appendingPathComponent("sammenligning.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let result = try await KostraCLI.run(["import", path, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func profile(_ arguments: [String]) async throws -> ProfileJSON {
        let result = try await KostraCLI.run(["profile", "Bærum", "--year", "2024", "--format", "json", "--database", database] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(ProfileJSON.self, from: Data(result.stdout.utf8))
    }

    @Test("--peers averages the peers by the indicator's rule (weighted here), without the municipality itself")
    func peers() async throws {
        try await importComparisonFigures()
        let json = try await profile(["--peers", "Asker,Drammen,Bærum"])
        let row = try #require(json.rows.first { $0.id == "payout-per-recipient" })
        // (5 000 + 12 000) × 1 000 kr / (100 + 200): payouts are in 1 000 kr. The plain mean would be 55 000.
        #expect(abs((row.average ?? 0) - 56_666.666_7) < 0.01)
        #expect(row.method == "weighted")
        #expect(row.contributors == 2)
        #expect(row.highest == 60_000 && row.lowest == 50_000)
        #expect(json.network == "Sammenligningskommunene")
    }

    @Test("--group and --national take SSB's figure as the average; a missing one stays missing")
    func published() async throws {
        try await importComparisonFigures()
        let group = try await #require(try profile(["--group", "12"]).rows.first { $0.id == "payout-per-recipient" })
        #expect(group.average == 80_000)
        #expect(group.averageSource == "published")
        #expect(group.highest == nil && group.lowest == nil)
        #expect(abs((group.index ?? 0) - 70_784.0 / 80_000 * 100) < 1e-9)
        let national = try await #require(try profile(["--national"]).rows.first { $0.id == "payout-per-recipient" })
        #expect(national.average == nil, "'..' is missing, never zero")
        #expect(national.index == nil)
    }

    @Test("Two comparisons at once, or peers that are only the municipality itself, are refused clearly")
    func refused() async throws {
        let both = try await KostraCLI.run(["profile", "Bærum", "--group", "12", "--national", "--database", database])
        #expect(both.status != 0)
        #expect(both.stderr.contains("Give at most one of --network, --group, --national and --peers."))
        let onlySelf = try await KostraCLI.run(["profile", "Bærum", "--peers", "3201", "--database", database])
        #expect(onlySelf.status != 0)
        #expect(onlySelf.stderr.contains("No peers to compare Bærum with"), "\(onlySelf.stderr)")
        let group = try await KostraCLI.run(["profile", "Bærum", "--group", "99", "--database", database])
        #expect(group.status != 0)
        #expect(group.stderr.contains("No KOSTRA group is called '99'"), "\(group.stderr)")
    }
}
