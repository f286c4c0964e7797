/// How an indicator differs in definition from one that looks alike (another age band, a
/// series marked (B)), written once in the catalogue and shown next to both in reports, with
/// where the difference was seen.
public struct DefinitionNote: Sendable, Codable, Hashable {
    /// The note in Norwegian, as a reader sees it.
    public var text: String
    /// Where the two definitions were seen.
    public var source: String

    public init(text: String, source: String) {
        self.text = text
        self.source = source
    }
}
