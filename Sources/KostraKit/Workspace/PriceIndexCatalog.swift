import Foundation
public import KostraAnalysis
import KostraImport

/// The price indices KostraKit ships (`Resources/price-indices.json`), each figure with its
/// source and quote, completed by figures the analyst supplies for the years no public
/// source gave.
public struct PriceIndexCatalog: Sendable {
    /// One bundled yearly rate and where it was published.
    public struct Figure: Codable, Sendable, Hashable {
        public var year: Int
        /// Yearly change in percent.
        public var value: Double
        public var source: String
        public var quote: String
    }

    /// One price index as bundled.
    public struct Definition: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var description: String
        public var figures: [Figure]
        /// What was searched for and not found.
        public var notFound: String
    }

    private struct File: Decodable {
        var indices: [Definition]
    }

    public let definitions: [Definition]

    public init(definitions: [Definition]) {
        self.definitions = definitions
    }

    /// The bundled indices.
    public static func bundled() throws(KitError) -> PriceIndexCatalog {
        let url = try kitResources().appendingPathComponent("price-indices.json")
        do {
            return PriceIndexCatalog(definitions: try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).indices)
        } catch {
            throw .damagedInstallation("price-indices.json cannot be read: \(error)")
        }
    }

    /// The index with this id (`kommunal`, `kpi`).
    public func definition(_ id: String) throws(KitError) -> Definition {
        guard let definition = definitions.first(where: { $0.id == id.lowercased() }) else {
            throw .unknownPriceIndex(id, known: definitions.map(\.id))
        }
        return definition
    }

    /// A chained index covering `years`, from the bundled rates and `supplied` ones (supplied
    /// rates win where both exist), with every rate used as an explanation input.
    ///
    /// - Throws: ``KitError/missingInputs(analysis:missing:)`` naming every year without a rate.
    public func index(
        _ id: String, covering years: ClosedRange<Int>, supplied: [Int: Double] = [:], suppliedSource: String? = nil
    ) throws -> (index: PriceIndex, inputs: [AnalysisExplanation.Input]) {
        let definition = try definition(id)
        let bundled = Dictionary(uniqueKeysWithValues: definition.figures.map { ($0.year, $0) })
        let needed = years.lowerBound < years.upperBound ? Array((years.lowerBound + 1)...years.upperBound) : []
        let missing = needed.filter { supplied[$0] == nil && bundled[$0] == nil }
        guard missing.isEmpty else {
            throw KitError.missingInputs(
                analysis: "Deflating to \(years.lowerBound)–\(years.upperBound) prices with the \(definition.name)",
                missing: missing.map {
                    "\(definition.name) for \($0) missing — supply it with --deflator-file FILE "
                        + "(CSV 'år;deflator', yearly change in percent, e.g. '\($0);4,5')"
                })
        }
        var rates: [Int: Double] = [:]
        var inputs: [AnalysisExplanation.Input] = []
        for year in needed {
            if let value = supplied[year] {
                rates[year] = value
                inputs.append(
                    .init(
                        label: "Årsvekst \(definition.name) (prosent)", year: year, value: value,
                        source: suppliedSource ?? "oppgitt av brukeren"))
            } else if let figure = bundled[year] {
                rates[year] = figure.value
                inputs.append(
                    .init(
                        label: "Årsvekst \(definition.name) (prosent)", year: year, value: figure.value,
                        source: figure.source))
            }
        }
        // A one-year span needs no rate: the index is one level and every ratio is 1.
        let index =
            rates.isEmpty
            ? try PriceIndex(name: definition.name, levels: [years.lowerBound: 100])
            : try PriceIndex(name: definition.name, yearlyGrowthPercent: rates)
        return (index, inputs)
    }

    /// Reads a supplied `år;deflator` file.
    public static func readSupplied(path: String) throws -> [Int: Double] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw KitError.unreadableInput(path: path, reason: error.localizedDescription)
        }
        return try YearFiguresReader().yearly(text, file: path)
    }
}
