import KostraModel

extension ReportTable {
    /// The table as CSV for Norwegian Excel: semicolons, decimal commas, UTF-8 with a BOM.
    /// Numbers carry no unit or thousands separator (the header names the table's unit), so a
    /// spreadsheet reads them as numbers; missing figures keep SSB's symbol.
    public var csv: String {
        var writer = CSVWriter()
        writer.append(columns.map(\.title))
        for row in rows {
            if row.isGroupHeading {
                writer.append([row.header] + Array(repeating: "", count: max(0, columns.count - 1)))
                continue
            }
            writer.append([row.header] + row.cells.map { cell in
                cell.value.map { NorwegianNumberFormat.spreadsheet.number($0, decimals: cell.decimals) } ?? cell.text
            })
        }
        return writer.text
    }
}
