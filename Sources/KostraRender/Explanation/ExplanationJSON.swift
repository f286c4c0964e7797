public import KostraAnalysis
import KostraModel

/// `--explain` as JSON: plain numbers and stable field names.
public struct ExplanationJSON: Codable, Sendable, Equatable {
    public struct Input: Codable, Sendable, Equatable {
        public var label: String
        public var region: String?
        public var year: Int?
        public var value: Double
        public var unit: String?
        public var source: String?
    }

    public var method: String
    public var inputs: [Input]
    public var notes: [String]

    public init(_ explanation: AnalysisExplanation) {
        method = explanation.method
        notes = explanation.notes
        inputs = explanation.inputs.map {
            Input(label: $0.label, region: $0.region, year: $0.year, value: $0.value, unit: $0.unit?.rawValue, source: $0.source)
        }
    }
}
