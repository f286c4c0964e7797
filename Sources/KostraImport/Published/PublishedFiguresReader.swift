import Foundation
public import KostraModel

/// Reads the figures of a published KOSTRA analysis, in either of two layouts:
///
/// - the profile table: `category;indicator;unit;<municipality>_<year>…;<network>_avg|high|low_<year>…`
///   (one row per indicator, as in a service-profile table);
/// - time series: `series;region;<year>;<year>…` (one row per series and region, as in the
///   tables under a report's charts), where a region is a municipality, a KOSTRA group, the
///   country, or a network whose average is printed (`ASSS med Oslo`).
///
/// Labels are matched to the catalogue tolerantly (case, spacing, `pr`/`per`, units, `*`).
/// The whole file is read before anything is returned, so a fault anywhere stores nothing.
public struct PublishedFiguresReader: Sendable {
    public let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// Reads `text` (the file's contents); `origin` names the file in error messages.
    /// - Parameter municipality: the municipality the file is about, when the user gave one.
    public func read(_ text: String, origin: String, municipality: Region?) throws(ImportError) -> PublishedFigures {
        let lines = DelimitedText.lines(text)
        try DelimitedText.check(lines, origin: origin)
        guard let header = lines.first else {
            throw .missingHeader(file: origin, expected: Self.expectedHeaders)
        }
        let first = NameFolding.key(header.fields.first ?? "")
        var figures = PublishedFigures()
        var places = Places()
        switch first {
        case "category", "kategori":
            try readProfileTable(
                header: header, rows: lines.dropFirst(), origin: origin, municipality: municipality, into: &figures,
                places: &places)
        case "series", "serie":
            try readSeries(header: header, rows: lines.dropFirst(), origin: origin, into: &figures, places: &places)
        default:
            throw .missingHeader(file: origin, expected: Self.expectedHeaders)
        }
        guard !figures.observations.isEmpty || !figures.aggregates.isEmpty else { throw .empty(file: origin) }
        let validator = FigureValidator(catalog: definitions.catalog)
        for (observation, place) in zip(figures.observations, places.observations) {
            if let problem = validator.problem(with: observation) { throw .invalidFigure(file: origin, place: place, problem: problem) }
        }
        for (aggregate, place) in zip(figures.aggregates, places.aggregates) {
            if let problem = validator.problem(with: aggregate) { throw .invalidFigure(file: origin, place: place, problem: problem) }
        }
        return figures
    }

    /// Where each figure was read (`line 4, column baerum_2024`), in the order of the figures.
    private struct Places {
        var observations: [String] = []
        var aggregates: [String] = []
    }

    /// Reads a cell, refusing a number that could be read two ways (`1.234`).
    private func cell(
        _ text: String, of indicator: Indicator, line: Int, column: String, origin: String
    ) throws(ImportError) -> NumberCell {
        if let readings = NumberCell.ambiguity(text, decimals: indicator.decimals) {
            throw .ambiguousNumber(
                file: origin, line: line, column: column, text: text, asDecimal: readings.asDecimal,
                asThousands: readings.asThousands)
        }
        guard let cell = NumberCell.parse(text) else {
            throw .badNumber(file: origin, line: line, column: column, text: text)
        }
        return cell
    }

    /// Whether `text` starts (after comments) with a profile table's or a time series' header.
    public static func recognizes(_ text: String) -> Bool {
        guard let first = DelimitedText.lines(String(DelimitedText.head(text))).first?.fields.first else { return false }
        return ["category", "kategori", "series", "serie"].contains(NameFolding.key(first))
    }

    static let expectedHeaders =
        "'category;indicator;unit;<municipality>_<year>;…;<network>_avg_<year>;…' or 'series;region;<year>;…'"

    // MARK: - Profile table

    private enum Column {
        case region(Region, year: Int)
        case aggregate(Network, AggregateStatistic, year: Int)
    }

