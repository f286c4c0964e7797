public import Foundation
import KostraModel

/// Writes a report's tables as an Excel workbook (.xlsx): one sheet per table with the
/// numbers stored as numbers under a Norwegian number format (`kr 70 784`, `2,6 %`), the
/// header row frozen, and a «Kilder» sheet naming each table, its source and notes.
public struct XlsxWriter: Sendable {
    public init() {}

    public func data(for document: ReportDocument) throws(RenderError) -> Data {
        let tables = document.tables
        let names = Self.sheetNames(tables.map(\.sheetName))
        var formats = NumberFormats()
        var package = OfficePackage()
        var sheets: [String] = []
        for table in tables { sheets.append(sheet(table, formats: &formats)) }
        sheets.append(sourcesSheet(document, tables: tables, names: names))
        sheets.append(methodSheet(document))
        let allNames = names + ["Kilder", "Metode"]
        package.add("[Content_Types].xml", xml: contentTypes(sheetCount: sheets.count))
        package.add(
            "_rels/.rels",
            xml: XML.declaration + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                </Relationships>
                """)
        package.add("docProps/core.xml", xml: OfficeMetadata.core(title: document.titlePage.title, subject: document.titlePage.kicker))
        package.add("xl/workbook.xml", xml: workbook(allNames, dataSheets: tables.count))
        package.add("xl/_rels/workbook.xml.rels", xml: workbookRelationships(sheetCount: sheets.count))
        package.add("xl/styles.xml", xml: formats.stylesXML)
        for (index, sheet) in sheets.enumerated() { package.add("xl/worksheets/sheet\(index + 1).xml", xml: sheet) }
        return try package.data(format: "Excel")
    }

    /// Names Excel accepts: at most 31 characters, none of `[]:*?/\\`, unique. Each starts with
    /// the table's number (its «Tabell N»), so names stay distinct and match the «Kilder» sheet.
    /// A name too long keeps all its words and shortens the longest ones with a full stop
    /// («Andel sosialhjel. 18–24»), so the words that tell two tables apart (age bands, «serie»)
    /// stay readable instead of being cut off at the end.
    static func sheetNames(_ wanted: [String]) -> [String] {
        wanted.enumerated().map { index, name in
            let prefix = "\(index + 1) "
            let cleaned = name.filter { !"[]:*?/\\'".contains($0) }.trimmingCharacters(in: .whitespaces)
            return prefix + fitting(cleaned.split(separator: " ").map(String.init), room: 31 - prefix.count)
        }
    }

    /// The words in at most `room` characters: the longest words are shortened first (to no
    /// fewer than five letters and a full stop), then words before the last are dropped.
    static func fitting(_ words: [String], room: Int) -> String {
        var words = words
        var length: Int { words.map(\.count).reduce(0, +) + max(0, words.count - 1) }
        while length > room {
            guard
                let longest = words.indices.filter({ words[$0].count > 6 && !words[$0].hasSuffix(".") }).max(by: { words[$0].count < words[$1].count }
                )
            else { break }
            let keep = max(5, words[longest].count - (length - room) - 1)
            words[longest] = String(words[longest].prefix(keep)) + "."
        }
        // Then words before the last go, so a closing «serie» still tells a series sheet apart.
        while length > room, words.count > 2 { words.remove(at: words.count - 2) }
        while length > room, words.count > 1 { words.removeLast() }
        let name = words.joined(separator: " ")
        return String(name.prefix(room)).trimmingCharacters(in: CharacterSet(charactersIn: " ,;–-"))
    }

    /// The header row of a data sheet: the title is on row 1, the unit and source on row 2.
    static let headerRow = 3

    func sheet(_ table: ReportTable, formats: inout NumberFormats) -> String {
        let last = Self.reference(column: max(0, table.columns.count - 1), row: Self.headerRow + table.rows.count)
        var rows = "<row r=\"1\">" + cell(column: 0, row: 1, text: table.caption, style: NumberFormats.titleStyle) + "</row>"
        let about = [Self.unitLine(table), table.sourceNote].compactMap { $0 }.joined(separator: ". ")
        if !about.isEmpty { rows += "<row r=\"2\">" + cell(column: 0, row: 2, text: about, style: 0) + "</row>" }
        var header = ""
        for (column, title) in table.columns.map(\.title).enumerated() {
            header += cell(column: column, row: Self.headerRow, text: title, style: NumberFormats.headerStyle)
        }
        rows += "<row r=\"\(Self.headerRow)\">\(header)</row>"
        for (index, row) in table.rows.enumerated() {
            let number = Self.headerRow + 1 + index
            var cells = cell(column: 0, row: number, text: row.header, style: row.isGroupHeading ? NumberFormats.headerStyle : 0)
            for (column, value) in row.cells.enumerated() {
                let reference = Self.reference(column: column + 1, row: number)
                if let number = value.value, number.isFinite {
                    let style = formats.style(unit: value.unit, decimals: value.decimals, signed: value.signed)
                    cells += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(Self.plain(number))</v></c>"
                } else if !value.text.isEmpty {
                    cells += cell(column: column + 1, row: number, text: value.text, style: NumberFormats.rightStyle)
                }
            }
            rows += "<row r=\"\(number)\">\(cells)</row>"
        }
        var columns = "<col min=\"1\" max=\"1\" width=\"75\" customWidth=\"1\"/>"
        if table.columns.count > 1 { columns += "<col min=\"2\" max=\"\(table.columns.count)\" width=\"16\" customWidth=\"1\"/>" }
        return worksheet(rows: rows, columns: columns, frozenRows: Self.headerRow, autoFilter: "A\(Self.headerRow):\(last)")
    }

    /// `Enhet: kroner`, or the units of a table that mixes them; `nil` for a table without units.
    static func unitLine(_ table: ReportTable) -> String? {
        var units: [String] = []
        for row in table.rows {
            for cell in row.cells where cell.value != nil {
                let label = cell.unit?.norwegianLabel ?? (cell.decimals > 0 ? "forholdstall" : "tall")
                if !units.contains(label) { units.append(label) }
            }
        }
        guard !units.isEmpty else { return nil }
        return units.count == 1 ? "Enhet: \(units[0])" : "Enheter: \(units.joined(separator: ", ")) (se tallformatet i hver celle)"
    }

    func sourcesSheet(_ document: ReportDocument, tables: [ReportTable], names: [String]) -> String {
        var rows =
            "<row r=\"1\">"
            + ["Ark", "Tabell", "Kilde", "Merknader"].enumerated().map {
                cell(column: $0.offset, row: 1, text: $0.element, style: NumberFormats.headerStyle)
            }.joined() + "</row>"
        for (index, table) in tables.enumerated() {
            let values = [names[index], table.caption, table.sourceNote ?? "", table.notes.joined(separator: " ")]
            rows +=
                "<row r=\"\(index + 2)\">" + values.enumerated().map { cell(column: $0.offset, row: index + 2, text: $0.element, style: 0) }.joined()
                + "</row>"
        }
        let last = tables.count + 3
        let facts = document.titlePage.facts.map { "\($0.label): \($0.value)" }.joined(separator: ". ")
        rows +=
            "<row r=\"\(last)\">" + cell(column: 0, row: last, text: document.titlePage.title, style: NumberFormats.headerStyle)
            + cell(column: 1, row: last, text: facts, style: 0) + "</row>"
        let columns = "<col min=\"1\" max=\"1\" width=\"32\" customWidth=\"1\"/><col min=\"2\" max=\"4\" width=\"60\" customWidth=\"1\"/>"
        return worksheet(rows: rows, columns: columns, frozenRows: 1, autoFilter: nil)
    }

    /// The report's appendix on sources and method, one paragraph or list item per row, so the
    /// workbook explains its figures without the report beside it.
    func methodSheet(_ document: ReportDocument) -> String {
        var lines: [(text: String, heading: Bool)] = []
        func add(_ section: ReportSection) {
            lines.append((section.title, true))
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): lines.append((paragraph.text, false))
                case .list(let items): lines += items.map { ("• " + $0.text, false) }
                case .table(let table): lines.append((table.caption, false))
                case .chart: break
                }
            }
            for subsection in section.subsections { add(subsection) }
        }
        for section in document.sections where section.id == "metode" { add(section) }
        if lines.isEmpty { lines.append(("Rapporten har ingen metodedel (tallene mangler).", false)) }
        let rows = lines.enumerated().map { index, line in
            "<row r=\"\(index + 1)\">"
                + cell(column: 0, row: index + 1, text: line.text, style: line.heading ? NumberFormats.titleStyle : NumberFormats.wrapStyle)
                + "</row>"
        }.joined()
        return worksheet(rows: rows, columns: "<col min=\"1\" max=\"1\" width=\"120\" customWidth=\"1\"/>", frozenRows: 0, autoFilter: nil)
    }

    func worksheet(rows: String, columns: String, frozenRows: Int, autoFilter: String?) -> String {
        let pane =
            frozenRows > 0
            ? "<pane ySplit=\"\(frozenRows)\" topLeftCell=\"A\(frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>" : ""
        return XML.declaration + """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>\
            <sheetViews><sheetView workbookViewId="0">\(pane)</sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/><cols>\(columns)</cols><sheetData>\(rows)</sheetData>\
            \(autoFilter.map { "<autoFilter ref=\"\($0)\"/>" } ?? "")\
            <pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>\
            <pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>
            """
    }

    func cell(column: Int, row: Int, text: String, style: Int) -> String {
        "<c r=\"\(Self.reference(column: column, row: row))\" t=\"inlineStr\"\(style == 0 ? "" : " s=\"\(style)\"")><is><t xml:space=\"preserve\">\(XML.escape(text))</t></is></c>"
    }

    /// `A1`-style references: column 0 is A, 26 is AA.
    static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters + String(row)
    }

    /// A number as XML wants it: a dot for the decimal point, no grouping, no exponent for usual sizes.
    ///
    /// Figures computed from rounded source figures carry binary noise (3,3 − 5,5 gives
    /// −2.2000000000000002); twelve significant digits drop the noise and nothing a source publishes.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let cleaned = Double(String(format: "%.12g", value)) ?? value
        if cleaned == cleaned.rounded(), abs(cleaned) < 1e15 { return String(Int64(cleaned)) }
        return String(cleaned)
    }

    func contentTypes(sheetCount: Int) -> String {
        var xml =
            XML.declaration + """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                """
        for index in 1...sheetCount {
            xml +=
                "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    /// The sheets, and for each data sheet its autofilter range and print titles (the header row
    /// repeated on every printed page), which Excel keeps as defined names.
    func workbook(_ names: [String], dataSheets: Int) -> String {
        var defined = ""
        for index in 0..<dataSheets {
            let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
            defined +=
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XML.escape(quoted))!$\(Self.headerRow):$\(Self.headerRow)</definedName>"
        }
        return XML.declaration + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """
            + names.enumerated().map { "<sheet name=\"\(XML.escape($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rSheet\($0.offset + 1)\"/>" }
            .joined()
            + "</sheets>" + (defined.isEmpty ? "" : "<definedNames>\(defined)</definedNames>") + "</workbook>"
    }

    func workbookRelationships(sheetCount: Int) -> String {
        XML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (1...sheetCount).map {
                "<Relationship Id=\"rSheet\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
            }.joined()
            + "<Relationship Id=\"rStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }
}

/// The workbook's cell styles: a bold header style, right-aligned text, and one style per number format.
struct NumberFormats {
    static let headerStyle = 1
    static let rightStyle = 2
    static let titleStyle = 3
    static let wrapStyle = 4
    /// The first style after the fixed ones: number formats follow.
    static let firstNumberStyle = 5
    private(set) var codes: [String] = []

    /// The cell style for a unit and decimals, e.g. `"kr "#,##0` or `0,0" %"` as Excel codes;
    /// `signed` for changes, which show `+` before a positive number as the report's text does.
    mutating func style(unit: IndicatorUnit?, decimals: Int, signed: Bool = false) -> Int {
        let code = signed ? Self.signedCode(unit: unit, decimals: decimals) : Self.code(unit: unit, decimals: decimals)
        if let index = codes.firstIndex(of: code) { return Self.firstNumberStyle + index }
        codes.append(code)
        return Self.firstNumberStyle + codes.count - 1
    }

    /// `[$-414]` marks the format as Norwegian bokmål, so programs that honour a format's locale
    /// (LibreOffice) show `kr 70 784` and `0,877` whatever the reader's own settings.
    static func code(unit: IndicatorUnit?, decimals: Int) -> String {
        let number = "#,##0" + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
        switch unit {
        case .kroner: return "[$-414]\"kr \"\(number)"
        case .thousandKroner: return "[$-414]\"kr \"\(number)\" 000\""
        case .percent: return "[$-414]\(number)\" %\""
        default: return "[$-414]" + number
        }
    }

    /// A format with three sections, positive;negative;zero (`+15,0 %`, `-2,2 %`, `0,0 %`): with a
    /// section for negatives Excel prints no minus of its own, so each section writes its sign.
    static func signedCode(unit: IndicatorUnit?, decimals: Int) -> String {
        let plain = code(unit: unit, decimals: decimals)
        let locale = "[$-414]"
        let body = plain.hasPrefix(locale) ? String(plain.dropFirst(locale.count)) : plain
        // The sign goes before the number, after a «kr » prefix: «kr +1 234».
        func section(_ sign: String) -> String {
            guard let number = body.firstIndex(where: { $0 == "#" || $0 == "0" }) else { return locale + sign + body }
            return locale + body[..<number] + sign + body[number...]
        }
        return [section("+"), section("-"), section("")].joined(separator: ";")
    }

    var stylesXML: String {
        let formats = codes.enumerated().map { "<numFmt numFmtId=\"\(164 + $0.offset)\" formatCode=\"\(XML.escape($0.element))\"/>" }.joined()
        let numberStyles = codes.indices.map {
            "<xf numFmtId=\"\(164 + $0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }.joined()
        return XML.declaration + """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            \(codes.isEmpty ? "" : "<numFmts count=\"\(codes.count)\">\(formats)</numFmts>")\
            <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="13"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="\(Self.firstNumberStyle + codes.count)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right"/></xf>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
            \(numberStyles)</cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """
    }
}
