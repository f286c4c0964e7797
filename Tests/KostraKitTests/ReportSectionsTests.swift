import Foundation
import KostraTesting
import Testing

/// The sections other use cases add to the report: present with their figures when the inputs
/// are stored, left out with a reason when not.
@Suite("Report sections from the analyses")
struct ReportSectionsTests {
    /// Levels built from the NAV review's growth rates (recipients +4,1 %, months per recipient
    /// +15,7 %, payout per month +3,9 %), placed in 2020–2024 for this test; payout in 1000 kr.
    static let benefitFigures = """
        region;indicator;year;value;numerator;denominator;status
        Bærum;recipients;2020;1000;;;
        Bærum;recipients;2024;1041;;;
        Bærum;benefit-months;2020;10000;;;
        Bærum;benefit-months;2024;12044;;;
        Bærum;payout-total;2020;100000;;;
        Bærum;payout-total;2024;125137,16;;;
        """

    @Test("With stored benefit figures the report explains the payout growth; efficiency stands beside the published figure")
    func decompositionAndEfficiency() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let database = folder.appendingPathComponent("k.sqlite").path
        let figures = folder.appendingPathComponent("stonad.csv")
        try Data(Self.benefitFigures.utf8).write(to: figures)
        let imported = try await KostraCLI.run(["import", figures.path, "--database", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        let result = try await KostraCLI.run(["report", "Bærum", "--out", "r.html", "--database", database], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(html.contains("<h2 id=\"dekomponering\">Vekst i utbetalt sosialhjelp</h2>"))
        #expect(html.contains("Mer enn 60 % av veksten skyldes lengre stønadsperioder"))
        for figure in ["+4,1 %", "+15,7 %", "+3,9 %", "+1,4 %", "+25,1 %"] { #expect(html.contains(figure), "\(figure)") }
        #expect(html.contains("<h2 id=\"effektivitet\">Produksjon og effektivitet</h2>"))
        #expect(html.contains("1,150"))
    }

    @Test("Without benefit figures the section is left out and the summary says why")
    func leftOutWithReason() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run(
            ["report", "Bærum", "--out", "r.html", "--database", folder.appendingPathComponent("k.sqlite").path], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(!html.contains("id=\"dekomponering\""))
        #expect(html.contains("«Vekst i utbetalt sosialhjelp»: mottakere, stønadsmåneder og utbetalinger for Bærum i 2020 og 2024 er ikke lagret"))
    }
}
