public import Foundation
public import KostraModel

/// Writes stored figures as one JSON-stat 2.0 dataset, the open format R's rjstat, Python's
/// pyjstat and the JSON-stat Toolkit read.
///
/// The dimensions are `region` (role geo), `indicator` (role metric, with the catalogue's unit
/// and decimals), `year` (role time) and `basis` (price basis), labelled in Norwegian. Cells
/// without a figure are `null`; SSB's symbols go in `status` keyed by cell position, so a
/// missing figure is never written as zero. Regions are KostraKit's ids, which follow a
/// municipality through its code changes (Bærum 0219 → 3024 → 3201), labelled with the name.
/// Numbers keep every digit they have, so KostraKit reads the file back to the same figures.
public struct JSONStatWriter: Sendable {
    public let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// The dimension ids, in the order of the flat cell index.
    public static let dimensionIDs = ["region", "indicator", "year", "basis"]

    /// The dataset's UTF-8 JSON for these figures.
    ///
    /// - Parameters:
    ///   - label: the dataset's title.
    ///   - updated: when the newest figure was fetched or imported (ISO 8601 in `updated`).
    ///   - sources: where the figures came from, named in `source`.
    ///   - notes: what the reader should know beyond the figures (what was left out, say).
    public func data(
        observations: [Observation], label: String, updated: Date, sources: [String], notes: [String] = []
    ) throws -> Data {
        let regions = ordered(observations.map(\.region), by: regionOrder)
        let indicators = ordered(observations.map(\.indicator), by: indicatorOrder)
        let years = Array(Set(observations.map(\.year))).sorted()
        let bases = PriceBasis.allCases.filter { basis in observations.contains { $0.basis == basis } }
        let sizes = [regions.count, indicators.count, years.count, bases.count]
        let count = sizes.reduce(1, *)
        var values = [Double?](repeating: nil, count: count)
        var statuses: [String: String] = [:]
        let regionPosition = positions(regions)
        let indicatorPosition = positions(indicators)
        let yearPosition = positions(years)
        let basisPosition = positions(bases)
        for observation in observations {
            guard let r = regionPosition[observation.region], let i = indicatorPosition[observation.indicator],
                let y = yearPosition[observation.year], let b = basisPosition[observation.basis]
            else { continue }
            // Row-major over `id`: the last dimension varies fastest, as JSON-stat requires.
            let index = ((r * sizes[1] + i) * sizes[2] + y) * sizes[3] + b
            values[index] = observation.value
            if let status = observation.status { statuses[String(index)] = status.symbol }
        }
        let document = Document(
            label: label, source: sources.isEmpty ? "KostraKit" : sources.joined(separator: "; "),
            updated: Self.timestamp(updated), id: Self.dimensionIDs, size: sizes,
            role: Role(geo: ["region"], time: ["year"], metric: ["indicator"]),
            dimension: [
                "region": Dimension(
                    label: "region", note: ["KostraKits id for regionen; følger kommunen gjennom kodeendringer."],
                    category: Category(index: regions, label: labels(regions) { definitions.regions.region(id: $0)?.name ?? $0 })),
                "indicator": Dimension(
                    label: "indikator", note: nil,
                    category: Category(
                        index: indicators, label: labels(indicators) { definitions.catalog.indicator(id: $0)?.label ?? $0 },
                        unit: units(indicators))),
                "year": Dimension(
                    label: "år", note: nil, category: Category(index: years.map(String.init), label: labels(years.map(String.init)) { $0 })),
                "basis": Dimension(
                    label: "prisgrunnlag", note: nil,
                    category: Category(
                        index: bases.map(\.rawValue),
                        label: labels(bases.map(\.rawValue)) {
                            PriceBasis(rawValue: $0)?.norwegianDescription ?? $0
                        })),
            ],
            value: values, status: statuses.isEmpty ? nil : statuses,
            note: ["Tall uten verdi er null; SSBs symboler står i status: \(Self.symbolNote)."] + notes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// `.` ikke mulig å oppgi tall, `..` tall mangler, …
    static var symbolNote: String {
        StatusSymbol.allCases.map { "«\($0.symbol)» \($0.norwegianLabel)" }.joined(separator: ", ")
    }

    /// ISO 8601 in UTC, as SSB writes `updated`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Regions in the region list's order (municipalities before groups and the country), unknown ones last.
    private var regionOrder: [String: Int] {
        Dictionary(definitions.regions.regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Indicators in the catalogue's order, so the export reads like the profile.
    private var indicatorOrder: [String: Int] {
        Dictionary(definitions.catalog.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func ordered(_ ids: [String], by order: [String: Int]) -> [String] {
        Array(Set(ids)).sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
    }

    private func positions<T: Hashable>(_ items: [T]) -> [T: Int] {
        Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
    }

    private func labels(_ ids: [String], _ label: (String) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: ids.map { ($0, label($0)) })
    }

    /// The catalogue's unit and decimals for each indicator, in JSON-stat's `unit` form.
    private func units(_ ids: [String]) -> [String: Unit] {
        var units: [String: Unit] = [:]
        for id in ids {
            guard let indicator = definitions.catalog.indicator(id: id) else { continue }
            let (symbol, position): (String?, String?) =
                switch indicator.unit {
                case .kroner: ("kr", "start")
                case .thousandKroner: ("1000 kr", "end")
                case .percent: ("%", "end")
                default: (nil, nil)
                }
            units[id] = Unit(label: indicator.unit.norwegianLabel, decimals: indicator.decimals, symbol: symbol, position: position)
        }
        return units
    }

    // MARK: - The document's shape (JSON-stat 2.0 dataset)

    struct Document: Encodable {
        var version = "2.0"
        var `class` = "dataset"
        var label: String
        var source: String
        var updated: String
        var id: [String]
        var size: [Int]
        var role: Role
        var dimension: [String: Dimension]
        var value: [Double?]
        var status: [String: String]?
        var note: [String]
    }

    struct Role: Encodable {
        var geo: [String]
        var time: [String]
        var metric: [String]
    }

    struct Dimension: Encodable {
        var label: String
        var note: [String]?
        var category: Category
    }

    struct Category: Encodable {
        var index: [String]
        var label: [String: String]
        var unit: [String: Unit]?
    }

    struct Unit: Encodable {
        var label: String
        var decimals: Int
        var symbol: String?
        var position: String?
    }
}
