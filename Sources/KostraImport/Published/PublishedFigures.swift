public import KostraModel

/// Figures read from a published report, ready to be stored as one batch.
public struct PublishedFigures: Sendable {
    /// The municipality's own figures (and those of other regions named in the file).
    public var observations: [Observation]
    /// Network averages, highests and lowests as printed.
    public var aggregates: [PublishedAggregate]
    /// Remarks on how rows were read (for example a "(B)" label on a share).
    public var notes: [String]
    /// Cells read but not stored, each with its reason.
    public var skipped: [SkippedCell]

    public init(
        observations: [Observation] = [], aggregates: [PublishedAggregate] = [], notes: [String] = [],
        skipped: [SkippedCell] = []
    ) {
        self.observations = observations
        self.aggregates = aggregates
        self.notes = notes
        self.skipped = skipped
    }
}
