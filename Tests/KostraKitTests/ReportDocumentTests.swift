import Foundation
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

@Suite("The format-neutral report document")
struct ReportDocumentTests {
    static func workspace() async throws -> Workspace {
        try await Workspace.open(database: KostraCLI.temporaryFolder().appendingPathComponent("k.sqlite").path)
    }

    @Test("Bærum 2024 follows the seed report: summary, profile, the four indicator categories, appendix")
    func structure() async throws {
        let document = try await Self.workspace().reports.reportDocument(of: "Bærum", year: 2024)
        #expect(
            document.sections.map(\.title) == [
                "Sammendrag", "Tjenesteprofil", "Prioritering og behov", "Dekningsgrader", "Produktivitet og enhetskostnader",
                "Utfyllende indikatorer/kvalitet", "Produksjon og effektivitet", "Vedlegg: kilder og metode",
            ])
        #expect(document.titlePage.facts.contains(ReportFact(label: "Kommune", value: "Bærum (3201)")))
        #expect(document.titlePage.facts.contains { $0.label == "Tallgrunnlag" })
        let payout = try #require(document.sections[4].subsections.first)
        #expect(payout.title == "Stønad (bidrag+lån) per sosialhjelpsmottaker")
        // Every indicator subsection has a chart, a table and generated commentary.
        for section in document.sections[2...5] {
            for subsection in section.subsections {
                #expect(subsection.blocks.contains { if case .chart = $0 { true } else { false } }, "\(subsection.title)")
                #expect(subsection.blocks.contains { if case .table = $0 { true } else { false } }, "\(subsection.title)")
            }
        }
        let table = try #require(document.tables.first { $0.id == "nokkeltall" })
        let row = try #require(table.rows.first { $0.header == "Stønad (bidrag+lån) per sosialhjelpsmottaker (kr)" })
        #expect(row.cells[2].value == 70784 && row.cells[2].text == "70\u{00A0}784" && row.cells[2].unit == .kroner)
        #expect(
            table.rows.filter(\.isGroupHeading).map(\.header) == [
                "Prioritering og behov", "Dekningsgrader", "Produktivitet og enhetskostnader", "Utfyllende indikatorer/kvalitet",
            ])
        let appendix = try #require(document.sections.last)
        #expect(appendix.subsections.map(\.title) == ["Snitt for ASSS i 2024", "Kodeendringer og brudd", "Kilder"])
        let codes = try #require(appendix.subsections[1].allBlocks.first)
        guard case .list(let lines) = codes else { Issue.record("no list of code changes"); return }
        #expect(lines.contains { $0.text.contains("0219 (til 2019), 3024 (2020–2023), 3201 (fra 2024)") })
        #expect(document.charts.allSatisfy { $0.svg.contains("<title") && $0.svg.contains("role=\"img\"") && !$0.altText.isEmpty })
    }

    @Test("A member without figures gets a document that names what is missing, with no tables or charts")
    func missingFigures() async throws {
        let document = try await Self.workspace().reports.reportDocument(of: "Oslo", year: 2024, explainingMissingFigures: true)
        #expect(document.figuresMissing)
        #expect(document.tables.isEmpty && document.charts.isEmpty)
        #expect(document.sections.map(\.title) == ["Tallene mangler"])
        #expect(document.titlePage.title == "Sosialtjeneste og bolig: Oslo 2024")
    }

    struct ResourceUseSection: ReportSectionContributor {
        var title: String { "Ressursbruk, produksjon og effektivitet" }
        func contribution(to context: ReportContext) async throws -> ReportContribution {
            .section(
                ReportSection(
                    id: "ressursbruk", title: title,
                    blocks: [
                        .paragraph(ReportParagraph("Ressursbruk for \(context.municipality.name) \(context.year).")),
                        .table(
                            ReportTable(
                                id: "ressursbruk", caption: "Brutto driftsutgifter", sheetName: "Ressursbruk",
                                columns: [ReportColumn("Kommune", numeric: false), ReportColumn("Indeks")],
                                rows: [ReportRow(header: context.municipality.name, cells: [.number(97.8, decimals: 1)])])),
                    ]))
        }
    }

    struct GrowthSection: ReportSectionContributor {
        var title: String { "Vekst i utgifter" }
        func contribution(to context: ReportContext) async throws -> ReportContribution {
            .omitted(reason: "ingen regnskapstall for \(context.municipality.name) i \(context.year - 1)")
        }
    }

    @Test("Contributed sections go before the appendix; an omitted one is named with its reason; HTML renders both")
    func contributors() async throws {
        let document = try await Self.workspace().reports.reportDocument(
            of: "Bærum", year: 2024, contributors: [ResourceUseSection(), GrowthSection()])
        let titles = document.sections.map(\.title)
        #expect(titles.suffix(2) == ["Ressursbruk, produksjon og effektivitet", "Vedlegg: kilder og metode"])
        #expect(!titles.contains("Vekst i utgifter"))
        let html = try HTMLReportRenderer().render(document)
        #expect(html.contains("<h2 id=\"ressursbruk\">Ressursbruk, produksjon og effektivitet</h2>"))
        #expect(html.contains("<td class=\"num\">97,8</td>"))
        #expect(html.contains("«Vekst i utgifter»: ingen regnskapstall for Bærum i 2023"))
        let workbook = try XlsxWriter().data(for: document)
        #expect(workbook.count > 1000)
    }

    @Test("Word without LibreOffice: the contents entries link to their headings, no number is guessed, a note says how to add them")
    func docxContentsWithoutMeasuredPages() async throws {
        let document = try await Self.workspace().reports.reportDocument(of: "Bærum", year: 2024)
        let folder = try KostraCLI.temporaryFolder()
        func documentXML(_ data: Data) async throws -> String {
            let file = folder.appendingPathComponent("\(UUID().uuidString).docx")
            try data.write(to: file)
            return try await ExternalTool.run("unzip", ["-p", file.path, "word/document.xml"]).stdout
        }
        let entries = DocxWriter.contentsEntries(of: document)
        #expect(entries.first?.title == "Sammendrag" && entries.contains { $0.level == 2 })
        let plain = try await documentXML(try DocxWriter(pictures: [:]).data(for: document))
        #expect(plain.contains("<w:hyperlink w:anchor=\"_Toc1\"") && plain.contains("<w:bookmarkStart w:id=\"1\" w:name=\"_Toc1\"/>"))
        #expect(!plain.contains("PAGEREF"))
        #expect(plain.contains("Sidetallene kommer fram når innholdsfortegnelsen oppdateres: høyreklikk på den og velg «Oppdater felt»."))
        // Pages for another list of headings are not used.
        let mismatched = try await documentXML(try DocxWriter(pictures: [:], contentsPages: [3, 4]).data(for: document))
        #expect(!mismatched.contains("PAGEREF") && mismatched.contains("Oppdater felt"))
        let measured = try await documentXML(try DocxWriter(pictures: [:], contentsPages: entries.indices.map { $0 + 3 }).data(for: document))
        #expect(measured.contains(" PAGEREF _Toc1 \\h ") && !measured.contains("Oppdater felt"))
    }
}
