import Foundation
import KostraRender
import Testing

/// What readers trip on when they open the report with independent programs: figures broken
/// across lines, duplicate ids, spreadsheet cells without their format, missing navigation.
/// Reads the same Bærum 2024 files as ``ReportFormatsTests`` (written once by the real binary).
@Suite("Bærum 2024 report: figures kept on one line, accessible HTML, Excel formats and navigation", .serialized)
struct ReportReadabilityTests {
    /// Figures written with a breakable space or hyphen: `kr 70`, `2,0 %`, `70 784`, `per 1`, `18-66`.
    static func brokenFigures(in text: String) throws -> [String] {
        let brokenFigure = try Regex(#"(?:^|[^\p{L}])kr [0-9−-]|[0-9] %|[0-9] [0-9]{3}(?![0-9])|(?:^|[^\p{L}])per [0-9]|[0-9]-[0-9]"#)
        return text.matches(of: brokenFigure).map { match in
            let start = text.index(match.range.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
            let end = text.index(match.range.upperBound, offsetBy: 20, limitedBy: text.endIndex) ?? text.endIndex
            return String(text[start..<end])
        }
    }

    @Test("FigureSpacing joins kroner, percent, thousands, «per 1 000» and ranges, and nothing else")
    func spacingRules() {
        let keep = FigureSpacing.keepingFiguresTogether
        #expect(
            keep("Stønad kr 70 784 mot 2,0 % per 1 000 innbyggere 18-66 år")
                == "Stønad kr\u{00A0}70\u{00A0}784 mot 2,0\u{00A0}% per\u{00A0}1\u{00A0}000 innbyggere 18\u{2011}66 år")
        #expect(keep("kr −1 234 000") == "kr\u{00A0}−1\u{00A0}234\u{00A0}000")
        // Words ending in «kr» or «per», years side by side, a leading minus: unchanged.
        #expect(keep("Tørkr 12 og super 5, i 2023 2024, -2,5") == "Tørkr 12 og super 5, i 2023 2024, -2,5")
        let plain = "Ingen tall her"
        #expect(keep(plain) == plain)
    }

    @Test("HTML: no figure with a breakable space, unique ids, one tbody per category, English marked with lang")
    func html() async throws {
        let output = try await BaerumReports.all.value
        let page = try String(contentsOf: output.html, encoding: .utf8)
        // What a person reads: the text between tags, without style sheet and chart drawings
        // (SVG text is placed, never wrapped; its title and desc carry the same alt text checked below).
        let text = page.replacing(try Regex(#"(?s)<style>.*?</style>|<svg.*?</svg>"#), with: "")
            .replacing(try Regex("<[^>]+>"), with: "\n")
        let broken = try Self.brokenFigures(in: text)
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        #expect(text.contains("kr\u{00A0}70\u{00A0}784") && text.contains("18\u{2011}24"))
        let ids = page.matches(of: try Regex(#" id="([^"]+)""#)).compactMap { $0.output[1].substring.map(String.init) }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
        // The key-figure table: every category row opens its own tbody.
        let table = try #require(page.range(of: "<caption>Tabell 1.")).lowerBound
        let key = String(page[table...]).components(separatedBy: "</table>")[0]
        #expect(key.components(separatedBy: "<tbody>").count - 1 == key.components(separatedBy: "scope=\"rowgroup\"").count - 1)
        #expect(key.components(separatedBy: "<tbody>").count - 1 >= 4)
        #expect(page.contains("<span lang=\"en\">Published figures transcribed from the document"))
        #expect(page.contains("<figcaption>Figur 1. ") && page.contains("<caption>Tabell 2. "))
    }

    @Test("Look-alike indicators defined differently (18–66 and 18–67) carry the catalogue's note next to both")
    func definitionNotes() async throws {
        let output = try await BaerumReports.all.value
        let page = try String(contentsOf: output.html, encoding: .utf8).withPlainSpaces
        #expect(page.contains("Merk: Ikke samme definisjon som «Andel sosialhjelpsmottakere 18–66»"))
        #expect(page.contains("Merk: Ikke samme definisjon som «Andel sosialhjelpsmottakere 18–67» i tjenesteprofilen"))
        // Both subsections hold their note: the 18–67 share's and the 18–66 series'.
        for id in ["recipients-18-67-share", "recipients-18-66-share"] {
            let section = try #require(page.range(of: "<h3 id=\"\(id)\">"), "\(id)")
            #expect(page[section.upperBound...].prefix(1500).contains("Ikke samme definisjon"), "\(id)")
        }
    }

    @Test("Word: no figure in document.xml with a breakable space; core properties name title and language")
    func docx() async throws {
        let output = try await BaerumReports.all.value
        let xml = try await ExternalTool.run("unzip", ["-p", output.docx.path, "word/document.xml"]).stdout
        // Each paragraph's text, joined across its runs.
        let run = try Regex(#"<w:t[^>]*>([^<]*)</w:t>"#)
        let paragraphs = xml.components(separatedBy: "</w:p>").map { paragraph in
            paragraph.matches(of: run).compactMap { $0.output[1].substring.map(String.init) }.joined()
        }
        let broken = try paragraphs.flatMap { try Self.brokenFigures(in: $0.replacingOccurrences(of: "&amp;", with: "&")) }
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        #expect(paragraphs.contains { $0.hasPrefix("Figur 1. ") } && paragraphs.contains { $0.hasPrefix("Tabell 1. ") })
        let core = try await ExternalTool.run("unzip", ["-p", output.docx.path, "docProps/core.xml"]).stdout
        #expect(core.contains("<dc:title>Sosialtjeneste og bolig: Bærum 2024</dc:title>") && core.contains("<dc:language>nb-NO</dc:language>"))
        #expect(xml.contains("<w:lang w:val=\"en-GB\"/>"))
    }

    @Test("PDF: no figure broken across lines, and an outline (bookmarks) from the headings")
    func pdf() async throws {
        let output = try await BaerumReports.all.value
        // Without -layout: lines as the page breaks them.
        let text = try await ExternalTool.run("pdftotext", [output.pdf.path, "-"]).stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var broken: [String] = []
        for (line, next) in zip(lines, lines.dropFirst()) {
            let endsBeforeFigure = line.hasSuffix(" kr") || line == "kr" || line.hasSuffix(" per") && next.first?.isNumber == true
            let splitRange = (line.last == "-" || line.last == "\u{2011}") && line.dropLast().last?.isNumber == true && next.first?.isNumber == true
            if (endsBeforeFigure && next.first?.isNumber == true) || next.hasPrefix("% ") || next == "%" || splitRange {
                broken.append(line + " | " + next)
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        #expect(text.contains("18\u{2011}24"), "a range keeps its non-breaking hyphen through text extraction")
        let bytes = try Data(contentsOf: output.pdf)
        #expect(bytes.range(of: Data("/Outlines".utf8)) != nil, "the PDF has an outline")
        // The contents list on the title page gives each chapter's page, as the outline does.
        let contents = try await ExternalTool.pdfText(output.pdf, page: 1).withPlainSpaces
        let line = try #require(contents.split(separator: "\n").first { $0.contains("Vedlegg: kilder og metode") })
        let page = try #require(Int(line.split(separator: " ").last ?? ""), "\(line)")
        #expect(try await ExternalTool.pdfText(output.pdf, page: page).contains("Vedlegg: kilder og metode"))
        // Every Figure tag of the tagged PDF has alternative text.
        let figures = bytes.ranges(of: Data("/S /Figure".utf8)).count
        #expect(figures > 20 && figures == bytes.ranges(of: Data("/Alt ".utf8)).count, "\(figures) figures")
        let info = try await ExternalTool.pdfInfo(output.pdf)
        #expect(info["Title"] == "Sosialtjeneste og bolig: Bærum 2024")
        // XMP metadata, added as an incremental update that poppler reads.
        let xmp = try await ExternalTool.run("pdfinfo", ["-meta", output.pdf.path]).stdout
        #expect(
            xmp.contains("<rdf:li xml:lang=\"x-default\">Sosialtjeneste og bolig: Bærum 2024</rdf:li>") && xmp.contains("<rdf:li>nb-NO</rdf:li>"),
            "\(xmp.prefix(300))")
    }

    @Test(
        "Excel: numbers with their formats (efficiency 1,150 and +15,0 %), no binary noise, unique sheet names, title, unit, filter, print titles, method sheet"
    )
    func xlsx() async throws {
        let output = try await BaerumReports.all.value
        let folder = try output.folder.appendingPathComponent("xlsx-formats", isDirectory: true).creatingFolder()
        let converted = try await ExternalTool.libreOffice(convert: output.xlsx, to: "html", folder: folder)
        #expect(converted.status == 0, "\(converted.stderr)")
        // LibreOffice's HTML keeps each number cell's value (sdval) and format code (sdnum).
        let page = try String(contentsOf: folder.appendingPathComponent("baerum-2024-sosialtjenester.html"), encoding: .utf8)
            .replacingOccurrences(of: "&nbsp;", with: " ")
        let cells = page.matches(of: try Regex(#"sdval="([^"]+)" sdnum="[0-9]+;[0-9]+;([^"]+)">([^<]*)<"#)).map {
            (value: String($0.output[1].substring ?? ""), format: String($0.output[2].substring ?? ""), shown: String($0.output[3].substring ?? ""))
        }
        #expect(cells.count > 300, "\(cells.count) number cells")
        let efficiency = try #require(cells.first { $0.value.hasPrefix("1.1503") })
        #expect(efficiency.format == "# ##0,000" && efficiency.shown == "1,150", "\(efficiency)")
        let percent = try #require(cells.first { $0.value.hasPrefix("15.0306") })
        // A change shows its sign in every reader: the format has sections for + and −.
        #expect(
            percent.format == "+# ##0,0&quot; %&quot;;[$-414]-# ##0,0&quot; %&quot;;[$-414]# ##0,0&quot; %&quot;" && percent.shown == "+15,0 %",
            "\(percent)")
        #expect(cells.contains { $0.value == "-2.2" && $0.shown == "-2,2 %" })
        let noisy = cells.filter { $0.value.contains("0000000") || $0.value.contains("9999999") }
        #expect(noisy.isEmpty, "\(noisy.prefix(3))")
        #expect(cells.contains { $0.format == "&quot;kr &quot;# ##0" && $0.shown == "kr 70 784" })

        let workbook = try await ExternalTool.run("unzip", ["-p", output.xlsx.path, "xl/workbook.xml"]).stdout
        let names = workbook.matches(of: try Regex(#"<sheet name="([^"]+)""#)).compactMap { $0.output[1].substring.map(String.init) }
        #expect(names.count >= 22 && Set(names).count == names.count, "\(names)")
        #expect(names.allSatisfy { $0.count <= 31 }, "\(names)")
        #expect(names.last == "Metode" && names.contains("Kilder"))
        // Shortened names keep the words that tell sheets apart: the age band and «serie».
        #expect(names.contains { $0.hasSuffix("Andel sosialhjel. 18–24 serie") } && names.contains { $0.hasSuffix("Andel sosialhjelpsmott. 18–24") })
        let unnumbered = names.map { $0.drop { $0 != " " } }
        #expect(unnumbered.filter { $0.hasSuffix(" serie") }.count >= 3, "\(names)")
        #expect(
            workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">&apos;1 Tjenesteprofil&apos;!$3:$3</definedName>")
                || workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'1 Tjenesteprofil'!$3:$3</definedName>"))
        let first = try await ExternalTool.run("unzip", ["-p", output.xlsx.path, "xl/worksheets/sheet1.xml"]).stdout
        #expect(first.contains("<autoFilter ref=\"A3:"))
        #expect(first.contains("Tabell 1. Indikatorene i") && first.contains("Enheter: "), "title and unit line")
        let core = try await ExternalTool.run("unzip", ["-p", output.xlsx.path, "docProps/core.xml"]).stdout
        #expect(core.contains("<dc:title>Sosialtjeneste og bolig: Bærum 2024</dc:title>") && core.contains("<dc:language>nb-NO</dc:language>"))
        // The method sheet carries the appendix's text.
        #expect(page.contains("Vedlegg: kilder og metode"))
    }
}
