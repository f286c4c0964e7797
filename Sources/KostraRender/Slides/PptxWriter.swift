public import Foundation

/// Writes a ``SlideDeck`` as a PowerPoint presentation (PresentationML, .pptx), 16:9.
///
/// Written directly, like the Word and Excel writers: one slide master with two real layouts
/// (a title slide, and «title only» whose title placeholder every content slide fills), tables
/// as native PowerPoint tables, charts as PNG pictures with their alt text, and speaker notes
/// (on a notes master) holding each slide's sources.
public struct PptxWriter: Sendable {
    /// PNG pictures of the charts by chart id. A chart without a picture is shown as its alt text.
    public var pictures: [String: Data]

    public init(pictures: [String: Data]) {
        self.pictures = pictures
    }

    /// 16:9 at 33,867 × 19,05 cm, in EMU.
    static let width = 12_192_000
    static let height = 6_858_000
    static let margin = 457_200
    static let bodyTop = 1_371_600

    public func data(for deck: SlideDeck) throws(RenderError) -> Data {
        var package = OfficePackage()
        let count = deck.slides.count + 1
        package.add("[Content_Types].xml", xml: PptxParts.contentTypes(slides: count))
        package.add("_rels/.rels", xml: PptxParts.packageRelationships)
        package.add("docProps/core.xml", xml: OfficeMetadata.core(title: deck.title, subject: deck.subtitle))
        package.add("ppt/presentation.xml", xml: PptxParts.presentation(slides: count))
        package.add("ppt/_rels/presentation.xml.rels", xml: PptxParts.presentationRelationships(slides: count))
        package.add("ppt/theme/theme1.xml", xml: PptxParts.theme)
        package.add("ppt/theme/theme2.xml", xml: PptxParts.theme)
        package.add("ppt/slideMasters/slideMaster1.xml", xml: PptxParts.slideMaster)
        package.add("ppt/slideMasters/_rels/slideMaster1.xml.rels", xml: PptxParts.masterRelationships)
        package.add("ppt/slideLayouts/slideLayout1.xml", xml: PptxParts.titleLayout)
        package.add("ppt/slideLayouts/slideLayout2.xml", xml: PptxParts.titleOnlyLayout)
        for number in 1...2 { package.add("ppt/slideLayouts/_rels/slideLayout\(number).xml.rels", xml: PptxParts.layoutRelationships) }
        package.add("ppt/notesMasters/notesMaster1.xml", xml: PptxParts.notesMaster)
        package.add("ppt/notesMasters/_rels/notesMaster1.xml.rels", xml: PptxParts.notesMasterRelationships)

        // Slide 1: the title slide.
        package.add(
            "ppt/slides/slide1.xml",
            xml: PptxParts.slide(
                shapes:
                    placeholder(id: 2, type: "ctrTitle", text: deck.title) + placeholder(id: 3, type: "subTitle", text: deck.subtitle, index: 1)))
        package.add("ppt/slides/_rels/slide1.xml.rels", xml: PptxParts.slideRelationships(layout: 1, number: 1, image: nil))
        package.add("ppt/notesSlides/notesSlide1.xml", xml: PptxParts.notes(deck.subtitle))
        package.add("ppt/notesSlides/_rels/notesSlide1.xml.rels", xml: PptxParts.notesRelationships(slide: 1))

        for (index, slide) in deck.slides.enumerated() {
            let number = index + 2
            var shapes = placeholder(id: 2, type: "title", text: slide.title)
            var image: String?
            switch slide.body {
            case .table(let table): shapes += self.table(table, id: 3)
            case .text(let paragraphs): shapes += textBox(paragraphs, id: 3)
            case .chart(let chart):
                if let png = pictures[chart.id] {
                    image = "image\(number).png"
                    package.add("ppt/media/image\(number).png", data: png)
                    shapes += picture(chart, id: 3)
                } else {
                    shapes += textBox([chart.altText], id: 3)
                }
            }
            package.add("ppt/slides/slide\(number).xml", xml: PptxParts.slide(shapes: shapes))
            package.add("ppt/slides/_rels/slide\(number).xml.rels", xml: PptxParts.slideRelationships(layout: 2, number: number, image: image))
            package.add("ppt/notesSlides/notesSlide\(number).xml", xml: PptxParts.notes(slide.notes))
            package.add("ppt/notesSlides/_rels/notesSlide\(number).xml.rels", xml: PptxParts.notesRelationships(slide: number))
        }
        return try package.data(format: "PowerPoint")
    }

    /// A shape filling the layout's placeholder (its position comes from the layout).
    func placeholder(id: Int, type: String, text: String, index: Int? = nil) -> String {
        let idx = index.map { " idx=\"\($0)\"" } ?? ""
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(type) \(id)\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"\(type)\"\(idx)/></p:nvPr></p:nvSpPr><p:spPr/>"
            + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p>\(Self.run(text))</a:p></p:txBody></p:sp>"
    }

