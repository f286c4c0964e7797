public import Foundation
public import KostraAnalysis
import KostraModel

/// Prints a ratio of two indicators per region as a terminal table, CSV or JSON.
public struct RatioRenderer: Sendable {
    public var comparison: IndicatorRatioComparison

    public init(_ comparison: IndicatorRatioComparison) {
        self.comparison = comparison
    }

    private var table: RatioTable { comparison.table }

    /// The terminal table: both figures as printed, the ratio as the reader sees it, and the sources.
    public func text() -> String {
        let format = NorwegianNumberFormat.standard
        var output = "Forholdstall: \(table.numeratorLabel) / \(table.denominatorLabel)\n\n"
        var text = TextTable(
            header: ["Region", table.numeratorLabel, table.denominatorLabel, "Forholdstall"],
            alignments: [.left, .right, .right, .right])
        for info in comparison.rows {
            if let row = table.row(for: info.region) {
                text.append([
                    info.region, format.value(row.numerator, unit: comparison.numerator.unit, decimals: comparison.numerator.decimals),
                    format.value(row.denominator, unit: comparison.denominator.unit, decimals: comparison.denominator.decimals),
                    row.formatted,
                ])
            } else {
                text.append([info.region, "–", "–", "–"])
            }
        }
        output += text.text + "\n"
        output += "Kilder: " + comparison.rows.map { "\($0.region): \($0.source)" }.joined(separator: "; ") + ".\n"
        for lacking in table.lacking { output += "\(lacking.region): \(lacking.reason).\n" }
        output += "Metode: " + comparison.method + "\n"
        return output
    }

    /// One row per region: both figures and the ratio with a decimal comma.
    public func csv() -> String {
        let format = NorwegianNumberFormat.spreadsheet
        var writer = CSVWriter()
        writer.append(["region", "rolle", table.numeratorLabel, table.denominatorLabel, "forholdstall", "kilde"])
        for info in comparison.rows {
            let row = table.row(for: info.region)
            writer.append([
                info.region, info.role.rawValue,
                row.map { format.number($0.numerator, decimals: comparison.numerator.decimals) } ?? "",
                row.map { format.number($0.denominator, decimals: comparison.denominator.decimals) } ?? "",
                row.map { format.number($0.ratio, decimals: table.decimals) } ?? "", info.source,
            ])
        }
        return writer.text
    }

    struct JSONDocument: Encodable {
        var numerator: Side
        var denominator: Side
        var decimals: Int
        var method: String
        var rows: [Row]
    }

    struct Side: Encodable {
        var id: String
        var label: String
        var year: Int
        var unit: String
    }

    struct Row: Encodable {
        var region: String
        var role: String
        var numerator: Double?
        var denominator: Double?
        var ratio: Double?
        var rounded: Double?
        var display: String?
        var source: String
        var lacking: String?
    }

    /// The JSON document (sorted keys, pretty-printed); `ratio` unrounded, `rounded` and `display` as shown.
    public func json() throws -> Data {
        let rows = comparison.rows.map { info -> Row in
            let row = table.row(for: info.region)
            return Row(
                region: info.region, role: info.role.rawValue, numerator: row?.numerator, denominator: row?.denominator,
                ratio: row?.ratio, rounded: row?.rounded, display: row?.formatted, source: info.source,
                lacking: table.lacking.first { $0.region == info.region }?.reason)
        }
        let document = JSONDocument(
            numerator: Side(
                id: comparison.numerator.id, label: comparison.numerator.label, year: comparison.numeratorYear,
                unit: comparison.numerator.unit.rawValue),
            denominator: Side(
                id: comparison.denominator.id, label: comparison.denominator.label, year: comparison.denominatorYear,
                unit: comparison.denominator.unit.rawValue),
            decimals: table.decimals, method: comparison.method, rows: rows)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
