public import KostraAnalysis
public import KostraModel

/// `--explain` as text: the method, every input with year, region and source, and the notes.
public struct ExplanationTextRenderer: Sendable {
    public var numbers: NorwegianNumberFormat

    public init(numbers: NorwegianNumberFormat = .standard) {
        self.numbers = numbers
    }

    public func render(_ explanation: AnalysisExplanation) -> String {
        var text = "Metode: \(explanation.method)\n"
        if !explanation.inputs.isEmpty {
            var table = TextTable(
                header: ["Inngangstall", "Region", "År", "Verdi", "Kilde"], alignments: [.left, .left, .right, .right, .left])
            for input in explanation.inputs {
                table.append([
                    input.label, input.region ?? "", input.year.map(String.init) ?? "", number(input.value, unit: input.unit),
                    input.source ?? "",
                ])
            }
            text += "\n" + table.text
        }
        if !explanation.notes.isEmpty {
            text += "\n" + explanation.notes.map { "Merk: " + $0 }.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// Inputs keep their precision: whole numbers without decimals, others with up to four.
    func number(_ value: Double, unit: IndicatorUnit?) -> String {
        let decimals = value == value.rounded() ? 0 : (abs(value) < 10 ? 4 : 2)
        guard let unit else { return numbers.number(value, decimals: decimals) }
        return numbers.value(value, unit: unit, decimals: decimals)
    }
}
