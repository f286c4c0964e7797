public import KostraModel

/// Reads NAV's monthly workbooks per municipality (AAP155, HL060) as NAV publishes them,
/// by the layouts in `nav-files.json`: the count sheet found by name, county blocks of rows
/// with the label in column B, a header row of Norwegian month names from column C, and
/// the year in the period cell above it. Anything else is refused with the sheet and cell.
public enum NAVWorkbookReader {
    /// Reads `workbook` (already unpacked); `origin` names the file in errors.
    public static func read(_ workbook: XLSXWorkbook, origin: String, catalog: NAVFileCatalog) throws(ImportError) -> NAVMonthlyTable {
        let known = catalog.workbooks
        let match = known.lazy.compactMap { layout in
            workbook.sheets.first { $0.name.trimmed.lowercased() == layout.countSheet.lowercased() }.map { (layout, $0) }
        }.first
        guard let match else {
            let expected = "a sheet named " + known.map { "'\($0.countSheet)' (NAV \($0.table))" }.joined(separator: " or ")
            throw .unknownLayout(
                file: origin, sheet: workbook.sheets.first?.name ?? "(no sheets)", cell: "A1",
                found: "sheets " + workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", "), expected: expected)
        }
        let (layout, sheet) = match
        let labelColumn = 2
        var year: Int?
        var monthColumns: [Int: Int]?
        var rows: [NAVMonthlyTable.Row] = []
        var skipped: [SkippedCell] = []
        let placeOf = { (row: Int) in "sheet '\(sheet.name)', row \(row)" }
        for rowNumber in sheet.rows.keys.sorted() {
            let cells = sheet.rows[rowNumber] ?? [:]
            let label: String? = if case .text(let text) = cells[labelColumn] { text.trimmed } else { nil }
            let figures = cells.filter { $0.key > labelColumn }
            // The header of month names: every cell right of the label is a month.
            let months = figures.compactMapValues { cell -> Int? in
                if case .text(let text) = cell { return NAVMonthNames.month(text) }
                return nil
            }
            if !figures.isEmpty, months.count == figures.count {
                if let known = monthColumns, known != months {
                    let column = figures.keys.min() ?? labelColumn + 1
                    throw .unknownLayout(
                        file: origin, sheet: sheet.name, cell: XLSXCell.reference(row: rowNumber, column: column),
                        found: figures.sorted { $0.key < $1.key }.map(\.value.display).joined(separator: ", "),
                        expected: "the same month names as the first header row")
                }
                monthColumns = months
                continue
            }
            guard let monthColumns else {
                // Above the first header: the title, the source and the period cell with the year.
                if let label, year == nil { year = try periodYear(label, sheet: sheet.name, row: rowNumber, origin: origin) }
                continue
            }
            guard let label, !figures.isEmpty else { continue }
            guard let year else {
                throw .unknownLayout(
                    file: origin, sheet: sheet.name, cell: "B1", found: sheet.cell(row: 1, column: labelColumn)?.display ?? "",
                    expected: "a period cell with the year (e.g. 'Periode: 2026 01 - 2026 08' or 'Januar - august 2026') above the month names")
            }
            let words = label.split(separator: " ", maxSplits: 1)
            if let first = words.first, first.count == 4, first.allSatisfy(\.isASCIINumber), words.count == 2 {
                var values: [Int: NAVMonthCell] = [:]
                for (column, month) in monthColumns {
                    values[month] = try monthCell(cells[column], sheet: sheet.name, row: rowNumber, column: column, origin: origin)
                }
                rows.append(
                    NAVMonthlyTable.Row(
                        code: String(first), name: String(words[1]).trimmed, year: year, months: values, place: placeOf(rowNumber)))
            } else if label.lowercased() == "ukjent" {
                skipped.append(
                    SkippedCell(place: placeOf(rowNumber) + " (Ukjent)", reason: "NAV's 'Ukjent' row: people whose municipality NAV does not know"))
            } else if ["i alt", "hele landet", "totalt", "sum"].contains(where: { label.lowercased().hasPrefix($0) }) {
                skipped.append(
                    SkippedCell(
                        place: placeOf(rowNumber) + " (\(ImportError.excerpt(label, limit: 40)))",
                        reason: "county or national total (KostraKit keeps municipalities)"))
            } else {
                throw .unknownLayout(
                    file: origin, sheet: sheet.name, cell: XLSXCell.reference(row: rowNumber, column: labelColumn), found: label,
                    expected: "a municipality ('4601 Bergen'), a total ('I alt …') or 'Ukjent' in a row with figures")
            }
        }
        guard monthColumns != nil else {
            throw .unknownLayout(
                file: origin, sheet: sheet.name, cell: "C1", found: sheet.cell(row: 1, column: 3)?.display ?? "",
                expected: "a header row of Norwegian month names (Januar, Februar, …) from column C")
        }
        guard !rows.isEmpty else { throw .empty(file: origin) }
        return NAVMonthlyTable(
            title: layout.title, indicator: layout.indicator, ageBand: layout.ageBand, share: layout.share, rows: rows,
            skipped: skipped)
    }

    /// The year of a period cell (`Periode: 2026 01 - 2026 08`, `Januar - august 2026`), `nil` for
    /// a cell without a year (a title); a period over two years is refused, as NAV's files hold one.
    static func periodYear(_ label: String, sheet: String, row: Int, origin: String) throws(ImportError) -> Int? {
        let numbers = label.split { !$0.isASCIINumber }.filter { $0.count == 4 }.compactMap { Int($0) }
            .filter { (1900...2100).contains($0) }
        guard let first = numbers.first else { return nil }
        guard numbers.allSatisfy({ $0 == first }) else {
            throw .unknownLayout(
                file: origin, sheet: sheet, cell: XLSXCell.reference(row: row, column: 2), found: label,
                expected: "a period within one year, as NAV's files hold one year each")
        }
        return first
    }

    static func monthCell(_ cell: XLSXCell?, sheet: String, row: Int, column: Int, origin: String) throws(ImportError) -> NAVMonthCell {
        switch cell {
        case nil: return .missing
        case .number(let value)?: return .value(value)
        case .text(let text)?:
            let trimmed = text.trimmed
            if trimmed.isEmpty { return .missing }
            if trimmed == "*" { return .suppressed }
            if case .value(let value)? = NumberCell.parse(trimmed) { return .value(value) }
            throw .unknownLayout(
                file: origin, sheet: sheet, cell: XLSXCell.reference(row: row, column: column), found: text,
                expected: "a number or NAV's '*' (fewer than 4 people)")
        }
    }
}
