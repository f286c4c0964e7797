public import KostraAnalysis
import KostraModel

/// The resource-use indicator as a table (one row per network member) or CSV, and as JSON.
public struct ResourceUseRenderer: Sendable {
    public init() {}

    func rows(_ report: ResourceUseReport, _ format: NorwegianNumberFormat) -> [[String]] {
        report.indicator.members.map { member in
            [
                member.region, format.number(member.spendingPerInhabitant, decimals: 0), format.number(member.costIndex, decimals: 4),
                format.number(member.needAdjustedSpending, decimals: 0), format.number(member.indicator, decimals: 3),
            ]
        } + report.indicator.lackingData.map { [$0.region, "", "", "", $0.reason] }
    }

    static let header = ["Kommune", "Utgifter per innbygger (kr)", "Kostnadsindeks", "Behovsjustert (kr)", "RBI"]

    public func text(_ report: ResourceUseReport, explain: Bool = false) -> String {
        var table = TextTable(header: Self.header, alignments: [.left, .right, .right, .right, .right])
        for row in rows(report, .standard) { table.append(row) }
        var text = "Ressursbruksindikator: \(report.municipality) \(report.year), \(report.indicator.networkName) = 1,000\n\n"
        text += table.text + "\n" + report.indicator.method + "\n"
        if let published = report.published { text += published.note + "\n" }
        text += report.openPoints.joined(separator: "\n") + "\n"
        if explain { text += "\n" + ExplanationTextRenderer().render(report.explanation) }
        return text
    }

    public func csv(_ report: ResourceUseReport, explain: Bool = false) -> String {
        var csv = CSVWriter()
        csv.append(Self.header)
        for row in rows(report, .spreadsheet) { csv.append(row) }
        if explain { ExplanationCSV.append(report.explanation, to: &csv) }
        return csv.text
    }
}

/// The resource-use indicator as JSON: plain numbers.
public struct ResourceUseJSON: Codable, Sendable, Equatable {
    public struct Member: Codable, Sendable, Equatable {
        public var region: String
        public var spendingPerInhabitant: Double
        public var costIndex: Double
        public var correctionFactor: Double
        public var needAdjustedSpending: Double
        public var rbi: Double
    }

    public var municipality: String
    public var year: Int
    public var network: String
    public var value: Double?
    public var networkMean: Double
    public var members: [Member]
    public var missing: [String]
    public var published: Double?
    public var method: String
    public var openPoints: [String]
    public var explanation: ExplanationJSON

    public init(_ report: ResourceUseReport) {
        municipality = report.municipality
        year = report.year
        network = report.indicator.networkName
        value = report.own?.indicator
        networkMean = report.indicator.members.map(\.indicator).reduce(0, +) / Double(max(report.indicator.members.count, 1))
        members = report.indicator.members.map {
            Member(
                region: $0.region, spendingPerInhabitant: $0.spendingPerInhabitant, costIndex: $0.costIndex,
                correctionFactor: $0.correctionFactor, needAdjustedSpending: $0.needAdjustedSpending, rbi: $0.indicator)
        }
        missing = report.indicator.lackingData.map(\.region)
        published = report.published?.published
        method = report.indicator.method
        openPoints = report.openPoints
        explanation = ExplanationJSON(report.explanation)
    }
}
