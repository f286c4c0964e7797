import Foundation
import KostraModel

/// The file split into title, header and rows, with the columns classified.
struct StatbankLayout {
    var separator: Character
    var title: String?
    var tableID: String?
    var header: DelimitedText.Line
    var rows: [DelimitedText.Line]
    /// The index of the first figures column; the columns before it are stub variables.
    var firstDataColumn: Int
    /// Whether the figures columns carry the period in their headings (`Personer 2024`).
    var periodsInHeading: Bool
    /// Every line, kept to be checked (quotes, cell lengths) when the table is read.
    var allLines: [DelimitedText.Line]

    init(text: String, origin: String) throws(ImportError) {
        separator = DelimitedText.separatorHint(text) ?? Self.separator(of: text)
        allLines = DelimitedText.lines(text, separator: separator)
        var lines = allLines[...]
        var titles: [String] = []
        while let line = lines.first, line.fields.filter({ !$0.isEmpty }).count <= 1 {
            if let field = line.fields.first(where: { !$0.isEmpty }) { titles.append(field) }
            lines = lines.dropFirst()
        }
        // An unquoted title in a comma-separated export ('07459: Befolkning, etter region, …')
        // splits at its commas; it is still the title when the next line is shaped otherwise.
        if titles.isEmpty, let first = lines.first, let next = lines.dropFirst().first,
            StatbankLabel.tableNumber(in: first.fields[0]) != nil, first.fields.count != next.fields.count,
            StatbankLabel.splitPeriod(first.fields[first.fields.count - 1]) == nil
        {
            titles.append(first.fields.joined(separator: separator == "," ? ", " : String(separator)))
            lines = lines.dropFirst()
        }
        guard let header = lines.first, header.fields.count >= 2 else {
            throw .missingHeader(file: origin, expected: "a Statbank header such as '\"region\";\"Personer 2024\"'")
        }
        self.header = header
        rows = Array(lines.dropFirst())
        title = titles.first
        var tableID = titles.first.flatMap { StatbankLabel.tableNumber(in: $0)?.number }
        if tableID == nil {
            tableID = header.fields.lazy.compactMap { StatbankLabel.tableNumber(in: $0)?.number }.first
        }
        if tableID == nil {
            // Statbank names downloads after the table: 07459_20241122-101512.csv.
            let name = URL(fileURLWithPath: origin).lastPathComponent
            let digits = name.prefix { $0.isASCIINumber }
            if digits.count == 5 { tableID = String(digits) }
        }
        self.tableID = tableID
        var first = header.fields.count
        while first > 1, StatbankLabel.splitPeriod(header.fields[first - 1]) != nil { first -= 1 }
        periodsInHeading = first < header.fields.count
        firstDataColumn = periodsInHeading ? first : header.fields.count - 1
    }

    var isStatbank: Bool {
        if periodsInHeading || tableID != nil { return true }
        guard header.fields[..<firstDataColumn].contains(where: { StatbankLabel.timeHeaders.contains(NameFolding.key($0)) })
        else { return false }
        // A long layout has its figures last; a CSV that merely has a 'year' column and text
        // in its last one is some other table, better called unknown than 'a bad number'.
        return rows.prefix(20).contains { row in
            row.fields.count == header.fields.count && NumberCell.parse(row.fields[firstDataColumn]) != nil
        }
    }

    /// The separator outside quotes that splits the most lines into the same number of fields.
    static func separator(of text: String) -> Character {
        let sample = DelimitedText.head(text, lines: 30).split(whereSeparator: \.isNewline)
        var best: (Character, Int) = (";", -1)
        for candidate: Character in [";", ",", "\t"] {
            let counts = sample.map { line -> Int in
                var quoted = false
                var count = 0
                for character in line {
                    if character == "\"" { quoted.toggle() } else if character == candidate, !quoted { count += 1 }
                }
                return count
            }
            guard let last = counts.last, last > 0 else { continue }
            let score = counts.filter { $0 == last }.count * 1000 + last
            if score > best.1 { best = (candidate, score) }
        }
        return best.0
    }

