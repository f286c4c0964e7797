public import Foundation
public import KostraAnalysis
import KostraModel

/// Prints an ``IndicatorComparisonTable``: in the terminal one line per indicator (its year in
/// the first column) and one column per region, since labels are long; CSV and JSON likewise.
public struct PeerTableRenderer: Sendable {
    public var table: IndicatorComparisonTable

    public init(_ table: IndicatorComparisonTable) {
        self.table = table
    }

    private func label(_ column: IndicatorComparisonTable.Column) -> String {
        "\(column.indicator.displayShortLabel) (\(column.year))"
    }

    /// The terminal table, the sources of every figure and the method.
    public func text() -> String {
        let format = NorwegianNumberFormat.standard
        var text = TextTable(
            header: ["Indikator (år)"] + table.rows.map(\.name),
            alignments: [.left] + table.rows.map { _ in .right })
        for (index, column) in table.columns.enumerated() {
            text.append(
                [label(column)]
                    + table.rows.map { row in
                        row.cells[index].value.map { format.value($0, unit: column.indicator.unit, decimals: column.indicator.decimals) } ?? ".."
                    })
        }
        var output = text.text + "\n"
        output += "Kilder og mangler:\n"
        for (index, column) in table.columns.enumerated() {
            let sources = table.rows.map { "\($0.name): \($0.cells[index].source)" }.joined(separator: "; ")
            output += "- \(label(column)): \(sources).\n"
        }
        output += "Metode: " + table.method + "\n"
        return output
    }

    /// One row per indicator, one column per region, plus year and unit.
    public func csv() -> String {
        let format = NorwegianNumberFormat.spreadsheet
        var writer = CSVWriter()
        writer.append(["indikator", "id", "år", "enhet"] + table.rows.map(\.name))
        for (index, column) in table.columns.enumerated() {
            writer.append(
                [column.indicator.label, column.indicator.id, String(column.year), column.indicator.unit.norwegianLabel]
                    + table.rows.map { $0.cells[index].value.map { format.number($0, decimals: column.indicator.decimals) } ?? "" })
        }
        return writer.text
    }

    struct JSONDocument: Encodable {
        struct Column: Encodable {
            var id: String
            var label: String
            var year: Int
            var unit: String
            var decimals: Int
        }
        struct Row: Encodable {
            var name: String
            var role: String
            var values: [Double?]
            var sources: [String]
        }
        var columns: [Column]
        var rows: [Row]
        var method: String
    }

    /// The JSON document: `columns` (each indicator with its year) and `rows` (one value per column, `null` when missing).
    public func json() throws -> Data {
        let document = JSONDocument(
            columns: table.columns.map {
                .init(
                    id: $0.indicator.id, label: $0.indicator.label, year: $0.year, unit: $0.indicator.unit.rawValue,
                    decimals: $0.indicator.decimals)
            },
            rows: table.rows.map { .init(name: $0.name, role: $0.role.rawValue, values: $0.cells.map(\.value), sources: $0.cells.map(\.source)) },
            method: table.method)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
