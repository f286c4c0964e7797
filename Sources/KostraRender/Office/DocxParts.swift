/// The fixed parts of a Word package: content types, relationships, styles, settings, footer.
enum DocxParts {
    static let mainNamespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
        """

    static let contentTypes =
        XML.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Default Extension="png" ContentType="image/png"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>
            """

    static let packageRelationships =
        XML.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            </Relationships>
            """

    static func documentRelationships(images: [String]) -> String {
        var xml =
            XML.declaration + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
                <Relationship Id="rFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
                """
        for (index, name) in images.enumerated() {
            xml +=
                "<Relationship Id=\"rImage\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/\(XML.escape(name))\"/>"
        }
        return xml + "</Relationships>"
    }

    static func document(body: String, footer: String) -> String {
        XML.declaration + """
            <w:document \(mainNamespaces)><w:body>\(body)\
            <w:sectPr><w:footerReference w:type="default" r:id="rFooter"/><w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>\
            <w:titlePg/></w:sectPr></w:body></w:document>
            """
    }

    /// The footer: the report's name on the left, «Side N av M» on the right (PAGE and NUMPAGES fields).
    static func footer(_ text: String) -> String {
        XML.declaration + """
            <w:ftr \(mainNamespaces)><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>\
            <w:r><w:t xml:space="preserve">\(XML.escape(text))</w:t></w:r><w:r><w:tab/></w:r>\
            <w:r><w:t xml:space="preserve">Side </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:t xml:space="preserve"> av </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            </w:p></w:ftr>
            """
    }

    static let settings =
        XML.declaration + """
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:defaultTabStop w:val="284"/><w:characterSpacingControl w:val="doNotCompress"/>\
            <w:themeFontLang w:val="nb-NO"/></w:settings>
            """

    static let styles =
        XML.declaration + """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="240" w:after="360"/></w:pPr><w:rPr><w:b/><w:color w:val="0B3A6E"/><w:sz w:val="48"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="2400"/></w:pPr><w:rPr><w:caps/><w:color w:val="555555"/><w:sz w:val="20"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Facts"><w:name w:val="Facts"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="0B3A6E"/></w:pBdr>\
            <w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="0B3A6E"/><w:sz w:val="32"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="1A1A1A"/><w:sz w:val="25"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:pPr><w:spacing w:before="480" w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9070"/></w:tabs><w:spacing w:after="60"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9070"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="220"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="60" w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="18"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="0"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="555555"/><w:sz w:val="17"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Generated"><w:name w:val="Generated"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="C8C8C8"/></w:pBdr><w:ind w:left="170"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="GeneratedBullet"><w:name w:val="Generated Bullet"/><w:basedOn w:val="ListBullet"/>\
            <w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="C8C8C8"/></w:pBdr></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="AnalystNote"><w:name w:val="Analyst Note"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="0B3A6E"/></w:pBdr><w:ind w:left="170"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="right" w:pos="9070"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="16"/></w:rPr></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>\
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="table" w:styleId="KostraTable"><w:name w:val="Kostra Table"/><w:basedOn w:val="TableNormal"/>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="1A1A1A"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="C8C8C8"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C8C8C8"/></w:tblBorders></w:tblPr>\
            <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="12" w:space="0" w:color="1A1A1A"/></w:tcBorders></w:tcPr></w:tblStylePr>\
            </w:style></w:styles>
            """
}
