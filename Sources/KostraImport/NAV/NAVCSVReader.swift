public import KostraModel

/// Reads a CSV with one row per municipality and month of NAV's figures, in a column layout
/// `nav-files.json` names (the columns are found by their headers, in any order).
public enum NAVCSVReader {
    /// The layout whose year, month, code and count columns the file's header has, if any.
    public static func layout(of text: String, catalog: NAVFileCatalog) -> NAVFileCatalog.CSVLayout? {
        guard let header = header(of: String(DelimitedText.head(text, lines: 5))) else { return nil }
        let names = Set(header.fields.map { $0.lowercased() })
        return catalog.csv.first { layout in
            [layout.columns.year, layout.columns.month, layout.columns.code, layout.columns.count].allSatisfy { names.contains($0.lowercased()) }
        }
    }

    /// Reads `text` in `layout`; `origin` names the file in errors.
    public static func read(_ text: String, origin: String, layout: NAVFileCatalog.CSVLayout) throws(ImportError) -> NAVMonthlyTable {
        let separator = separator(of: text)
        let lines = DelimitedText.lines(text, separator: separator)
        try DelimitedText.check(lines, origin: origin)
        guard let header = lines.first else { throw .empty(file: origin) }
        let names = header.fields.map { $0.lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name.lowercased()) }
        guard let yearColumn = column(layout.columns.year), let monthColumn = column(layout.columns.month),
            let codeColumn = column(layout.columns.code), let countColumn = column(layout.columns.count)
        else {
            throw .missingHeader(
                file: origin,
                expected: "the columns \(layout.columns.year), \(layout.columns.month), \(layout.columns.code) and \(layout.columns.count)")
        }
        let nameColumn = layout.columns.name.flatMap(column)
        var rows: [String: NAVMonthlyTable.Row] = [:]
        var order: [String] = []
        var firstLine: [String: Int] = [:]
        for line in lines.dropFirst() {
            guard line.fields.count == header.fields.count else {
                throw .fieldCount(file: origin, line: line.number, found: line.fields.count, expected: header.fields.count)
            }
            let fields = line.fields
            guard let year = Int(fields[yearColumn]), (1900...2100).contains(year) else {
                throw .badCell(
                    file: origin, line: line.number, column: "\(yearColumn + 1) (\(header.fields[yearColumn]))", text: fields[yearColumn],
                    expected: "a year such as 2026")
            }
            guard let month = NAVMonthNames.month(fields[monthColumn]) else {
                throw .badCell(
                    file: origin, line: line.number, column: "\(monthColumn + 1) (\(header.fields[monthColumn]))", text: fields[monthColumn],
                    expected: "a month (Januar … Desember, January … December, or 1–12)")
            }
            let code = fields[codeColumn]
            guard code.count == 4, code.allSatisfy(\.isASCIINumber) else {
                throw .badCell(
                    file: origin, line: line.number, column: "\(codeColumn + 1) (\(header.fields[codeColumn]))", text: code,
                    expected: "a 4-digit municipality number")
            }
            let countText = fields[countColumn]
            let cell: NAVMonthCell
            switch countText.trimmed == "*" ? .status(.confidential) : NumberCell.parse(countText) {
            case .empty?: cell = .missing
            case .value(let value)?: cell = .value(value)
            case .status(.confidential)?: cell = .suppressed
            default: throw .badNumber(file: origin, line: line.number, column: "\(countColumn + 1) (\(header.fields[countColumn]))", text: countText)
            }
            let key = "\(code)/\(year)"
            let what = "the figure for \(code) in month \(month) of \(year)"
            if let first = firstLine["\(key)/\(month)"] {
                throw .duplicateFigure(file: origin, line: line.number, firstLine: first, what: what)
            }
            firstLine["\(key)/\(month)"] = line.number
            if rows[key] == nil {
                order.append(key)
                rows[key] = NAVMonthlyTable.Row(
                    code: code, name: nameColumn.map { fields[$0] } ?? code, year: year, months: [:], place: "line \(line.number)")
            }
            rows[key]?.months[month] = cell
        }
        guard !order.isEmpty else { throw .empty(file: origin) }
        return NAVMonthlyTable(
            title: layout.title, indicator: layout.indicator, ageBand: layout.ageBand, share: layout.share,
            rows: order.compactMap { rows[$0] }, skipped: [])
    }

    private static func header(of text: String) -> DelimitedText.Line? {
        DelimitedText.lines(text, separator: separator(of: text)).first
    }

    /// Commas unless the first line has more semicolons (a Norwegian Excel save).
    private static func separator(of text: String) -> Character {
        if let hint = DelimitedText.separatorHint(text) { return hint }
        let first = DelimitedText.head(text, lines: 1)
        return first.filter { $0 == ";" }.count > first.filter { $0 == "," }.count ? ";" : ","
    }
}
