public import KostraModel

/// Reads the long CSV, KostraKit's own exchange format (what `kostra export` writes).
///
/// One figure a row under the header `region;indicator;year;value;numerator;denominator;status`
/// (plus an optional `basis`), separated by semicolons (or commas, when the header is),
/// decimal comma or point, `#` comment lines allowed. The whole file is checked before
/// anything is returned, so one bad row stores nothing.
public struct LongCSVReader: Sendable {
    public let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// Reads `text`; `origin` names the file in error messages.
    public func read(_ text: String, origin: String) throws(ImportError) -> PublishedFigures {
        let separator: Character =
            DelimitedText.separatorHint(text)
            ?? (Self.headerLine(of: text).map { $0.contains(";") || !$0.contains(",") } ?? true ? ";" : ",")
        let lines = DelimitedText.lines(text, separator: separator)
        try DelimitedText.check(lines, origin: origin)
        let validator = FigureValidator(catalog: definitions.catalog)
        guard let header = lines.first, LongCSVColumn.isHeader(header.fields) else {
            throw .missingHeader(file: origin, expected: "'" + LongCSVColumn.standard.map(\.rawValue).joined(separator: ";") + "'")
        }
        var columns: [LongCSVColumn: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            guard let column = LongCSVColumn(rawValue: name.lowercased()), columns[column] == nil else {
                throw .badHeader(
                    file: origin, line: header.number, column: name,
                    expected: "each of " + LongCSVColumn.allCases.map(\.rawValue).joined(separator: ", ") + " at most once")
            }
            columns[column] = index
        }
        var figures = PublishedFigures()
        var firstLines: [String: Int] = [:]
        for row in lines.dropFirst() {
            guard row.fields.count == header.fields.count else {
                throw .fieldCount(file: origin, line: row.number, found: row.fields.count, expected: header.fields.count)
            }
            let cells = Cells(row: row, header: header, columns: columns, origin: origin)
            let indicator = try indicator(cells)
            let year = try cells.year()
            let basis = try cells.basis()
            let (value, status) = try cells.valueAndStatus(decimals: indicator.decimals)
            let numerator = try cells.number(.numerator)
            let denominator = try cells.number(.denominator)
            let regionText = cells.text(.region) ?? ""
            let key: String
            if let (network, statistic) = definitions.networkFigure(named: regionText) {
                if numerator != nil || denominator != nil {
                    throw .badCell(
                        file: origin, line: row.number, column: cells.name(numerator != nil ? .numerator : .denominator),
                        text: cells.text(numerator != nil ? .numerator : .denominator) ?? "",
                        expected: "empty: a network's published figure keeps no numerator or denominator")
                }
                key = "\(indicator.id) for \(network.figureName(statistic)) in \(year)"
                let aggregate = PublishedAggregate(
                    indicator: indicator.id, network: network.id, year: year, basis: basis, statistic: statistic,
                    value: value, status: status, label: statistic == .average ? regionText : network.name)
                if let problem = validator.problem(with: aggregate) {
                    throw .invalidFigure(file: origin, place: "line \(row.number)", problem: problem)
                }
                figures.aggregates.append(aggregate)
            } else {
                let region = try region(regionText, line: row.number, origin: origin)
                key = "\(indicator.id) for \(region.name) in \(year)"
                let observation = Observation(
                    indicator: indicator.id, region: region.id, year: year, basis: basis, value: value,
                    numerator: numerator, denominator: denominator, status: status)
                if let problem = validator.problem(with: observation) {
                    throw .invalidFigure(file: origin, place: "line \(row.number)", problem: problem)
                }
                figures.observations.append(observation)
            }
            let fullKey = key + (basis == .nominal ? "" : " (\(basis.rawValue))")
            if let first = firstLines[fullKey] {
                throw .duplicateFigure(file: origin, line: row.number, firstLine: first, what: fullKey)
            }
            firstLines[fullKey] = row.number
        }
        guard !figures.observations.isEmpty || !figures.aggregates.isEmpty else { throw .empty(file: origin) }
        return figures
    }

    /// Whether `text` starts (after comments) with the long CSV's header.
    public static func recognizes(_ text: String) -> Bool {
        guard let line = headerLine(of: text) else { return false }
        let separator: Character = line.contains(";") ? ";" : ","
        return LongCSVColumn.isHeader(DelimitedText.fields(of: Substring(line), separator: separator))
    }

    private static func headerLine(of text: String) -> String? {
        DelimitedText.lines(String(DelimitedText.head(text)), separator: "\u{0}").first?.fields.first
    }

