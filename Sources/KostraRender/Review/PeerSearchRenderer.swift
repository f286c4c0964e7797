public import Foundation
public import KostraAnalysis
public import KostraModel

/// Prints a similar-municipality search: the municipality and each peer with its distance and
/// the variables' values, the method, who was left out, and a ready `--peers` line.
public struct PeerSearchRenderer: Sendable {
    /// A variable as shown: its id in the result, label, unit and decimals.
    public struct Column: Sendable, Hashable {
        public var id: String
        public var label: String
        public var unit: IndicatorUnit
        public var decimals: Int
        public var source: String

        public init(id: String, label: String, unit: IndicatorUnit, decimals: Int, source: String) {
            self.id = id
            self.label = label
            self.unit = unit
            self.decimals = decimals
            self.source = source
        }
    }

    public var result: PeerSearchResult
    public var year: Int
    public var columns: [Column]
    public var peersArgument: String

    public init(result: PeerSearchResult, year: Int, columns: [Column], peersArgument: String) {
        self.result = result
        self.year = year
        self.columns = columns
        self.peersArgument = peersArgument
    }

    private func cells(_ values: [PeerSearchResult.VariableValue]) -> [String] {
        let format = NorwegianNumberFormat.standard
        return columns.map { column in
            values.first { $0.variable == column.id }.map { format.value($0.raw, unit: column.unit, decimals: column.decimals) } ?? ".."
        }
    }

    /// The terminal table, method, exclusions, sources and the `--peers` line.
    public func text() -> String {
        let format = NorwegianNumberFormat.standard
        let target = result.targetName ?? result.target
        var output = "Kommuner som ligner mest på \(target) (\(year))\n\n"
        var table = TextTable(
            header: ["Nr", "Kommune", "Avstand"] + columns.map(\.label),
            alignments: [.right, .left, .right] + columns.map { _ in .right })
        table.append(["", target, format.number(0, decimals: 3)] + cells(result.targetValues))
        for neighbour in result.neighbours {
            table.append(
                [String(neighbour.rank), neighbour.name ?? neighbour.region, format.number(neighbour.distance, decimals: 3)]
                    + cells(neighbour.values))
        }
        output += table.text + "\n"
        output += "Metode: " + result.method + "\n"
        if !result.excluded.isEmpty {
            output += "Utelatt: " + result.excluded.map { "\($0.name ?? $0.region) (\($0.reason))" }.joined(separator: "; ") + ".\n"
        }
        output += "Kilder: " + columns.map { "\($0.label): \($0.source)" }.joined(separator: "; ") + ".\n"
        output += "\nFor andre kommandoer: --peers \(peersArgument)\n"
        return output
    }

    /// One row per municipality (the target first, rank 0), with distance and raw values.
    public func csv() -> String {
        let format = NorwegianNumberFormat.spreadsheet
        var writer = CSVWriter()
        writer.append(["nr", "kommune", "avstand", "rå avstand"] + columns.map(\.label))
        let spreadsheet = { (values: [PeerSearchResult.VariableValue]) in
            self.columns.map { column in values.first { $0.variable == column.id }.map { format.number($0.raw, decimals: column.decimals) } ?? "" }
        }
        writer.append(["0", result.targetName ?? result.target, "0", "0"] + spreadsheet(result.targetValues))
        for neighbour in result.neighbours {
            writer.append(
                [
                    String(neighbour.rank), neighbour.name ?? neighbour.region, format.number(neighbour.distance, decimals: 6),
                    format.number(neighbour.rawDistance, decimals: 6),
                ] + spreadsheet(neighbour.values))
        }
        return writer.text
    }

    struct JSONDocument: Encodable {
        struct Variable: Encodable {
            var id: String
            var label: String
            var weight: Double
            var mean: Double?
            var standardDeviation: Double?
            var source: String
        }
        struct Entry: Encodable {
            var rank: Int
            var region: String
            var name: String?
            var distance: Double
            var rawDistance: Double
            var values: [String: Double]
            var zScores: [String: Double]
        }
        var target: Entry
        var year: Int
        var variables: [Variable]
        var neighbours: [Entry]
        var excluded: [[String: String]]
        var ignoredVariables: [String]
        var farthest: String
        var candidatesWithData: Int
        var method: String
        var peersArgument: String
    }

    /// The JSON document: each neighbour with its rebased and raw distance, raw values and z-scores.
    public func json() throws -> Data {
        func entry(rank: Int, region: String, name: String?, distance: Double, raw: Double, values: [PeerSearchResult.VariableValue])
            -> JSONDocument.Entry
        {
            .init(
                rank: rank, region: region, name: name, distance: distance, rawDistance: raw,
                values: Dictionary(uniqueKeysWithValues: values.map { ($0.variable, $0.raw) }),
                zScores: Dictionary(uniqueKeysWithValues: values.compactMap { value in value.zScore.map { (value.variable, $0) } }))
        }
        let statistics = Dictionary(uniqueKeysWithValues: result.statistics.map { ($0.variable.name, $0) })
        let weights = Dictionary(uniqueKeysWithValues: (result.statistics.map(\.variable) + result.ignoredVariables).map { ($0.name, $0.weight) })
        let document = JSONDocument(
            target: entry(rank: 0, region: result.target, name: result.targetName, distance: 0, raw: 0, values: result.targetValues),
            year: year,
            variables: columns.map {
                .init(
                    id: $0.id, label: $0.label, weight: weights[$0.id] ?? 1, mean: statistics[$0.id]?.mean,
                    standardDeviation: statistics[$0.id]?.standardDeviation, source: $0.source)
            },
            neighbours: result.neighbours.map {
                entry(rank: $0.rank, region: $0.region, name: $0.name, distance: $0.distance, raw: $0.rawDistance, values: $0.values)
            },
            excluded: result.excluded.map { ["region": $0.region, "name": $0.name ?? $0.region, "reason": $0.reason] },
            ignoredVariables: result.ignoredVariables.map(\.name), farthest: result.farthestName ?? result.farthestRegion,
            candidatesWithData: result.candidatesWithData, method: result.method, peersArgument: peersArgument)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
