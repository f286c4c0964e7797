public import Foundation

/// Writes a report as a Word document (Office Open XML, .docx).
///
/// Headings use Word's built-in «heading 1»/«heading 2» styles so the navigation pane and a
/// table of contents work; tables are real Word tables with Norwegian number text, header
/// rows that repeat and rows kept together on one page; charts are PNG pictures with alt text
/// (rendered from the same SVG as the other formats); the footer carries page numbers.
public struct DocxWriter: Sendable {
    /// PNG pictures of the charts by chart id. A chart without a picture is left out with a note.
    public var pictures: [String: Data]
    /// The page of each contents entry (``contentsEntries(of:)``, in order), as a layout program
    /// measured it; `nil` writes the entries without numbers and a note on how to add them.
    public var contentsPages: [Int]?

    public init(pictures: [String: Data], contentsPages: [Int]? = nil) {
        self.pictures = pictures
        self.contentsPages = contentsPages
    }

    /// The headings the contents list holds (Heading 1 and 2, as the TOC field's `\o "1-2"`), in order.
    public static func contentsEntries(of document: ReportDocument) -> [(title: String, level: Int)] {
        var entries: [(String, Int)] = []
        func add(_ section: ReportSection) {
            entries.append((section.title, section.level <= 2 ? 1 : 2))
            section.subsections.forEach(add)
        }
        document.sections.forEach(add)
        return entries
    }

    /// A4 with 2,5 cm margins: the text is 16 cm wide.
    static let textWidthEMU = 5_760_000.0
    static let textWidthTwips = 9070

    public func data(for document: ReportDocument) throws(RenderError) -> Data {
        var body = DocxBody(pictures: pictures)
        body.titlePage(document.titlePage)
        let entries = Self.contentsEntries(of: document)
        let pages = contentsPages.flatMap { $0.count == entries.count ? $0 : nil }
        body.tableOfContents(entries, pages: pages)
        for section in document.sections { body.section(section) }
        var package = OfficePackage()
        package.add("[Content_Types].xml", xml: DocxParts.contentTypes)
        package.add("_rels/.rels", xml: DocxParts.packageRelationships)
        package.add("docProps/core.xml", xml: OfficeMetadata.core(title: document.titlePage.title, subject: document.titlePage.kicker))
        package.add("word/document.xml", xml: DocxParts.document(body: body.xml, footer: document.footer))
        package.add("word/styles.xml", xml: DocxParts.styles)
        package.add("word/settings.xml", xml: DocxParts.settings)
        package.add("word/footer1.xml", xml: DocxParts.footer(document.footer))
        package.add("word/_rels/document.xml.rels", xml: DocxParts.documentRelationships(images: body.images.map(\.name)))
        for image in body.images { package.add("word/media/\(image.name)", data: image.data) }
        return try package.data(format: "Word")
    }
}

/// The body of `word/document.xml`, built block by block.
struct DocxBody {
    let pictures: [String: Data]
    var xml = ""
    var images: [(name: String, data: Data)] = []

    init(pictures: [String: Data]) {
        self.pictures = pictures
    }

    mutating func titlePage(_ page: ReportTitlePage) {
        paragraph(page.kicker, style: "Subtitle")
        paragraph(page.title, style: "Title")
        for fact in page.facts {
            xml += "<w:p><w:pPr><w:pStyle w:val=\"Facts\"/></w:pPr>\(run(fact.label + ": ", bold: true))\(run(fact.value))</w:p>"
        }
    }

