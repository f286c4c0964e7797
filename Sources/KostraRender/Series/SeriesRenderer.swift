public import KostraAnalysis
import KostraModel

/// A series as a terminal table or CSV: one row per line, one column per year, the price
/// basis stated above the table and breaks below it.
public struct SeriesRenderer: Sendable {
    public init() {}

    public func text(_ report: SeriesReport, explain: Bool = false) -> String {
        let format = NorwegianNumberFormat.standard
        var table = TextTable(
            header: [""] + report.years.map(String.init) + ["Merknad"],
            alignments: [.left] + report.years.map { _ in .right } + [.left])
        for line in report.lines {
            table.append([line.name] + line.values.map { cell($0, report.indicator, format) } + [line.note ?? ""])
        }
        var text = "\(report.title): \(report.municipality) \(report.years.first ?? 0)–\(report.years.last ?? 0)\n"
        text += "Prisgrunnlag: \(report.basisDescription)\n\n" + table.text
        for (year, reason) in report.breaks.sorted(by: { $0.key < $1.key }) { text += "Brudd \(year): \(reason)\n" }
        if explain { text += "\n" + ExplanationTextRenderer().render(report.explanation) }
        return text
    }

    public func csv(_ report: SeriesReport, explain: Bool = false) -> String {
        var csv = CSVWriter()
        csv.append(["Serie", "Prisgrunnlag"] + report.years.map(String.init) + ["Merknad"])
        for line in report.lines {
            csv.append(
                [line.name, report.basisDescription]
                    + line.values.map { cell($0, report.indicator, .spreadsheet, unit: false) } + [line.note ?? ""])
        }
        for (year, reason) in report.breaks.sorted(by: { $0.key < $1.key }) { csv.append(["Brudd \(year)", reason]) }
        if explain { ExplanationCSV.append(report.explanation, to: &csv) }
        return csv.text
    }

    private func cell(_ value: Double?, _ indicator: Indicator, _ format: NorwegianNumberFormat, unit: Bool = true) -> String {
        guard let value else { return ".." }
        return unit
            ? format.value(value, unit: indicator.unit, decimals: indicator.decimals)
            : format.number(value, decimals: indicator.decimals)
    }
}
