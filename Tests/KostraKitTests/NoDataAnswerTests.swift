import Foundation
import KostraAnalysis
import KostraKit
import KostraRender
import KostraTesting
import Testing

/// A command that has nothing for a municipality or year says so, names the years that have
/// figures, exits non-zero and writes no file.
@Suite("Answers about nothing")
struct NoDataAnswerTests {
    let folder: URL
    let database: String

    init() throws {
        folder = try KostraCLI.temporaryFolder()
        database = folder.appendingPathComponent("k.sqlite").path
    }

    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("k.sqlite") }.sorted()
    }

    @Test("profile of a municipality without any figures says so, not 'in 0'")
    func profileWithoutAnyFigures() async throws {
        let result = try await KostraCLI.run(["profile", "Tromsø", "--database", database])
        #expect(result.status == 1)
        #expect(!result.stderr.contains(" in 0"), "\(result.stderr)")
        #expect(
            result.stderr.contains("There are no figures for Tromsø in the database at all, so there is no year to show."),
            "\(result.stderr)")
    }

    @Test("profile, report, commentary and series for a year without figures name the years that have them")
    func yearWithoutFigures() async throws {
        let years = "Years with figures: 2021–2024. Choose one with --year."
        for arguments in [
            ["profile", "Bærum", "--year", "1999"], ["commentary", "Bærum", "--year", "1999"],
            ["report", "Bærum", "--year", "1999"], ["report", "Bærum", "--year", "2010", "--format", "html,xlsx,csv", "--out", "r"],
        ] {
            let result = try await KostraCLI.run(arguments + ["--database", database], directory: folder)
            #expect(result.status == 1, "\(arguments): \(result.stdout)")
            #expect(result.stderr.contains("There are no figures for Bærum in \(arguments[3]). \(years)"), "\(arguments): \(result.stderr)")
            let written = try files()
            #expect(written.isEmpty, "\(arguments) wrote \(written)")
        }
    }

    @Test("A single report for a year without figures is an error; only a network batch explains the gap in a document")
    func reportDocumentRefusesEmptyYear() async throws {
        let workspace = try await Workspace.open(database: database, environment: [:])
        await #expect(throws: AnalysisError.noData(municipality: "Bærum", year: 1999, availableYears: [2021, 2022, 2023, 2024])) {
            _ = try await workspace.reports.reportDocument(of: "Bærum", year: 1999)
        }
        let explained = try await workspace.reports.reportDocument(of: "Bærum", year: 1999, explainingMissingFigures: true)
        #expect(explained.figuresMissing)
    }

    @Test("average with every peer excluded says so instead of 'for any of ,'")
    func averageWithEveryPeerExcluded() async throws {
        let result = try await KostraCLI.run(
            ["average", "payout-per-recipient", "--year", "2024", "--peers", "Asker", "--exclude", "Asker", "--database", database])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("any of ,"), "\(result.stderr)")
        #expect(
            result.stderr.contains("Nothing is left to average: --exclude (Asker) removes every municipality given with --peers."),
            "\(result.stderr)")
    }

    @Test("An ASSS average from one member of twelve is refused with the rule and its reason from networks.json")
    func averageFromTooFewMembers() async throws {
        let result = try await KostraCLI.run(["average", "payout-per-recipient", "--year", "2024", "--database", database])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "The ASSS average of 'Stønad (bidrag+lån) per sosialhjelpsmottaker' in 2024 is not shown: only 1 of 12 members has a figure (Bærum), and an average needs more than half of them (networks.json: «et snitt av halvparten eller færre av medlemmene sier lite om nettverket"
            ),
            "\(result.stderr)")
    }
}
