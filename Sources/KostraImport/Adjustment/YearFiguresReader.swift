/// Reads the small files an analyst supplies where no public figure is bundled:
///
/// - a price index as yearly change in percent, `år;deflator` (`2023;5,5`);
/// - cost indices per municipality and year, `kommune;år;kostnadsindeks` (`Bærum;2024;0,9985`).
///
/// Semicolon- or comma-separated lines, a header line, `#` comment lines, decimal comma or point.
/// Every line must be complete: a missing or unreadable figure is an error naming the line,
/// never a zero, and nothing is used from a file that has one.
public struct YearFiguresReader: Sendable {
    /// One figure for one year, and for cost indices the municipality as written.
    public struct Row: Sendable, Hashable {
        public var region: String?
        public var year: Int
        public var value: Double
        public var line: Int

        public init(region: String?, year: Int, value: Double, line: Int) {
            self.region = region
            self.year = year
            self.value = value
            self.line = line
        }
    }

    public init() {}

    /// Yearly figures from `år;deflator`; a year given twice is an error.
    public func yearly(_ text: String, file: String) throws(ImportError) -> [Int: Double] {
        var result: [Int: Double] = [:]
        for row in try rows(text, file: file, columns: 2, expected: "'år;deflator' (yearly change in percent)") {
            guard result[row.year] == nil else {
                throw .badNumber(file: file, line: row.line, column: "år", text: "\(row.year) (given twice)")
            }
            result[row.year] = row.value
        }
        return result
    }

    /// Figures per municipality and year from `kommune;år;kostnadsindeks`.
    public func perRegion(_ text: String, file: String) throws(ImportError) -> [Row] {
        try rows(text, file: file, columns: 3, expected: "'kommune;år;kostnadsindeks'")
    }

    private func rows(_ text: String, file: String, columns: Int, expected: String) throws(ImportError) -> [Row] {
        var header: [String]?
        var rows: [Row] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = index + 1
            var content = String(raw)
            if content.hasPrefix("\u{FEFF}") { content.removeFirst() }
            if content.trimmed.isEmpty || content.trimmed.hasPrefix("#") { continue }
            let separator: Character = content.contains(";") ? ";" : ","
            let cells = content.split(separator: separator, omittingEmptySubsequences: false).map { String($0).trimmed }
            guard let names = header else {
                guard cells.count == columns else {
                    throw .badHeader(file: file, line: line, column: cells.joined(separator: ";"), expected: expected)
                }
                header = cells
                continue
            }
            guard cells.count == names.count else {
                throw .fieldCount(file: file, line: line, found: cells.count, expected: names.count)
            }
            let yearText = cells[columns - 2]
            guard let year = Int(yearText), (1900...2200).contains(year) else {
                throw .badNumber(file: file, line: line, column: names[columns - 2], text: yearText)
            }
            guard case .value(let value)? = NumberCell.parse(cells[columns - 1]) else {
                throw .badNumber(file: file, line: line, column: names[columns - 1], text: cells[columns - 1])
            }
            rows.append(Row(region: columns == 3 ? cells[0] : nil, year: year, value: value, line: line))
        }
        guard header != nil else { throw .missingHeader(file: file, expected: expected) }
        guard !rows.isEmpty else { throw .empty(file: file) }
        return rows
    }
}
