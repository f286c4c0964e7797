import KostraStore

/// What one import or fetch wrote to the database.
public struct ImportOutcome: Sendable, Equatable {
    /// Figures written (new, or replacing older ones).
    public var stored: Int
    /// Figures left out because the database already held a newer figure for the same key.
    public var keptNewer: Int

    public init(stored: Int, keptNewer: Int) {
        self.stored = stored
        self.keptNewer = keptNewer
    }

    init(_ summary: ImportSummary) {
        self.init(stored: summary.stored, keptNewer: summary.keptNewer)
    }
}
