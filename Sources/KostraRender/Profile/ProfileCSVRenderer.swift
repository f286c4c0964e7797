public import KostraAnalysis
import KostraModel

/// The profile as CSV for Excel: semicolons, decimal commas, UTF-8 with BOM, numbers without units.
public struct ProfileCSVRenderer: Sendable {
    public init() {}

    public func render(_ profile: ServiceProfile) -> String {
        let format = ProfileFormatter(numbers: .spreadsheet)
        let network = profile.network.name
        let year = profile.year
        var csv = CSVWriter()
        csv.append(
            ["Kategori", "Indikator", "Enhet"] + profile.years.map { "\(profile.municipality.name) \($0)" }
                + [
                    "Snitt \(network) \(year)", "Høyest \(network) \(year)", "Lavest \(network) \(year)", "Indeks",
                    "Indeks høyest", "Indeks lavest", "Snittmetode", "Snittkilde", "Antall kommuner i snittet",
                    "Plass i \(network) \(year)", "Rangert blant", "Rangering",
                ])
        let indexFormat = NorwegianNumberFormat.spreadsheet
        for row in profile.rows {
            let indicator = row.indicator
            csv.append(
                [indicator.category, indicator.label, indicator.unit.norwegianLabel]
                    + profile.years.map { format.plain(row.values[$0], of: indicator, status: row.statuses[$0]) }
                    + [
                        format.plain(row.average?.value, of: indicator), format.plain(row.highest?.value, of: indicator),
                        format.plain(row.lowest?.value, of: indicator),
                        row.index.map { indexFormat.number($0, decimals: 1) } ?? "",
                        row.highestIndex.map { indexFormat.number($0, decimals: 1) } ?? "",
                        row.lowestIndex.map { indexFormat.number($0, decimals: 1) } ?? "",
                        row.average.map { $0.method.norwegianDescription } ?? "",
                        row.average.map { $0.source == .computed ? "beregnet" : "publisert" } ?? "",
                        row.average?.contributorCount.map(String.init) ?? "",
                        row.rank.map { String($0.rank) } ?? "", row.rank.map { String($0.among) } ?? "",
                        row.rank.map { $0.order.norwegianDescription } ?? row.rankNote ?? "",
                    ])
        }
        return csv.text
    }
}
