/// Relative efficiency for one municipality and year, with where its inputs came from and,
/// where a figure was published, the published one beside it: what `kostra efficiency` prints.
public struct EfficiencyReport: Sendable, Hashable, ExplainableResult {
    public var year: Int
    public var efficiency: RelativeEfficiency
    /// Where the production and expenditure figures came from.
    public var inputSource: String
    /// The published efficiency beside the computed one, when a published figure exists.
    public var published: PublishedFigureComparison?

    public init(year: Int, efficiency: RelativeEfficiency, inputSource: String, published: PublishedFigureComparison?) {
        self.year = year
        self.efficiency = efficiency
        self.inputSource = inputSource
        self.published = published
    }

    public var explanation: AnalysisExplanation {
        var explanation = published?.explanation ?? efficiency.explanation
        explanation.inputs = explanation.inputs.map { input in
            var input = input
            input.year = input.year ?? year
            input.source = input.source ?? inputSource
            return input
        }
        return explanation
    }
}
