/// One figure a commentary sentence rests on, so a reader can trace the sentence to the table.
public struct CommentaryInput: Sendable, Codable, Hashable {
    /// What the figure is, e.g. `Bærum 2024` or `snitt ASSS 2024` or `relativ forskjell`.
    public var label: String
    /// The region (or network) the figure belongs to, by the name readers see.
    public var region: String
    public var year: Int
    /// The figure as computed (unrounded).
    public var value: Double
    /// The figure exactly as the sentence prints it, e.g. `kr 70 784` or `10 %`.
    public var display: String
    /// The title of the source the figure came from, when known.
    public var sourceTitle: String?

    public init(label: String, region: String, year: Int, value: Double, display: String, sourceTitle: String? = nil) {
        self.label = label
        self.region = region
        self.year = year
        self.value = value
        self.display = display
        self.sourceTitle = sourceTitle
    }
}