    private func indicator(_ cells: Cells) throws(ImportError) -> Indicator {
        let id = cells.text(.indicator) ?? ""
        do {
            return try definitions.catalog.require(id)
        } catch {
            var suggestions: [String] = []
            if case .unknownIndicator(_, let close) = error { suggestions = close }
            // A label instead of an id is a common slip; name the id it stands for.
            if let byLabel = definitions.catalog.indicator(matchingLabel: id) { suggestions = [byLabel.id] }
            throw .unknownIndicator(file: cells.origin, line: cells.row.number, id: id, suggestions: suggestions)
        }
    }

    private func region(_ text: String, line: Int, origin: String) throws(ImportError) -> Region {
        do {
            return try definitions.regions.find(text)
        } catch {
            throw .unknownRegion(file: origin, line: line, name: text, suggestions: definitions.regions.suggestions(for: text))
        }
    }

    /// One row's cells by column, with the checks every column needs.
    private struct Cells {
        let row: DelimitedText.Line
        let header: DelimitedText.Line
        let columns: [LongCSVColumn: Int]
        let origin: String

        func text(_ column: LongCSVColumn) -> String? {
            columns[column].map { row.fields[$0] }
        }

        /// `4 (value)`: the column's number and header, as error messages give it.
        func name(_ column: LongCSVColumn) -> String {
            guard let index = columns[column] else { return column.rawValue }
            return "\(index + 1) (\(header.fields[index]))"
        }

        func year() throws(ImportError) -> Int {
            let text = text(.year) ?? ""
            guard let year = Int(text), (1900...2100).contains(year) else {
                throw .badCell(file: origin, line: row.number, column: name(.year), text: text, expected: "a year such as 2024")
            }
            return year
        }

        func basis() throws(ImportError) -> PriceBasis {
            guard let text = text(.basis), !text.isEmpty else { return .nominal }
            guard let basis = PriceBasis(rawValue: text.lowercased()) else {
                throw .badCell(
                    file: origin, line: row.number, column: name(.basis), text: text,
                    expected: "a price basis (" + PriceBasis.allCases.map(\.rawValue).joined(separator: ", ") + ") or empty")
            }
            return basis
        }

        func number(_ column: LongCSVColumn) throws(ImportError) -> Double? {
            guard let text = text(column) else { return nil }
            // Numerators and denominators are counts and amounts, written without decimals.
            try unambiguous(text, column, decimals: 0)
            switch NumberCell.parse(text) {
            case .empty: return nil
            case .value(let value): return value
            default:
                throw .badCell(
                    file: origin, line: row.number, column: name(column), text: text,
                    expected: "a number (decimal comma or point) or empty")
            }
        }

        /// Refuses `1.234`, which could be 1,234 or 1234.
        func unambiguous(_ text: String, _ column: LongCSVColumn, decimals: Int) throws(ImportError) {
            if let readings = NumberCell.ambiguity(text, decimals: decimals) {
                throw .ambiguousNumber(
                    file: origin, line: row.number, column: name(column), text: text, asDecimal: readings.asDecimal,
                    asThousands: readings.asThousands)
            }
        }

        /// The value and status together, checked against each other: an empty value needs a
        /// status saying why, and a status saying there is no figure allows no value.
        func valueAndStatus(decimals: Int) throws(ImportError) -> (Double?, StatusSymbol?) {
            let valueText = text(.value) ?? ""
            try unambiguous(valueText, .value, decimals: decimals)
            guard let cell = NumberCell.parse(valueText) else {
                throw .badNumber(file: origin, line: row.number, column: name(.value), text: valueText)
            }
            var status: StatusSymbol?
            if let statusText = text(.status), !statusText.isEmpty {
                guard let symbol = StatusSymbol(cell: statusText) else {
                    throw .badCell(
                        file: origin, line: row.number, column: name(.status), text: statusText,
                        expected: "one of SSB's symbols (.. missing, . not applicable, : confidential, - nil) or empty")
                }
                status = symbol
            }
            switch (cell, status) {
            case (.empty, nil):
                throw .missingValue(file: origin, line: row.number)
            case (.empty, .nil_?):
                return (0, .nil_)
            case (.empty, let status?):
                return (nil, status)
            case (.status(let symbol), nil):
                return symbol == .nil_ ? (0, .nil_) : (nil, symbol)
            case (.status(let symbol), let status?):
                guard symbol == status else {
                    throw .contradictoryStatus(file: origin, line: row.number, status: status.rawValue, value: valueText)
                }
                return symbol == .nil_ ? (0, .nil_) : (nil, symbol)
            case (.value(let value), nil):
                return (value, nil)
            case (.value(let value), .nil_?):
                guard value == 0 else {
                    throw .contradictoryStatus(file: origin, line: row.number, status: "-", value: valueText)
                }
                return (0, .nil_)
            case (.value, let status?):
                throw .contradictoryStatus(file: origin, line: row.number, status: status.rawValue, value: valueText)
            }
        }
    }
}
