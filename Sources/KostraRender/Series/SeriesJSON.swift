public import KostraAnalysis
import KostraModel

/// A series as JSON: plain numbers (`null` where there is no figure), the price basis and breaks.
public struct SeriesJSON: Codable, Sendable, Equatable {
    public struct Line: Codable, Sendable, Equatable {
        public var name: String
        public var role: String
        public var values: [Double?]
        public var note: String?
    }

    public var municipality: String
    public var indicator: String
    public var label: String
    public var unit: String
    /// `nominal`, `deflated`, `need` or `both`.
    public var basis: String
    public var basisDescription: String
    public var years: [Int]
    public var lines: [Line]
    /// Year (as text) → reason.
    public var breaks: [String: String]
    public var explanation: ExplanationJSON

    public init(_ report: SeriesReport) {
        municipality = report.municipality
        indicator = report.indicator.id
        label = report.title
        unit = report.indicator.unit.rawValue
        basis = report.basis.rawValue
        basisDescription = report.basisDescription
        years = report.years
        lines = report.lines.map { Line(name: $0.name, role: $0.role.rawValue, values: $0.values, note: $0.note) }
        breaks = Dictionary(uniqueKeysWithValues: report.breaks.map { (String($0.key), $0.value) })
        explanation = ExplanationJSON(report.explanation)
    }
}
