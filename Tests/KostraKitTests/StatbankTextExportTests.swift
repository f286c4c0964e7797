import Foundation
import KostraImport
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// Issue #21: Statbank exports written with texts only ("text" chosen for the contents) import
/// by label, the way the label-resolving recipes of #20 are read at fetch time.
///
/// The figures are Oslo's and Lillestrøm's from table 14019 as the Lørenskog workbook gives them
/// (shared/data README, file 3); the labels are SSB's as that workbook writes them.
@Suite("Statbank text exports")
struct StatbankTextExportTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("t.sqlite").path }

    /// SSB's title line and empty line, then the header with the region and contents as stub
    /// columns and one column per year, everything quoted but the figures.
    static let title = "\"14019: Utvalgte nøkkeltall for sosialtjenesten, etter region, statistikkvariabel og år\""
    static let unread = "Sosialhjelpstilfeller med sosialhjelp ≥ 6 mnd (antall)"

    static let osloTwoYears = """
        \(title)

        "region";"statistikkvariabel";"2023";"2024"
        "0301 Oslo - Oslove";"Sosialhjelpstilfeller (antall)";22838;25085
        "0301 Oslo - Oslove";"Sosialhjelpstilfeller som forsørger barn under 18 (antall)";5718;6115
        "0301 Oslo - Oslove";"\(unread)";10751;12746
        "0301 Oslo - Oslove";"Samlet stønadssum (bidrag + lån) (1000 kr)";1916989;2284021

        """

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Windows-1252, as Statbank writes its "ANSI" exports (the text here stays within Latin-1).
    func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    func stored(_ workspace: Workspace, _ indicator: IndicatorID, _ region: RegionID, _ year: Int) async throws -> Double? {
        try await workspace.store.observations(ObservationQuery(indicators: [indicator], regions: [region], years: year...year))
            .first?.value
    }

    @Test("Contents as text import by label; a label no recipe reads is skipped with its reason, never guessed")
    func textContents() async throws {
        let file = try write(Array(Self.osloTwoYears.utf8), to: "14019_20260425-101512.csv")
        let workspace = try await Workspace.open(database: database)
        let report = try await workspace.imports.importFile(path: file)
        #expect(report.format == .statbankCSV)
        #expect(try await stored(workspace, "recipients", "oslo", 2023) == 22838)
        #expect(try await stored(workspace, "recipients", "oslo", 2024) == 25085)
        #expect(try await stored(workspace, "recipients-supporting-children", "oslo", 2024) == 6115)
        #expect(try await stored(workspace, "payout-total", "oslo", 2024) == 2_284_021)
        // The ratio the recipes derive from two labels found in the same file (91 051 kr, README file 3).
        let payout = try #require(try await stored(workspace, "payout-per-recipient", "oslo", 2024))
        #expect(abs(payout - 2_284_021_000.0 / 25085) < 0.01)
        // "≥ 6 mnd" is not the recipe's "Langtidstilfeller (6-12 mnd) …": skipped, not read as it.
        #expect(try await stored(workspace, "recipients-long-term-6m", "oslo", 2024) == nil)
        #expect(
            report.skipped
                == [2023, 2024].map { year in
                    SkippedCell(
                        place: "KOKkommuneregion0000=0301, ContentsCode=«\(Self.unread)», Tid=\(year)",
                        reason:
                            "contents matches no recipe for this table (labels are compared after normalising case, spaces, dashes and punctuation; nothing is guessed)"
                    )
                })
    }

    @Test("The user is told what was stored and which contents were skipped, and why")
    func message() async throws {
        let file = try write(Array(Self.osloTwoYears.utf8), to: "14019_m.csv")
        let result = try await KostraCLI.run(["import", file, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                """
                Skipped 2 cells:
                  2 contents matches no recipe for this table (labels are compared after normalising case, spaces, dashes and punctuation; nothing is guessed)

                """), "\(result.stdout)")
    }

    @Test("A Windows-1252 text export with region names only, for one year, imports by name and label")
    func namesAndTexts() async throws {
        let text = """
            \(Self.title)

            "region";"statistikkvariabel";"2024"
            "Oslo - Oslove";"Sosialhjelpstilfeller (antall)";25085
            "Lillestrøm";"Sosialhjelpstilfeller (antall)";2990
            "Oslo - Oslove";"Samlet stønadssum (bidrag + lån) (1000 kr)";2284021
            "Lillestrøm";"Samlet stønadssum (bidrag + lån) (1000 kr)";256792

            """
        let file = try write(windows1252(text), to: "14019_20260425-101513.csv")
        let workspace = try await Workspace.open(database: database)
        let report = try await workspace.imports.importFile(path: file)
        // Without bytes in 0x80–0x9F the file is as much ISO-8859-1 as Windows-1252; either reads it alike.
        #expect([TextEncoding.windows1252, .iso88591].map(\.rawValue).contains(report.encoding ?? ""))
        #expect(report.skipped.isEmpty)
        #expect(try await stored(workspace, "recipients", "lillestrom", 2024) == 2990)
        #expect(try await stored(workspace, "payout-total", "lillestrom", 2024) == 256_792)
        #expect(try await stored(workspace, "recipients", "oslo", 2024) == 25085)
    }

    @Test("A text export whose contents no recipe reads is refused, naming the label, and stores nothing")
    func nothingMatches() async throws {
        let text = "\(Self.title)\n\n\"region\";\"statistikkvariabel\";\"2024\"\n\"0301 Oslo - Oslove\";\"\(Self.unread)\";12746\n"
        let file = try write(Array(text.utf8), to: "14019_n.csv")
        let workspace = try await Workspace.open(database: database)
        await #expect(throws: ImportError.noRecipe(file: file, table: "14019", contents: [Self.unread])) {
            try await workspace.imports.importFile(path: file)
        }
    }
}
