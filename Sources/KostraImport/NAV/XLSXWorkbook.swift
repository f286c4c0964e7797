import Foundation

/// The sheets of an Excel workbook (.xlsx: a ZIP archive of XML parts), read as cells.
///
/// Only what a published statistics workbook holds is read: sheet names in order, numbers,
/// shared and inline strings. Styles, formulas' code and charts are ignored.
public struct XLSXWorkbook: Sendable {
    /// One worksheet: its name and its cells by 1-based row and column.
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [Int: [Int: XLSXCell]]

        /// The cell at a 1-based row and column, if it holds anything.
        public func cell(row: Int, column: Int) -> XLSXCell? { rows[row]?[column] }
    }

    public var sheets: [Sheet]

    /// Whether `bytes` start like a ZIP archive (every .xlsx, .docx and .zip does).
    public static func isZIP(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// Reads the workbook from its XML parts; `part` gives a part's text by its path in the
    /// archive (`xl/workbook.xml`), or `nil` when the archive has no such part. Unpacking the
    /// archive is left to the caller, so this module stays pure parsing (and fuzzable).
    public static func read(
        origin: String, part: (String) throws(ImportError) -> String?
    ) throws(ImportError) -> XLSXWorkbook {
        guard let workbook = try part("xl/workbook.xml") else {
            throw .unreadable(file: origin, reason: "it is a ZIP archive but not an Excel workbook (no xl/workbook.xml); save it as .xlsx")
        }
        var targets: [String: String] = [:]
        for relation in XMLText(Substring(try part("xl/_rels/workbook.xml.rels") ?? "")).elements("Relationship") {
            if let id = XMLText.attribute("Id", in: relation.attributes), let target = XMLText.attribute("Target", in: relation.attributes) {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        let shared = XMLText(Substring(try part("xl/sharedStrings.xml") ?? "")).elements("si").map { XMLText.texts(in: $0.content) }
        var sheets: [Sheet] = []
        for element in XMLText(Substring(workbook)).elements("sheet") {
            guard let name = XMLText.attribute("name", in: element.attributes),
                let id = XMLText.attribute("r:id", in: element.attributes), let path = targets[id],
                let xml = try part(path)
            else { continue }
            sheets.append(Sheet(name: name, rows: cells(of: xml, shared: shared)))
        }
        return XLSXWorkbook(sheets: sheets)
    }

    /// The cells of a worksheet part, by row and column.
    static func cells(of xml: String, shared: [String]) -> [Int: [Int: XLSXCell]] {
        var rows: [Int: [Int: XLSXCell]] = [:]
        for cell in XMLText(Substring(xml)).elements("c") {
            guard let reference = XMLText.attribute("r", in: cell.attributes),
                let (row, column) = XLSXCell.position(of: Substring(reference))
            else { continue }
            let type = XMLText.attribute("t", in: cell.attributes) ?? "n"
            let value = XMLText(cell.content).elements("v").first.map { XMLText.decode($0.content) }
            let content: XLSXCell?
            switch type {
            case "s": content = value.flatMap(Int.init).flatMap { shared.indices.contains($0) ? .text(shared[$0]) : nil }
            case "inlineStr": content = .text(XMLText.texts(in: cell.content))
            case "str", "e": content = value.map(XLSXCell.text)
            case "b": content = value.map { .number($0 == "1" ? 1 : 0) }
            default: content = value.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map(XLSXCell.number)
            }
            if let content { rows[row, default: [:]][column] = content }
        }
        return rows
    }
}
