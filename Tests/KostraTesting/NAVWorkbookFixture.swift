public import Foundation
import ZIPFoundation

/// Builds a small .xlsx workbook in the layout NAV publishes its monthly tables in (AAP155,
/// HL060), as documented by terchris/atlas (`atlas-data/ingest/src/sources/nav-aap/README.md`
/// @03af299a, `nav-helt-ledige/README.md` @490bfd81): labels in column B, a header row of
/// Norwegian month names from column C repeated per county block, the period cell above it,
/// `I alt …` county totals, `<kommunenummer> <name>` rows, and NAV's `Ukjent` row.
///
/// The layout is NAV's; the figures a test puts in are **test data**, invented, not NAV's.
public struct NAVWorkbookFixture: Sendable {
    /// One sheet: its name and its rows, each a list of cells from column B on
    /// (`nil` for an empty cell; a `Double` for a number; a `String` for text).
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[Cell?]]

        public init(name: String, rows: [[Cell?]]) {
            self.name = name
            self.rows = rows
        }
    }

    public enum Cell: Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Double)

        public init(stringLiteral value: String) { self = .text(value) }
        public init(floatLiteral value: Double) { self = .number(value) }
        public init(integerLiteral value: Int) { self = .number(Double(value)) }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// NAV's twelve month names as the header row writes them.
    public static let months: [Cell?] = [
        "Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Desember",
    ]

    /// The workbook's bytes: an .xlsx with shared strings, as Excel writes it.
    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, xml) in partList() {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The workbook's XML parts by their path in the archive, before zipping.
    public func parts() -> [String: String] {
        Dictionary(uniqueKeysWithValues: partList())
    }

    func partList() -> [(String, String)] {
        var strings: [String] = []
        var index: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let known = index[text] { return known }
            index[text] = strings.count
            strings.append(text)
            return strings.count - 1
        }
        var parts: [(String, String)] = []
        for (number, sheet) in sheets.enumerated() {
            var xml =
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            for (rowIndex, row) in sheet.rows.enumerated() {
                xml += #"<row r="\#(rowIndex + 1)">"#
                for (columnIndex, cell) in row.enumerated() {
                    let reference = Self.column(columnIndex + 2) + String(rowIndex + 1)
                    switch cell {
                    case .text(let text)?: xml += #"<c r="\#(reference)" t="s"><v>\#(shared(text))</v></c>"#
                    case .number(let value)?: xml += #"<c r="\#(reference)"><v>\#(value)</v></c>"#
                    case nil: break
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData></worksheet>"
            parts.append(("xl/worksheets/sheet\(number + 1).xml", xml))
        }
        let sheetList = sheets.enumerated().map {
            #"<sheet name="\#(Self.escape($0.element.name))" sheetId="\#($0.offset + 1)" r:id="rId\#($0.offset + 1)"/>"#
        }.joined()
        let relations = sheets.indices.map {
            #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        let sharedXML =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
            + strings.map { "<si><t>\(Self.escape($0))</t></si>" }.joined() + "</sst>"
        let overrides = sheets.indices.map {
            #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }.joined()
        let all: [(String, String)] =
            [
                (
                    "[Content_Types].xml",
                    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\#(overrides)</Types>"#
                ),
                (
                    "_rels/.rels",
                    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
                ),
                (
                    "xl/workbook.xml",
                    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheetList)</sheets></workbook>"#
                ),
                (
                    "xl/_rels/workbook.xml.rels",
                    #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relations)<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
                ),
                ("xl/sharedStrings.xml", sharedXML),
            ] + parts
        return all
    }

    static func column(_ number: Int) -> String {
        var letters = ""
        var rest = number
        while rest > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (rest - 1) % 26))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
