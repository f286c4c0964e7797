public import KostraAnalysis
import KostraModel

/// Relative efficiency with its inputs, and the published figure beside it, as table, CSV or JSON.
public struct EfficiencyRenderer: Sendable {
    public init() {}

    func rows(_ report: EfficiencyReport, _ format: NorwegianNumberFormat) -> [[String]] {
        let efficiency = report.efficiency
        var rows = [
            ["Produksjon relativt til \(efficiency.networkName)", format.number(efficiency.relativeProduction, decimals: 3), report.inputSource],
            ["Utgifter relativt til \(efficiency.networkName)", format.number(efficiency.relativeExpenditure, decimals: 3), report.inputSource],
            ["Effektivitet (beregnet)", format.number(efficiency.value, decimals: 3), "produksjon / utgifter"],
            ["Effektivitet, prosent over \(efficiency.networkName) (beregnet)", format.number(efficiency.percentAboveNetwork, decimals: 1), ""],
        ]
        if let published = report.published {
            rows.append([
                "Effektivitet, prosent over \(efficiency.networkName) (publisert)",
                format.number(published.published, decimals: published.publishedDecimals), published.source,
            ])
        }
        return rows
    }

    public func text(_ report: EfficiencyReport, explain: Bool = false) -> String {
        var table = TextTable(header: ["", "Verdi", "Kilde"], alignments: [.left, .right, .left])
        for row in rows(report, .standard) { table.append(row) }
        var text = "Relativ effektivitet: \(report.efficiency.region) \(report.year)\n\n" + table.text + "\n"
        text += report.efficiency.method + "\n"
        if let published = report.published { text += published.note + "\n" }
        if explain { text += "\n" + ExplanationTextRenderer().render(report.explanation) }
        return text
    }

    public func csv(_ report: EfficiencyReport, explain: Bool = false) -> String {
        var csv = CSVWriter()
        csv.append(["Felt", "Verdi", "Kilde"])
        for row in rows(report, .spreadsheet) { csv.append(row) }
        if explain { ExplanationCSV.append(report.explanation, to: &csv) }
        return csv.text
    }
}

/// Relative efficiency as JSON: plain numbers, computed and published side by side.
public struct EfficiencyJSON: Codable, Sendable, Equatable {
    public var municipality: String
    public var year: Int
    public var network: String
    public var relativeProduction: Double
    public var relativeExpenditure: Double
    public var value: Double
    public var percentAboveNetwork: Double
    public var publishedPercentAboveNetwork: Double?
    public var agreesWithPublished: Bool?
    public var inputSource: String
    public var publishedSource: String?
    public var explanation: ExplanationJSON

    public init(_ report: EfficiencyReport) {
        municipality = report.efficiency.region
        year = report.year
        network = report.efficiency.networkName
        relativeProduction = report.efficiency.relativeProduction
        relativeExpenditure = report.efficiency.relativeExpenditure
        value = report.efficiency.value
        percentAboveNetwork = report.efficiency.percentAboveNetwork
        publishedPercentAboveNetwork = report.published?.published
        agreesWithPublished = report.published?.agrees
        inputSource = report.inputSource
        publishedSource = report.published?.source
        explanation = ExplanationJSON(report.explanation)
    }
}