    private func readProfileTable(
        header: DelimitedText.Line, rows: ArraySlice<DelimitedText.Line>, origin: String, municipality: Region?,
        into figures: inout PublishedFigures, places: inout Places
    ) throws(ImportError) {
        let names = header.fields.map { NameFolding.key($0) }
        guard names.count >= 4, let labelIndex = names.firstIndex(where: { $0 == "indicator" || $0 == "indikator" })
        else {
            throw .missingHeader(file: origin, expected: Self.expectedHeaders)
        }
        let unitIndex = names.firstIndex { $0 == "unit" || $0 == "enhet" }
        var columns: [Int: Column] = [:]
        for (index, name) in header.fields.enumerated() where index > max(labelIndex, unitIndex ?? 0) {
            columns[index] = try column(name, line: header.number, origin: origin, municipality: municipality)
        }
        for row in rows {
            guard row.fields.count == header.fields.count else {
                throw .fieldCount(file: origin, line: row.number, found: row.fields.count, expected: header.fields.count)
            }
            let label = row.fields[labelIndex]
            let indicator = try indicator(for: label, line: row.number, origin: origin)
            if let unitIndex {
                try checkUnit(row.fields[unitIndex], of: indicator, line: row.number, origin: origin)
            }
            for (index, column) in columns.sorted(by: { $0.key < $1.key }) {
                let cell = try cell(row.fields[index], of: indicator, line: row.number, column: header.fields[index], origin: origin)
                let (value, status) = cell.parts
                let place = "line \(row.number), column \(header.fields[index])"
                if case .empty = cell {
                    figures.skipped.append(SkippedCell(place: place, reason: "empty cell (no figure and no SSB symbol)"))
                    continue
                }
                switch column {
                case .region(let region, let year):
                    places.observations.append(place)
                    figures.observations.append(
                        Observation(indicator: indicator.id, region: region.id, year: year, value: value, status: status))
                case .aggregate(let network, let statistic, let year):
                    places.aggregates.append(place)
                    figures.aggregates.append(
                        PublishedAggregate(
                            indicator: indicator.id, network: network.id, year: year, statistic: statistic, value: value,
                            status: status, label: network.name))
                }
            }
        }
    }

    private func column(_ name: String, line: Int, origin: String, municipality: Region?) throws(ImportError) -> Column {
        let parts = name.split(separator: "_").map(String.init)
        let expected = "'<municipality>_<year>' (e.g. baerum_2024) or '<network>_avg|high|low_<year>' (e.g. asss_avg_2024)"
        guard parts.count >= 2, let year = Int(parts[parts.count - 1]), (1990...2100).contains(year) else {
            throw .badHeader(file: origin, line: line, column: name, expected: expected)
        }
        let statistics: [String: AggregateStatistic] = [
            "avg": .average, "average": .average, "snitt": .average, "high": .highest, "highest": .highest,
            "hoyest": .highest, "low": .lowest, "lowest": .lowest, "lavest": .lowest,
        ]
        if parts.count >= 3, let statistic = statistics[NameFolding.key(parts[parts.count - 2])] {
            let networkName = parts[0..<(parts.count - 2)].joined(separator: " ")
            guard let network = try? definitions.network(named: networkName) else {
                throw .badHeader(
                    file: origin, line: line, column: name,
                    expected: "a known network before '_\(parts[parts.count - 2])' (\(definitions.networks.map(\.id).joined(separator: ", ")))")
            }
            return .aggregate(network, statistic, year: year)
        }
        let regionName = parts[0..<(parts.count - 1)].joined(separator: " ")
        guard let region = try? definitions.regions.find(regionName) else {
            throw .badHeader(file: origin, line: line, column: name, expected: expected + " with a known municipality")
        }
        if let municipality, municipality.id != region.id {
            throw .municipalityMismatch(file: origin, column: name, inFile: region.name, given: municipality.name)
        }
        return .region(region, year: year)
    }

    private func checkUnit(_ text: String, of indicator: Indicator, line: Int, origin: String) throws(ImportError) {
        let key = NameFolding.key(text)
        guard !key.isEmpty else { return }
        let accepted: [IndicatorUnit: Set<String>] = [
            .kroner: ["kroner", "kr"], .thousandKroner: ["1000kr", "1000kroner"], .percent: ["prosent", "percent", "%"],
            .count: ["antall", "count"], .perThousand: ["antall", "per1000", "per1000innbyggere"],
            .months: ["maneder", "mnd", "months"], .years: ["ar", "years"], .index: ["indeks", "index"],
            .fullTimeEquivalents: ["arsverk"], .hours: ["timer", "hours"], .points: ["poeng", "points"], .minutes: ["minutter", "minutes"],
        ]
        if accepted[indicator.unit]?.contains(key) == true || key == NameFolding.key(indicator.unit.rawValue) { return }
        throw .unitMismatch(
            file: origin, line: line, indicator: "'\(indicator.label)'", found: text, expected: indicator.unit.norwegianLabel)
    }

