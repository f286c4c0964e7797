public import KostraAnalysis
import KostraModel

/// An average as a terminal table or as CSV for Excel, Norwegian number format.
public struct AverageRenderer: Sendable {
    public init() {}

    /// Rows of (Norwegian label, value) shared by the table and the CSV.
    func rows(_ report: AverageReport, numbers: NorwegianNumberFormat, withUnit: Bool) -> [(String, String)] {
        let indicator = report.indicator
        let format = { (value: Double) in
            withUnit
                ? numbers.value(value, unit: indicator.unit, decimals: indicator.decimals)
                : numbers.number(value, decimals: indicator.decimals)
        }
        var rows: [(String, String)] = [
            ("Indikator", indicator.label),
            ("År", String(report.year)),
            ("Utvalg", report.scopeLabel),
            ("Snitt", format(report.average.value)),
            ("Metode", report.methodDescription),
        ]
        if report.average.source == .computed {
            rows.append(("Antall kommuner i snittet", String(report.average.contributors.count)))
            rows.append(("Kommuner i snittet", report.contributorNames.joined(separator: ", ")))
            rows.append(("Mangler tall", report.missingNames.isEmpty ? "ingen" : report.missingNames.joined(separator: ", ")))
        }
        if !report.excluded.isEmpty { rows.append(("Holdt utenfor", report.excludedNames.joined(separator: ", "))) }
        if let highest = report.highest {
            rows.append(
                (
                    "Høyest",
                    format(highest.value) + " (" + highest.holders.map(report.name).joined(separator: ", ") + ")"
                        + (highest.coverageNote.isEmpty ? "" : ", " + highest.coverageNote)
                ))
        }
        if let lowest = report.lowest {
            rows.append(
                (
                    "Lavest",
                    format(lowest.value) + " (" + lowest.holders.map(report.name).joined(separator: ", ") + ")"
                        + (lowest.coverageNote.isEmpty ? "" : ", " + lowest.coverageNote)
                ))
        }
        if let source = report.average.publishedSource?.title { rows.append(("Kilde", source)) }
        return rows
    }

    public func text(_ report: AverageReport, explain: Bool = false) -> String {
        var table = TextTable(header: ["Felt", "Verdi"], alignments: [.left, .left])
        for (label, value) in rows(report, numbers: .standard, withUnit: true) { table.append([label, value]) }
        var text = "Snitt: \(report.indicator.label), \(report.scopeLabel) \(report.year)\n\n" + table.text
        if explain { text += "\n" + ExplanationTextRenderer().render(report.explanation) }
        return text
    }

    /// Two columns, `Felt;Verdi`, then (with `explain`) the inputs as their own table.
    public func csv(_ report: AverageReport, explain: Bool = false) -> String {
        var csv = CSVWriter()
        csv.append(["Felt", "Verdi"])
        for (label, value) in rows(report, numbers: .spreadsheet, withUnit: false) { csv.append([label, value]) }
        if explain { ExplanationCSV.append(report.explanation, to: &csv) }
        return csv.text
    }
}