    /// A real TOC field over Heading 1–2 whose saved result is the finished list: every entry a
    /// link to its heading's bookmark, with the page number when a layout program measured it
    /// (`pages`), so Word shows it as it is and never asks to update fields on opening.
    /// Without measured pages no number is written (a number is never estimated) and a note
    /// says how Word adds them.
    mutating func tableOfContents(_ entries: [(title: String, level: Int)], pages: [Int]?) {
        xml += "<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr>\(run("Innhold"))</w:p>"
        let begin =
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        for (index, entry) in entries.enumerated() {
            let start = index == 0 ? begin : ""
            let end = index == entries.count - 1 ? "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" : ""
            let bookmark = Self.bookmark(index)
            var link = run(entry.title)
            if let pages {
                // A PAGEREF field per entry, as Word writes its own, so «Oppdater felt» keeps working.
                link +=
                    "<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                    + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark) \\h </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(run(String(pages[index])))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            }
            xml +=
                "<w:p><w:pPr><w:pStyle w:val=\"TOC\(entry.level)\"/></w:pPr>\(start)"
                + "<w:hyperlink w:anchor=\"\(bookmark)\" w:history=\"1\">\(link)</w:hyperlink>\(end)</w:p>"
        }
        if pages == nil {
            paragraph(
                "Sidetallene kommer fram når innholdsfortegnelsen oppdateres: høyreklikk på den og velg «Oppdater felt». "
                    + "Overskriftene er lenker til kapitlene.", style: "Note")
        }
        xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    }

    /// The bookmark on the `index`th heading, which its contents entry links to.
    static func bookmark(_ index: Int) -> String { "_Toc\(index + 1)" }

    /// Headings written so far, numbering their bookmarks in the order of the contents list.
    var headings = 0

    mutating func section(_ section: ReportSection) {
        let style = section.level <= 2 ? "Heading1" : "Heading2"
        let pageBreak = section.startsOnNewPage ? "<w:pageBreakBefore/>" : ""
        let bookmark = "<w:bookmarkStart w:id=\"\(headings + 1)\" w:name=\"\(Self.bookmark(headings))\"/>"
        xml +=
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(pageBreak)</w:pPr>\(bookmark)\(run(section.title))<w:bookmarkEnd w:id=\"\(headings + 1)\"/></w:p>"
        headings += 1
        for block in section.blocks { self.block(block) }
        for subsection in section.subsections { self.section(subsection) }
    }

    mutating func block(_ block: ReportBlock) {
        switch block {
        case .paragraph(let paragraph): self.paragraph(paragraph)
        case .list(let items): for item in items { self.paragraph(item, bullet: true) }
        case .table(let table): self.table(table)
        case .chart(let chart): self.chart(chart)
        }
    }

    mutating func paragraph(_ paragraph: ReportParagraph, bullet: Bool = false) {
        let style: String =
            switch paragraph.kind {
            case .note: "Note"
            case .generated: bullet ? "GeneratedBullet" : "Generated"
            case .analystNote: "AnalystNote"
            case .text: bullet ? "ListBullet" : "Normal"
            }
        var runs = ""
        if bullet { runs += run("•\t") }
        switch paragraph.kind {
        case .generated: runs += run("Generert: ", color: "555555", small: true)
        case .analystNote: runs += run("Analytikerens merknad: ", bold: true)
        default: break
        }
        runs += run(paragraph.text)
        if let foreign = paragraph.foreign { runs += run(" " + foreign.text, language: foreign.wordLanguage) }
        xml += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(runs)</w:p>"
    }

    mutating func paragraph(_ text: String, style: String) {
        xml += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(run(text))</w:p>"
    }

    func run(_ text: String, bold: Bool = false, color: String? = nil, small: Bool = false, language: String? = nil) -> String {
        var properties = ""
        if bold { properties += "<w:b/>" }
        if let color { properties += "<w:color w:val=\"\(color)\"/>" }
        if small { properties += "<w:sz w:val=\"18\"/>" }
        if let language { properties += "<w:lang w:val=\"\(language)\"/>" }
        let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        let parts = text.components(separatedBy: "\t")
        return parts.enumerated().map { index, part in
            (index > 0 ? "<w:r>\(rPr)<w:tab/></w:r>" : "")
                + (part.isEmpty ? "" : "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(XML.escape(part))</w:t></w:r>")
        }.joined()
    }

    mutating func table(_ table: ReportTable) {
        // The caption is kept with the table, and every row but the last with the next, so a
        // table is never split across pages (unless it is longer than a page).
        xml += "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>\(run(table.caption))</w:p>"
        let count = table.columns.count
        // The label column gets about 30 %; with the unit in the header, «11 141» fits a figure column in 9 pt.
        let first = count > 1 ? (count > 4 ? 2700 : 4000) : DocxWriter.textWidthTwips
        let other = count > 1 ? (DocxWriter.textWidthTwips - first) / (count - 1) : 0
        var grid = "<w:gridCol w:w=\"\(first)\"/>"
        for _ in 1..<max(count, 1) { grid += "<w:gridCol w:w=\"\(other)\"/>" }
        xml +=
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"KostraTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
            + "<w:tblGrid>\(grid)</w:tblGrid>"
        let headerCells = table.columns.enumerated().map { index, column in
            cell(column.title, width: index == 0 ? first : other, right: column.numeric && index > 0, bold: true, keepNext: true)
        }.joined()
        xml += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>\(headerCells)</w:tr>"
        for (number, row) in table.rows.enumerated() {
            let keep = number < table.rows.count - 1
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            if row.isGroupHeading {
                xml +=
                    "<w:tc><w:tcPr><w:tcW w:w=\"\(DocxWriter.textWidthTwips)\" w:type=\"dxa\"/><w:gridSpan w:val=\"\(count)\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F3F7\"/></w:tcPr>"
                    + cellParagraph(row.header, right: false, bold: true, keepNext: true) + "</w:tc>"
            } else {
                xml += cell(row.header, width: first, right: false, bold: false, keepNext: keep)
                for (index, value) in row.cells.enumerated() {
                    let numeric = table.columns.indices.contains(index + 1) ? table.columns[index + 1].numeric : true
                    xml += cell(value.text.replacingOccurrences(of: " ", with: "\u{00A0}"), width: other, right: numeric, bold: false, keepNext: keep)
                }
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        for note in ([table.sourceNote].compactMap { $0 } + table.notes) {
            paragraph(note, style: "Note")
        }
    }

    func cell(_ text: String, width: Int, right: Bool, bold: Bool, keepNext: Bool) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(cellParagraph(text, right: right, bold: bold, keepNext: keepNext))</w:tc>"
    }

    func cellParagraph(_ text: String, right: Bool, bold: Bool, keepNext: Bool) -> String {
        let alignment = right ? "<w:jc w:val=\"right\"/>" : ""
        return "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>\(keepNext ? "<w:keepNext/>" : "")\(alignment)</w:pPr>\(run(text, bold: bold))</w:p>"
    }

    mutating func chart(_ chart: ReportChart) {
        guard let png = pictures[chart.id] else {
            paragraph("Figuren «\(chart.title)» kunne ikke lages som bilde.", style: "Note")
            return
        }
        images.append((name: "\(chart.id).png", data: png))
        let number = images.count
        let scale = min(1, DocxWriter.textWidthEMU / (chart.width * 9525))
        let cx = Int(chart.width * 9525 * scale)
        let cy = Int(chart.height * 9525 * scale)
        let alt = XML.escape(chart.altText)
        xml += """
            <w:p><w:pPr><w:pStyle w:val="Figure"/><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">\
            <wp:extent cx="\(cx)" cy="\(cy)"/><wp:docPr id="\(number)" name="\(XML.escape(chart.id))" descr="\(alt)" title="\(XML.escape(chart.title))"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
            <pic:nvPicPr><pic:cNvPr id="\(number)" name="\(XML.escape(chart.id)).png" descr="\(alt)"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="rImage\(number)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
        if let caption = chart.caption { paragraph(caption, style: "Caption") }
    }
}
