public import Foundation
import KostraImport
import KostraModel
import KostraRender

/// Shows a JSON-stat 2.0 file or a Statbank CSV export as a long table (one row per cell)
/// without storing anything, for `kostra inspect`.
public enum FileInspection {
    public enum Format: Sendable { case table, csv, json }

    public static func inspect(path: String, format: Format) throws -> String {
        let bytes = try ImportFormat.bytes(of: path)
        let dataset: JSONStatDataset
        var readAs = ""
        let detected = try ImportFormat.detect(bytes, origin: path)
        switch detected.format {
        case .jsonStat:
            dataset = try JSONStatDecoder.decode(bytes, origin: path)
        case .statbankCSV:
            let file = try StatbankCSVReader.read(bytes: bytes, origin: path)
            dataset = file.table
            readAs = "Statbank CSV, \(file.encoding.rawValue), \(file.separatorName)-separated\n"
        case .navWorkbook:
            throw KitError.notInspectable(path: path, format: .navWorkbook, identified: navWorkbook(bytes, origin: path))
        case .navCSV:
            throw KitError.notInspectable(path: path, format: .navCSV, identified: detected.navLayout?.title)
        case let other:
            throw KitError.notInspectable(path: path, format: other)
        }
        // A value such as 1e400 reads as infinity, which no format can show (JSON cannot hold it).
        for row in dataset.longRows() where row.value.map({ !$0.isFinite }) == true {
            let cell = zip(dataset.dimensions, row.codes).map { "\($0.0.id)=\($0.1)" }.joined(separator: ", ")
            throw ImportError.invalidFigure(file: path, place: "cell", problem: .notFinite(indicator: cell, part: "value"))
        }
        let header = dataset.dimensions.flatMap { [$0.id, ($0.label ?? $0.id) + " (tekst)"] } + ["verdi", "status"]
        let numbers = format == .table ? NorwegianNumberFormat.standard : .spreadsheet
        let rows = dataset.longRows().map { row -> [String] in
            let cells = zip(row.codes, row.labels).flatMap { [$0.0, $0.1] }
            return cells + [row.value.map { numbers.number($0, decimals: decimals(of: $0)) } ?? "", status(row.status)]
        }
        switch format {
        case .csv:
            var csv = CSVWriter()
            csv.append(header)
            rows.forEach { csv.append($0) }
            return csv.text
        case .table:
            var table = TextTable(
                header: header, alignments: header.indices.map { $0 == header.count - 2 ? .right : .left })
            rows.forEach { table.append($0) }
            return "\(dataset.label ?? path)\(dataset.tableID.map { " (tabell \($0))" } ?? "")\n\(readAs)\n" + table.text
        case .json:
            let objects = dataset.longRows().map { row -> [String: JSONValue] in
                var object: [String: JSONValue] = [:]
                for (dimension, (code, label)) in zip(dataset.dimensions, zip(row.codes, row.labels)) {
                    object[dimension.id] = .object(["code": .string(code), "label": .string(label)])
                }
                object["value"] = row.value.map(JSONValue.number) ?? .null
                object["status"] = row.status.map { .string(status($0)) } ?? .null
                return object
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(objects), as: UTF8.self) + "\n"
        }
    }

    /// Shows a value with the decimals it was written with (up to six), not rounded away.
    private static func decimals(of value: Double) -> Int {
        var decimals = 0
        while decimals < 6, (value * pow(10, Double(decimals))).rounded() != value * pow(10, Double(decimals)) { decimals += 1 }
        return decimals
    }

    private static func status(_ status: JSONStatStatus?) -> String {
        switch status {
        case .symbol(let symbol): symbol.symbol
        case .other(let text): text
        case nil: ""
        }
    }

    /// Which NAV workbook this is (`AAP155 Mottakere av …`), by the count sheet it holds, as the import finds it.
    private static func navWorkbook(_ bytes: [UInt8], origin: String) -> String? {
        guard let catalog = try? NAVFileCatalog.bundled(), let workbook = try? XLSXArchive.workbook(bytes, origin: origin) else { return nil }
        let sheets = Set(workbook.sheets.map { $0.name.trimmingCharacters(in: .whitespaces).lowercased() })
        return catalog.workbooks.first { sheets.contains($0.countSheet.lowercased()) }.map { "\($0.table) \($0.title)" }
    }

    private enum JSONValue: Encodable {
        case string(String), number(Double), object([String: JSONValue]), null
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .object(let object): try container.encode(object)
            case .null: try container.encodeNil()
            }
        }
    }
}
