public import KostraAnalysis
import KostraModel

/// An average as JSON for programs: `value`, `method`, `contributors` and `missing` (names),
/// the highest and lowest with their holders, and the explanation.
public struct AverageJSON: Codable, Sendable, Equatable {
    public struct ExtremeJSON: Codable, Sendable, Equatable {
        public var value: Double
        public var holders: [String]
        /// How many of the regions asked for had a figure, and how many were asked for.
        public var membersWithFigures: Int?
        public var members: Int?
    }

    public var indicator: String
    public var label: String
    public var unit: String
    public var year: Int
    public var scope: String
    public var value: Double
    /// `weighted`, `unweighted` or `sum`.
    public var method: String
    /// Whether `--method` overrode the indicator's rule.
    public var methodOverridden: Bool
    /// `computed` or `published`.
    public var source: String
    public var contributorCount: Int?
    public var contributors: [String]
    public var missing: [String]
    public var excluded: [String]
    public var highest: ExtremeJSON?
    public var lowest: ExtremeJSON?
    public var explanation: ExplanationJSON

    public init(_ report: AverageReport) {
        indicator = report.indicator.id
        label = report.indicator.label
        unit = report.indicator.unit.rawValue
        year = report.year
        scope = report.scopeLabel
        value = report.average.value
        method = report.average.method.rawValue
        methodOverridden = report.methodOverridden
        source = report.average.source.rawValue
        contributorCount = report.average.contributorCount
        contributors = report.contributorNames
        missing = report.missingNames
        excluded = report.excludedNames
        highest = report.highest.map {
            ExtremeJSON(value: $0.value, holders: $0.holders.map(report.name), membersWithFigures: $0.among, members: $0.of)
        }
        lowest = report.lowest.map {
            ExtremeJSON(value: $0.value, holders: $0.holders.map(report.name), membersWithFigures: $0.among, members: $0.of)
        }
        explanation = ExplanationJSON(report.explanation)
    }
}