    private func indicator(for label: String, line: Int, origin: String) throws(ImportError) -> Indicator {
        if let indicator = definitions.catalog.indicator(matchingLabel: label) { return indicator }
        let key = IndicatorCatalog.labelKey(label)
        let closest = definitions.catalog.indicators
            .map { ($0.label, NameFolding.distance(key, IndicatorCatalog.labelKey($0.label))) }
            .sorted { $0.1 < $1.1 }
            .prefix(2).map(\.0)
        throw .unknownLabel(file: origin, line: line, label: label, suggestions: Array(closest))
    }

    // MARK: - Time series

    private func readSeries(
        header: DelimitedText.Line, rows: ArraySlice<DelimitedText.Line>, origin: String,
        into figures: inout PublishedFigures, places: inout Places
    ) throws(ImportError) {
        guard header.fields.count >= 3 else { throw .missingHeader(file: origin, expected: Self.expectedHeaders) }
        var years: [Int] = []
        for field in header.fields.dropFirst(2) {
            guard let year = Int(field), (1990...2100).contains(year) else {
                throw .badHeader(file: origin, line: header.number, column: field, expected: "a year such as 2024")
            }
            years.append(year)
        }
        var notedShares: Set<IndicatorID> = []
        for row in rows {
            guard row.fields.count == header.fields.count else {
                throw .fieldCount(file: origin, line: row.number, found: row.fields.count, expected: header.fields.count)
            }
            let printedLabel = row.fields[0]
            let adjusted = printedLabel.contains("(B)")
            let label = printedLabel.replacingOccurrences(of: "(B)", with: "")
            let indicator = try indicator(for: label, line: row.number, origin: origin)
            // "(B)" means adjusted for inflation and expenditure need; on a share or a count
            // of people that changes nothing, and the printed values equal the unadjusted ones.
            let basis: PriceBasis = adjusted && (indicator.unit == .kroner || indicator.unit == .thousandKroner) ? .both : .nominal
            if adjusted, basis == .nominal, notedShares.insert(indicator.id).inserted {
                figures.notes.append(
                    "'\(printedLabel.trimmed)' is marked (B), but inflation and need adjustment do not change a \(indicator.unit.norwegianLabel) figure; stored as unadjusted."
                )
            }
            let target = try seriesTarget(row.fields[1], line: row.number, origin: origin)
            for (offset, year) in years.enumerated() {
                let text = row.fields[offset + 2]
                let cell = try cell(text, of: indicator, line: row.number, column: header.fields[offset + 2], origin: origin)
                let place = "line \(row.number), column \(header.fields[offset + 2])"
                if case .empty = cell {
                    figures.skipped.append(SkippedCell(place: place, reason: "empty cell (no figure and no SSB symbol)"))
                    continue
                }
                let (value, status) = cell.parts
                switch target {
                case .region(let region):
                    places.observations.append(place)
                    figures.observations.append(
                        Observation(
                            indicator: indicator.id, region: region.id, year: year, basis: basis, value: value, status: status))
                case .network(let network, let printed):
                    places.aggregates.append(place)
                    figures.aggregates.append(
                        PublishedAggregate(
                            indicator: indicator.id, network: network.id, year: year, basis: basis, statistic: .average,
                            value: value, status: status, label: printed))
                }
            }
        }
    }

    private enum SeriesTarget {
        case region(Region)
        case network(Network, printed: String)
    }

    private func seriesTarget(_ name: String, line: Int, origin: String) throws(ImportError) -> SeriesTarget {
        if let network = definitions.networks.first(where: { $0.isNamed(name) }) {
            return .network(network, printed: name)
        }
        do {
            return .region(try definitions.regions.find(name))
        } catch {
            throw .unknownRegion(
                file: origin, line: line, name: name, suggestions: definitions.regions.suggestions(for: name))
        }
    }
}

extension NumberCell {
    var parts: (Double?, StatusSymbol?) {
        switch self {
        case .empty: (nil, nil)
        case .value(let value): (value, nil)
        // SSB's "-" is an exact nil: a real zero, kept with its symbol.
        case .status(.nil_): (0, .nil_)
        case .status(let status): (nil, status)
        }
    }
}
