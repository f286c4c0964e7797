public import KostraModel

/// What produced a computed figure: the method in words and every input used.
///
/// Every result in this module carries one, so the tool can answer `--explain`
/// for any number it prints without recomputing or guessing. The method text is
/// Norwegian because it is shown to the report's readers; error messages are
/// English because they are read by the analyst running the tool.
public struct AnalysisExplanation: Sendable, Hashable, Codable {
    /// One input figure, with where it belongs.
    public struct Input: Sendable, Hashable, Codable {
        /// What the figure is, in Norwegian (e.g. `"Mottakere"`).
        public var label: String
        /// The municipality or network the figure belongs to, when there is one.
        public var region: String?
        /// The year the figure belongs to, when there is one.
        public var year: Int?
        /// The figure as it entered the computation.
        public var value: Double
        /// The figure's unit, when it has a natural one.
        public var unit: IndicatorUnit?
        /// Where the figure came from (a stored source's title, a bundled file, or user input), when known.
        public var source: String?

        public init(
            label: String, region: String? = nil, year: Int? = nil, value: Double, unit: IndicatorUnit? = nil,
            source: String? = nil
        ) {
            self.label = label
            self.region = region
            self.year = year
            self.value = value
            self.unit = unit
            self.source = source
        }
    }

    /// The method in words (Norwegian), including the formula.
    public var method: String
    /// The inputs, in the order the method uses them.
    public var inputs: [Input]
    /// Further remarks a reader needs: members left out, undefined parts, disagreements.
    public var notes: [String]

    public init(method: String, inputs: [Input], notes: [String] = []) {
        self.method = method
        self.inputs = inputs
        self.notes = notes
    }
}

/// A result that can say how it was produced.
public protocol ExplainableResult: Sendable {
    /// The method and inputs behind the result.
    var explanation: AnalysisExplanation { get }
}
