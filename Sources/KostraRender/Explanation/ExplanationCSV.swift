public import KostraAnalysis
import KostraModel

/// `--explain` rows appended to a CSV: a blank line, then one row per input.
public enum ExplanationCSV {
    public static func append(_ explanation: AnalysisExplanation, to csv: inout CSVWriter) {
        csv.append([])
        csv.append(["Metode", explanation.method])
        csv.append(["Inngangstall", "Region", "År", "Verdi", "Enhet", "Kilde"])
        for input in explanation.inputs {
            csv.append([
                input.label, input.region ?? "", input.year.map(String.init) ?? "",
                NorwegianNumberFormat.spreadsheet.number(input.value, decimals: 6).trimmingZeroDecimals,
                input.unit?.norwegianLabel ?? "", input.source ?? "",
            ])
        }
        for note in explanation.notes { csv.append(["Merk", note]) }
    }
}

extension String {
    /// `12,500000` → `12,5`; `3,000000` → `3`.
    var trimmingZeroDecimals: String {
        guard contains(",") else { return self }
        var text = self
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }
}