    func table(origin: String) throws(ImportError) -> JSONStatDataset {
        try DelimitedText.check(allLines, origin: origin)
        let width = header.fields.count
        for row in rows where row.fields.count != width {
            throw .fieldCount(file: origin, line: row.number, found: row.fields.count, expected: width)
        }
        guard !rows.isEmpty else { throw .empty(file: origin) }
        var dimensions: [JSONStatDimension] = []
        var stubPositions: [[Int]] = Array(repeating: [], count: rows.count)
        for column in 0..<firstDataColumn {
            let (dimension, positions) = Self.stubDimension(header.fields[column], values: rows.map { $0.fields[column] })
            dimensions.append(dimension)
            for (index, position) in positions.enumerated() { stubPositions[index].append(position) }
        }
        // Each figures column gets its category in the heading dimensions (contents, period).
        var headingDimensions: [JSONStatDimension] = []
        var columnPositions: [[Int]] = []
        var titleFromHeading: String?
        if periodsInHeading {
            let parts = header.fields[firstDataColumn...].map { StatbankLabel.splitPeriod($0) ?? (period: $0, rest: "") }
            let contents = Self.categories(parts.map(\.rest))
            let periods = Self.categories(parts.map(\.period))
            let hasContents = parts.contains { !$0.rest.isEmpty }
            if hasContents {
                headingDimensions.append(
                    Self.dimension(
                        id: "ContentsCode", label: "statistikkvariabel", role: .metric, labels: contents.labels))
            }
            headingDimensions.append(
                JSONStatDimension(
                    id: "Tid", label: periods.labels.allSatisfy({ $0.count == 4 }) ? "år" : "tid", role: .time,
                    codes: periods.labels, labels: periods.labels))
            for index in parts.indices {
                columnPositions.append((hasContents ? [contents.positions[index]] : []) + [periods.positions[index]])
            }
        } else {
            var label = header.fields[firstDataColumn]
            if let numbered = StatbankLabel.tableNumber(in: label) { label = numbered.rest }
            let generic: Set<String> = ["value", "values", "verdi", "verdier", "figure"]
            if dimensions.contains(where: { $0.role == .metric }) || generic.contains(NameFolding.key(label)) {
                // Statbank's API writes '"region";"år";"statistikkvariabel";"06913: Befolkning og
                // endringer, …"': the contents are a column, and the last heading is the table's title.
                columnPositions.append([])
                if title == nil, !generic.contains(NameFolding.key(label)) { titleFromHeading = header.fields[firstDataColumn] }
            } else {
                headingDimensions.append(
                    JSONStatDimension(
                        id: "ContentsCode", label: "statistikkvariabel", role: .metric, codes: [label], labels: [label]))
                columnPositions.append([0])
            }
        }
        dimensions += headingDimensions
        let size = dimensions.map(\.count)
        var cellCount = 1
        for count in size {
            let (product, overflow) = cellCount.multipliedReportingOverflow(by: count)
            guard !overflow, product <= JSONStatDecoder.maximumCellCount else {
                throw .badHeader(
                    file: origin, line: header.number, column: header.fields.joined(separator: String(separator)),
                    expected: "at most \(JSONStatDecoder.maximumCellCount) cells; split the export into smaller files")
            }
            cellCount = product
        }
        var strides = [Int](repeating: 1, count: size.count)
        var stride = 1
        for index in size.indices.reversed() {
            strides[index] = stride
            stride *= max(size[index], 1)
        }
        var values = [Double](repeating: .nan, count: cellCount)
        var statusCodes: [UInt8] = []
        var statusTable = JSONStatStatusTable()
        var firstLineOfCell: [Int: Int] = [:]
        for (rowIndex, row) in rows.enumerated() {
            for (offset, headingPositions) in columnPositions.enumerated() {
                let column = firstDataColumn + offset
                let positions = stubPositions[rowIndex] + headingPositions
                var flat = 0
                for (position, stride) in zip(positions, strides) { flat += position * stride }
                if let first = firstLineOfCell[flat] {
                    let what =
                        "the figure for "
                        + positions.enumerated()
                        .map { dimensions[$0.offset].labels[$0.element] }.joined(separator: ", ")
                    throw .duplicateFigure(file: origin, line: row.number, firstLine: first, what: what)
                }
                firstLineOfCell[flat] = row.number
                let text = row.fields[column]
                guard let cell = NumberCell.parse(text) else {
                    throw .badNumber(file: origin, line: row.number, column: "\(column + 1) ('\(header.fields[column])')", text: text)
                }
                switch cell {
                case .empty: break
                case .value(let value): values[flat] = value
                case .status(let symbol):
                    if statusCodes.isEmpty { statusCodes = [UInt8](repeating: JSONStatStatusTable.none, count: cellCount) }
                    statusCodes[flat] = statusTable.code(text: symbol.rawValue)
                    // SSB's "-" is an exact nil: a real zero, kept with its symbol.
                    if symbol == .nil_ { values[flat] = 0 }
                }
            }
        }
        let label = (title ?? titleFromHeading).map { StatbankLabel.tableNumber(in: $0).map { "\($0.number): \($0.rest)" } ?? $0 }
        return JSONStatDataset(
            version: nil, label: label, source: nil, updated: nil, tableID: tableID, notes: [],
            dimensions: dimensions, values: values, statusCodes: statusCodes, statusTable: statusTable,
            statusOverflow: [:])
    }

    /// Distinct labels in order of first appearance, and each input's position among them.
    static func categories(_ labels: [String]) -> (labels: [String], positions: [Int]) {
        var order: [String] = []
        var index: [String: Int] = [:]
        var positions: [Int] = []
        positions.reserveCapacity(labels.count)
        for label in labels {
            if let known = index[label] {
                positions.append(known)
            } else {
                index[label] = order.count
                positions.append(order.count)
                order.append(label)
            }
        }
        return (order, positions)
    }

    static func stubDimension(_ header: String, values: [String]) -> (JSONStatDimension, [Int]) {
        let key = NameFolding.key(header)
        let role: JSONStatRole? =
            StatbankLabel.geoHeaders.contains(where: { key.hasPrefix($0) }) || key.contains("region")
            ? .geo
            : StatbankLabel.timeHeaders.contains(key)
                ? .time
                : StatbankLabel.metricHeaders.contains(key) ? .metric : nil
        let (labels, positions) = categories(values)
        return (dimension(id: ssbID(role) ?? header, label: header, role: role, labels: labels), positions)
    }

    /// The id SSB gives the period and contents variables in every table (`Tid`, `ContentsCode`),
    /// so that a Statbank export and a JSON-stat answer name them alike; other variables keep
    /// the header's text (`region`), as their ids differ from table to table.
    static func ssbID(_ role: JSONStatRole?) -> String? {
        switch role {
        case .time: "Tid"
        case .metric: "ContentsCode"
        default: nil
        }
    }

    static func dimension(id: String, label: String, role: JSONStatRole?, labels: [String]) -> JSONStatDimension {
        if role != .time, let split = StatbankLabel.codesAndTexts(labels, isGeo: role == .geo) {
            return JSONStatDimension(id: id, label: label, role: role, codes: split.map(\.code), labels: split.map(\.text))
        }
        return JSONStatDimension(id: id, label: label, role: role, codes: labels, labels: labels)
    }
}
