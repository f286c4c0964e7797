import Foundation
import KostraRender
import Testing

/// The report page written straight from a document: markup in the right places, and every value
/// from data escaped, figures kept on one line.
@Suite struct ReportHTMLTests {
    static let document = ReportDocument(
        titlePage: ReportTitlePage(
            kicker: "KOSTRA-analyse 2024 <utkast>", title: "Sosialtjenesten i Bærum & omegn",
            facts: [ReportFact(label: "Kommune", value: "Bærum (3201)"), ReportFact(label: "Nettverk", value: "ASSS \"12\"")]),
        sections: [
            ReportSection(
                id: "sammendrag", title: "Sammendrag",
                blocks: [
                    .paragraph(ReportParagraph("Utgiftene økte med 4,1 % <mer enn> snittet.", kind: .generated, trace: "f281 2024: 41 681 & 40 012")),
                    .paragraph(ReportParagraph("Flere **unge** fikk jobb. <script>x</script>", kind: .analystNote, isMarkdown: true)),
                    .list([ReportParagraph("Første 'punkt'", kind: .generated), ReportParagraph("Andre punkt", kind: .note)]),
                ]),
            ReportSection(
                id: "nokkeltall", title: "Nøkkeltall",
                subsections: [
                    ReportSection(
                        id: "tabell", title: "Tabell",
                        blocks: [
                            .table(
                                ReportTable(
                                    id: "t", caption: "Nøkkeltall <2024>", sheetName: "t",
                                    columns: [
                                        ReportColumn("Indikator", numeric: false), ReportColumn("Bærum"), ReportColumn("Merknad", numeric: false),
                                    ],
                                    rows: [
                                        .group("Dekningsgrader"),
                                        ReportRow(
                                            header: "Netto driftsutgifter",
                                            cells: [
                                                ReportCell(value: 41681, text: "kr 41 681"), ReportCell(value: nil, text: "se note 1"),
                                            ]),
                                        ReportRow(
                                            header: "Endring",
                                            cells: [
                                                ReportCell(value: -2.5, text: "-2,5 %"), ReportCell(value: nil, text: ".."),
                                            ]),
                                    ],
                                    sourceNote: "Kilde: SSB & KS", notes: ["* uvektet", "«..» mangler"])),
                            .chart(ReportChart(id: "c", title: "C", svg: "<svg viewBox=\"0 0 10 10\"><text>a &amp; b</text></svg>\n", altText: "C")),
                            .chart(
                                ReportChart(id: "d", title: "D", svg: "<svg viewBox=\"0 0 10 10\"></svg>\n", altText: "D", caption: "Figur 1 <D>")),
                        ])
                ], startsOnNewPage: true),
        ],
        footer: "Bærum \"kommune\"", fileStem: "rapport")

    @Test func valuesFromDataAreEscapedEverywhere() throws {
        let html = try HTMLReportRenderer().render(Self.document)
        #expect(html.contains("<title>Sosialtjenesten i Bærum &amp; omegn</title>"))
        #expect(html.contains("<p class=\"kicker\">KOSTRA-analyse 2024 &lt;utkast&gt;</p>"))
        #expect(html.contains("<dt>Nettverk</dt><dd>ASSS &quot;12&quot;</dd>"))
        #expect(html.contains("content: \"Bærum &quot;kommune&quot;\";"))
        #expect(
            html.contains(
                "title=\"f281 2024: 41 681 &amp; 40 012\"><span class=\"badge\">Generert:</span> Utgiftene økte med 4,1 % &lt;mer enn&gt; snittet.</p>"
            ))
        #expect(html.contains("<li class=\"generated\"><span class=\"badge\">Generert:</span> Første &#39;punkt&#39;</li>"))
        #expect(html.contains("<caption>Nøkkeltall &lt;2024&gt;</caption>"))
        #expect(html.contains("<p class=\"note\">Kilde: SSB &amp; KS</p>"))
        #expect(html.contains("<figcaption>Figur 1 &lt;D&gt;</figcaption>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<utkast>") && !html.contains("<2024>"))
    }

    @Test func markdownNotesAndChartsAreWrittenAsHTML() throws {
        let html = try HTMLReportRenderer().render(Self.document)
        #expect(
            html.contains(
                "<div class=\"analystNote\"><p class=\"badge\">Analytikerens merknad:</p><p>Flere <strong>unge</strong> fikk jobb. &lt;script&gt;x&lt;/script&gt;</p></div>"
            ))
        #expect(html.contains("<figure class=\"chart\" role=\"group\">\n<svg viewBox=\"0 0 10 10\"><text>a &amp; b</text></svg>\n"))
    }

    @Test func tablesKeepFiguresOnOneLineWithARealMinus() throws {
        let html = try HTMLReportRenderer().render(Self.document)
        #expect(html.contains("<th scope=\"col\" class=\"label\">Indikator</th><th scope=\"col\" class=\"num\">Bærum</th>"))
        #expect(html.contains("<tr class=\"category\"><th scope=\"rowgroup\" colspan=\"3\">Dekningsgrader</th></tr>"))
        #expect(html.contains("<td class=\"num\">kr\u{00A0}41\u{00A0}681</td><td class=\"label\">se\u{00A0}note\u{00A0}1</td>"))
        #expect(html.contains("<td class=\"num\">\u{2212}2,5\u{00A0}%</td><td class=\"label\">..</td>"))
    }

    @Test func chaptersSubsectionsAndContentsFollowTheDocument() throws {
        let html = try HTMLReportRenderer().render(Self.document)
        #expect(html.contains("<li><a href=\"#sammendrag\">Sammendrag</a></li>\n<li><a href=\"#nokkeltall\">Nøkkeltall</a></li>"))
        #expect(html.contains("<section aria-labelledby=\"sammendrag\" class=\"chapter\">"))
        #expect(html.contains("<section aria-labelledby=\"nokkeltall\" class=\"chapter new-page\">"))
        #expect(html.contains("<section aria-labelledby=\"tabell\" class=\"subsection\">\n    <h3 id=\"tabell\">Tabell</h3>"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }
}
