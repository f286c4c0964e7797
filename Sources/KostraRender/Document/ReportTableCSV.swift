import Foundation
import KostraModel

extension ReportTable {
    /// The table as CSV for Norwegian Excel: semicolons, decimal commas, UTF-8 with a BOM.
    /// Numbers carry no unit or thousands separator (the header names the table's unit), so a
    /// spreadsheet reads them as numbers; missing figures keep SSB's symbol.
    /// Labels get ordinary spaces and hyphens back: a CSV file is read by programs, which
    /// search for `18-24`, not the non-breaking forms the document prints (``FigureSpacing``).
    public var csv: String {
        let plain = { (text: String) in
            text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{2011}", with: "-")
        }
        var writer = CSVWriter()
        writer.append(columns.map { plain($0.title) })
        for row in rows {
            if row.isGroupHeading {
                writer.append([plain(row.header)] + Array(repeating: "", count: max(0, columns.count - 1)))
                continue
            }
            writer.append(
                [plain(row.header)]
                    + row.cells.map { cell in
                        cell.value.map { NorwegianNumberFormat.spreadsheet.number($0, decimals: cell.decimals) } ?? plain(cell.text)
                    })
        }
        return writer.text
    }
}
