public import Foundation
public import KostraModel

/// Writes the long CSV, KostraKit's exchange format: one figure a row under
/// `region;indicator;year;value;numerator;denominator;status`, plus `basis` when any
/// figure is not in current prices.
///
/// Numbers keep every digit they have (shortest exact form, decimal comma, no
/// thousands separator), so reading the file back gives the same figures; rows are
/// sorted so the same figures always give the same file. UTF-8 with BOM, semicolons.
public struct LongCSVWriter: Sendable {
    public let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// The file's text for these figures.
    public func text(observations: [Observation], aggregates: [PublishedAggregate]) -> String {
        var rows: [Row] = []
        rows.reserveCapacity(observations.count + aggregates.count)
        for observation in observations {
            rows.append(
                Row(
                    region: regionName(observation.region), indicator: observation.indicator, year: observation.year,
                    value: observation.value, numerator: observation.numerator, denominator: observation.denominator,
                    status: observation.status, basis: observation.basis, isNetwork: false))
        }
        for aggregate in aggregates {
            let network = definitions.networks.first { $0.id == aggregate.network }
            rows.append(
                Row(
                    region: network?.figureName(aggregate.statistic, label: aggregate.label) ?? aggregate.network,
                    indicator: aggregate.indicator, year: aggregate.year, value: aggregate.value, numerator: nil,
                    denominator: nil, status: aggregate.status, basis: aggregate.basis, isNetwork: true))
        }
        rows.sort()
        let withBasis = rows.contains { $0.basis != .nominal }
        var csv = CSVWriter()
        csv.append(["region", "indicator", "year", "value", "numerator", "denominator", "status"] + (withBasis ? ["basis"] : []))
        for row in rows {
            // SSB's "-" is an exact zero: the value cell stays empty and the status says nil.
            let value = row.status == .nil_ ? "" : row.value.map(Self.number) ?? ""
            csv.append(
                [
                    row.region, row.indicator, String(row.year), value, row.numerator.map(Self.number) ?? "",
                    row.denominator.map(Self.number) ?? "", row.status?.rawValue ?? "",
                ]
                    + (withBasis ? [row.basis.rawValue] : []))
        }
        return csv.text
    }

    /// A number in its shortest exact form with a decimal comma: `70784`, `0,877`, `0,00001`.
    public static func number(_ value: Double) -> String {
        let shortest = "\(value)"
        let plain = Decimal(string: shortest, locale: Locale(identifier: "en_US_POSIX"))?.description ?? shortest
        return plain.replacingOccurrences(of: ".", with: ",")
    }

    /// The region's name when the name finds it again, otherwise its id.
    private func regionName(_ id: RegionID) -> String {
        guard let region = definitions.regions.region(id: id),
            (try? definitions.regions.find(region.name))?.id == id
        else { return id }
        return region.name
    }

    private struct Row: Comparable {
        var region: String
        var indicator: String
        var year: Int
        var value: Double?
        var numerator: Double?
        var denominator: Double?
        var status: StatusSymbol?
        var basis: PriceBasis
        var isNetwork: Bool

        static func < (a: Row, b: Row) -> Bool {
            (a.indicator, a.isNetwork ? 1 : 0, a.region, a.year, a.basis.rawValue)
                < (b.indicator, b.isNetwork ? 1 : 0, b.region, b.year, b.basis.rawValue)
        }
    }
}
