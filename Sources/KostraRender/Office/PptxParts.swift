/// The fixed parts of a PowerPoint package: content types, relationships, presentation, theme,
/// slide master and layouts, notes master.
enum PptxParts {
    static let namespaces = """
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"
        """
    static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(slides: Int) -> String {
        var xml =
            XML.declaration + """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Default Extension="png" ContentType="image/png"/>\
                <Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>\
                <Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>\
                <Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>\
                <Override PartName="/ppt/slideLayouts/slideLayout2.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>\
                <Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>\
                <Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>\
                <Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                """
        for number in 1...slides {
            xml +=
                "<Override PartName=\"/ppt/slides/slide\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.slide+xml\"/>"
            xml +=
                "<Override PartName=\"/ppt/notesSlides/notesSlide\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let packageRelationships =
        XML.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationshipBase)/officeDocument" Target="ppt/presentation.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            </Relationships>
            """

    static func presentation(slides: Int) -> String {
        XML.declaration + "<p:presentation \(namespaces) saveSubsetFonts=\"1\">"
            + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rMaster\"/></p:sldMasterIdLst>"
            + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rNotesMaster\"/></p:notesMasterIdLst><p:sldIdLst>"
            + (1...slides).map { "<p:sldId id=\"\(255 + $0)\" r:id=\"rSlide\($0)\"/>" }.joined()
            + "</p:sldIdLst><p:sldSz cx=\"\(PptxWriter.width)\" cy=\"\(PptxWriter.height)\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
            + "<p:defaultTextStyle><a:defPPr><a:defRPr lang=\"nb-NO\"/></a:defPPr></p:defaultTextStyle></p:presentation>"
    }

    static func presentationRelationships(slides: Int) -> String {
        XML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rMaster\" Type=\"\(relationshipBase)/slideMaster\" Target=\"slideMasters/slideMaster1.xml\"/>"
            + "<Relationship Id=\"rNotesMaster\" Type=\"\(relationshipBase)/notesMaster\" Target=\"notesMasters/notesMaster1.xml\"/>"
            + "<Relationship Id=\"rTheme\" Type=\"\(relationshipBase)/theme\" Target=\"theme/theme1.xml\"/>"
            + (1...slides).map { "<Relationship Id=\"rSlide\($0)\" Type=\"\(relationshipBase)/slide\" Target=\"slides/slide\($0).xml\"/>" }.joined()
            + "</Relationships>"
    }

    static let masterRelationships =
        XML.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rLayout1" Type="\(relationshipBase)/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>\
            <Relationship Id="rLayout2" Type="\(relationshipBase)/slideLayout" Target="../slideLayouts/slideLayout2.xml"/>\
            <Relationship Id="rTheme" Type="\(relationshipBase)/theme" Target="../theme/theme1.xml"/>\
            </Relationships>
            """

    static let layoutRelationships =
        XML.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rMaster" Type="\(relationshipBase)/slideMaster" Target="../slideMasters/slideMaster1.xml"/>\
            </Relationships>
            """

    static let notesMasterRelationships =
        XML.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rTheme" Type="\(relationshipBase)/theme" Target="../theme/theme2.xml"/>\
            </Relationships>
            """

    static func slideRelationships(layout: Int, number: Int, image: String?) -> String {
        XML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rLayout\" Type=\"\(relationshipBase)/slideLayout\" Target=\"../slideLayouts/slideLayout\(layout).xml\"/>"
            + "<Relationship Id=\"rNotes\" Type=\"\(relationshipBase)/notesSlide\" Target=\"../notesSlides/notesSlide\(number).xml\"/>"
            + (image.map { "<Relationship Id=\"rImage\" Type=\"\(relationshipBase)/image\" Target=\"../media/\($0)\"/>" } ?? "")
            + "</Relationships>"
    }

    static func notesRelationships(slide: Int) -> String {
        XML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rNotesMaster\" Type=\"\(relationshipBase)/notesMaster\" Target=\"../notesMasters/notesMaster1.xml\"/>"
            + "<Relationship Id=\"rSlide\" Type=\"\(relationshipBase)/slide\" Target=\"../slides/slide\(slide).xml\"/>"
            + "</Relationships>"
    }

    static let groupStart =
        "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"

    static func slide(shapes: String) -> String {
        XML.declaration + "<p:sld \(namespaces)><p:cSld><p:spTree>\(groupStart)\(shapes)</p:spTree></p:cSld>"
            + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    /// Speaker notes: the slide image placeholder and the notes text, one paragraph per line.
    static func notes(_ text: String) -> String {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "<a:p>\(PptxWriter.run(String($0)))</a:p>" }.joined()
        return XML.declaration + "<p:notes \(namespaces)><p:cSld><p:spTree>\(groupStart)"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Lysbilde\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notater\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>\(paragraphs)</p:txBody></p:sp>"
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }

    static func shape(id: Int, name: String, type: String, index: Int? = nil, x: Int, y: Int, cx: Int, cy: Int) -> String {
        "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(name)\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"\(type)\"\(index.map { " idx=\"\($0)\"" } ?? "")/></p:nvPr></p:nvSpPr>"
            + "<p:spPr><a:xfrm><a:off x=\"\(x)\" y=\"\(y)\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm></p:spPr>"
            + "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"nb-NO\"/></a:p></p:txBody></p:sp>"
    }

    static let clrMap =
        "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" "
        + "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>"

    static let margin = PptxWriter.margin
    static let width = PptxWriter.width

    static let slideMaster =
        XML.declaration
        + "<p:sldMaster \(namespaces)><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>\(groupStart)"
        + shape(id: 2, name: "Tittel", type: "title", x: margin, y: 274_320, cx: width - 2 * margin, cy: 914_400)
        + shape(id: 3, name: "Tekst", type: "body", index: 1, x: margin, y: PptxWriter.bodyTop, cx: width - 2 * margin, cy: 4_800_600)
        + "</p:spTree></p:cSld>\(clrMap)<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rLayout1\"/>"
        + "<p:sldLayoutId id=\"2147483650\" r:id=\"rLayout2\"/></p:sldLayoutIdLst>"
        + "<p:txStyles><p:titleStyle><a:lvl1pPr algn=\"l\"><a:defRPr sz=\"3000\" b=\"1\"><a:solidFill><a:srgbClr val=\"0B3A6E\"/></a:solidFill>"
        + "<a:latin typeface=\"+mj-lt\"/></a:defRPr></a:lvl1pPr></p:titleStyle>"
        + "<p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"2000\"><a:solidFill><a:srgbClr val=\"1A1A1A\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:bodyStyle>"
        + "<p:otherStyle><a:lvl1pPr><a:defRPr sz=\"1400\"><a:solidFill><a:srgbClr val=\"1A1A1A\"/></a:solidFill></a:defRPr></a:lvl1pPr></p:otherStyle>"
        + "</p:txStyles></p:sldMaster>"

    static let titleLayout =
        XML.declaration + "<p:sldLayout \(namespaces) type=\"title\" preserve=\"1\"><p:cSld name=\"Tittellysbilde\"><p:spTree>\(groupStart)"
        + shape(id: 2, name: "Tittel", type: "ctrTitle", x: margin, y: 2_130_425, cx: width - 2 * margin, cy: 1_470_025)
        + shape(id: 3, name: "Undertittel", type: "subTitle", index: 1, x: margin, y: 3_886_200, cx: width - 2 * margin, cy: 1_752_600)
        + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"

    static let titleOnlyLayout =
        XML.declaration + "<p:sldLayout \(namespaces) type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Bare tittel\"><p:spTree>\(groupStart)"
        + shape(id: 2, name: "Tittel", type: "title", x: margin, y: 274_320, cx: width - 2 * margin, cy: 914_400)
        + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"

    static let notesMaster =
        XML.declaration + "<p:notesMaster \(namespaces)><p:cSld><p:spTree>\(groupStart)"
        + shape(id: 2, name: "Lysbilde", type: "sldImg", x: 1_143_000, y: 685_800, cx: 4_572_000, cy: 2_571_750)
        + shape(id: 3, name: "Notater", type: "body", index: 1, x: 685_800, y: 3_429_000, cx: 5_486_400, cy: 4_800_600)
        + "</p:spTree></p:cSld>\(clrMap)</p:notesMaster>"

    /// A plain Office theme: the colours, fonts and formatting styles PowerPoint requires.
    static let theme =
        XML.declaration + """
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="KostraKit"><a:themeElements>\
            <a:clrScheme name="KostraKit"><a:dk1><a:srgbClr val="1A1A1A"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>\
            <a:dk2><a:srgbClr val="0B3A6E"/></a:dk2><a:lt2><a:srgbClr val="F2F3F7"/></a:lt2><a:accent1><a:srgbClr val="0B3D75"/></a:accent1>\
            <a:accent2><a:srgbClr val="4D4D4D"/></a:accent2><a:accent3><a:srgbClr val="8C8C8C"/></a:accent3><a:accent4><a:srgbClr val="C8C8C8"/></a:accent4>\
            <a:accent5><a:srgbClr val="1A1A1A"/></a:accent5><a:accent6><a:srgbClr val="555555"/></a:accent6><a:hlink><a:srgbClr val="0B3A6E"/></a:hlink>\
            <a:folHlink><a:srgbClr val="555555"/></a:folHlink></a:clrScheme>\
            <a:fontScheme name="KostraKit"><a:majorFont><a:latin typeface="DejaVu Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
            <a:minorFont><a:latin typeface="DejaVu Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
            <a:fmtScheme name="KostraKit"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
            <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>\
            <a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
            <a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
            <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
            <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
            <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>
            """
}
