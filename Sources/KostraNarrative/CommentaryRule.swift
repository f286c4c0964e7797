public import KostraAnalysis

/// One way of commenting on a profile row; each rule is a small type with a stable id.
public protocol CommentaryRule: Sendable {
    /// The rule's id as stored in each sentence it writes.
    var id: String { get }
    /// The sentences the rule has to say about `row`, possibly none.
    func sentences(for row: ProfileRow, in context: CommentaryContext) -> [CommentarySentence]
}
