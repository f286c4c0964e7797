import Foundation
import KostraTesting
import Testing

@Suite("kostra report for a whole network", .serialized)
struct ReportBatchTests {
    @Test("The 12 ASSS members' reports complete; each names its municipality; members without figures say what is missing")
    func asss() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let out = folder.appendingPathComponent("rapporter")
        let result = try await KostraCLI.run(
            [
                "report", "--network", "asss", "--year", "2024", "--format", "html,pdf", "--out", out.path,
                "--database", folder.appendingPathComponent("k.sqlite").path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Wrote 12 reports (10 saying their figures are missing): \(out.path)/index.html\n")
        // Progress on stderr, one line per member.
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains("/12] ") }.count == 12)
        let names = [
            "Asker", "Bergen", "Bærum", "Drammen", "Fredrikstad", "Kristiansand", "Lillestrøm", "Oslo", "Sandnes",
            "Stavanger", "Tromsø", "Trondheim",
        ]
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count == 12)
        for pdf in pdfs {
            let text = try await ExternalTool.pdfText(out.appendingPathComponent(pdf)).collapsingSpaces
            let name = try #require(names.first { text.contains("Sosialtjeneste og bolig: \($0) 2024") }, "\(pdf) names no member")
            #expect(index.contains(">\(name)</th>"))
            #expect(index.contains("href=\"\(pdf)\""))
        }
        let oslo = try await ExternalTool.pdfText(out.appendingPathComponent("oslo-2024-sosialtjenester.pdf")).collapsingSpaces
        #expect(oslo.contains("Tallene mangler") && oslo.contains("Det finnes ingen tall for Oslo i 2024"))
        #expect(oslo.contains("«Dekningsgrader»") && oslo.contains("«Tjenesteprofil»"))
        #expect(index.contains("Tall mangler for 2024"))
        // Asker appears in Bærum's comparison series, so its report is partial and says what is left out.
        #expect(index.contains("Ferdig; utelatt fordi tall mangler: Produktivitet og enhetskostnader"))
        let baerum = try await ExternalTool.pdfText(out.appendingPathComponent("baerum-2024-sosialtjenester.pdf")).withPlainSpaces
        #expect(baerum.contains("kr 70 784"))
    }
}
