/// A drafted Norwegian (bokmål) sentence together with the figures it states.
public struct CommentarySentence: Sendable, Codable, Hashable {
    /// The sentence as the reader sees it.
    public var text: String
    /// The catalogue id of the indicator the sentence is about, or `nil` for a summary.
    public var indicator: String?
    /// The id of the rule that wrote it, e.g. `position` or `extreme.lowest`.
    public var rule: String
    /// Every figure the text states, so the sentence can be checked against the table.
    public var inputs: [CommentaryInput]

    public init(text: String, indicator: String?, rule: String, inputs: [CommentaryInput]) {
        self.text = text
        self.indicator = indicator
        self.rule = rule
        self.inputs = inputs
    }
}