    static func run(_ text: String, size: Int? = nil, bold: Bool = false) -> String {
        let attributes = (size.map { " sz=\"\($0)\"" } ?? "") + (bold ? " b=\"1\"" : "")
        return "<a:r><a:rPr lang=\"nb-NO\"\(attributes) dirty=\"0\"/><a:t>\(XML.escape(text))</a:t></a:r>"
    }

    func textBox(_ paragraphs: [String], id: Int) -> String {
        let body = paragraphs.map { "<a:p>\(Self.run($0, size: 2000))</a:p>" }.joined()
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"Tekst \(id)\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
            + "<p:spPr><a:xfrm><a:off x=\"\(Self.margin)\" y=\"\(Self.bodyTop)\"/><a:ext cx=\"\(Self.width - 2 * Self.margin)\" cy=\"\(Self.height - Self.bodyTop - Self.margin)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap=\"square\"/><a:lstStyle/>\(body)</p:txBody></p:sp>"
    }

    /// A native table: header row bold, figures right-aligned, a group row spanning the table.
    func table(_ table: ReportTable, id: Int) -> String {
        let columns = max(1, table.columns.count)
        let available = Self.width - 2 * Self.margin
        let first = columns > 1 ? available * 36 / 100 : available
        let other = columns > 1 ? (available - first) / (columns - 1) : 0
        // Smaller text for long tables, so a review table fits one slide.
        let rowCount = table.rows.count + 1
        let size = rowCount > 12 ? 1000 : rowCount > 8 ? 1200 : 1400
        let rowHeight = size * 254 / 10 * 2
        var xml = "<a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid><a:gridCol w=\"\(first)\"/>"
        for _ in 1..<columns { xml += "<a:gridCol w=\"\(other)\"/>" }
        xml += "</a:tblGrid>"
        func cell(_ text: String, right: Bool, bold: Bool, span: Int? = nil, merged: Bool = false) -> String {
            let attributes = (span.map { " gridSpan=\"\($0)\"" } ?? "") + (merged ? " hMerge=\"1\"" : "")
            return "<a:tc\(attributes)><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn=\"\(right ? "r" : "l")\"/>"
                + Self.run(text, size: size, bold: bold) + "</a:p></a:txBody><a:tcPr/></a:tc>"
        }
        xml +=
            "<a:tr h=\"\(rowHeight)\">"
            + table.columns.enumerated().map { index, column in
                cell(column.title, right: index > 0 && column.numeric, bold: true)
            }.joined() + "</a:tr>"
        for row in table.rows {
            xml += "<a:tr h=\"\(rowHeight)\">"
            if row.isGroupHeading {
                xml += cell(row.header, right: false, bold: true, span: columns)
                for _ in 1..<columns { xml += cell("", right: false, bold: false, merged: true) }
            } else {
                xml += cell(row.header, right: false, bold: false)
                for index in 1..<columns {
                    let text = index - 1 < row.cells.count ? row.cells[index - 1].text : ""
                    xml += cell(text, right: table.columns[index].numeric, bold: false)
                }
            }
            xml += "</a:tr>"
        }
        xml += "</a:tbl>"
        return "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"\(id)\" name=\"Tabell \(id)\" descr=\"\(XML.escape(table.caption))\"/>"
            + "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"
            + "<p:xfrm><a:off x=\"\(Self.margin)\" y=\"\(Self.bodyTop)\"/><a:ext cx=\"\(available)\" cy=\"\(rowHeight * rowCount)\"/></p:xfrm>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">\(xml)</a:graphicData></a:graphic></p:graphicFrame>"
    }

    /// The chart's picture, as large as the area under the title allows, centred, with its alt text.
    func picture(_ chart: ReportChart, id: Int) -> String {
        let boxWidth = Double(Self.width - 2 * Self.margin)
        let boxHeight = Double(Self.height - Self.bodyTop - Self.margin / 2)
        let scale = min(boxWidth / max(chart.width, 1), boxHeight / max(chart.height, 1))
        let cx = Int(chart.width * scale)
        let cy = Int(chart.height * scale)
        let x = (Self.width - cx) / 2
        return
            "<p:pic><p:nvPicPr><p:cNvPr id=\"\(id)\" name=\"\(XML.escape(chart.id))\" descr=\"\(XML.escape(chart.altText))\" title=\"\(XML.escape(chart.title))\"/>"
            + "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
            + "<p:blipFill><a:blip r:embed=\"rImage\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
            + "<p:spPr><a:xfrm><a:off x=\"\(x)\" y=\"\(Self.bodyTop)\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>"
    }
}
