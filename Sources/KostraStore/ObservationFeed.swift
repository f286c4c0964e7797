public import KostraModel

/// Figures from one source handed to the store one at a time, for imports too large to hold
/// as an array of `Observation` values (a national JSON-stat table has millions of cells).
///
/// The store asks for figures `0..<count` in order, inside one transaction; `observation`
/// returns `nil` for a position that holds no figure (a cell with neither value nor symbol).
/// A feed whose positions run in the store's key order (indicator, region, year) writes fastest:
/// each row then lands beside the one before it instead of anywhere in the table.
public struct ObservationFeed: Sendable {
    public var source: DataSource
    public var count: Int
    public var observation: @Sendable (Int) -> Observation?

    public init(source: DataSource, count: Int, observation: @escaping @Sendable (Int) -> Observation?) {
        self.source = source
        self.count = count
        self.observation = observation
    }
}

extension ObservationStore {
    /// Writes a feed as one batch; engines that can stream override this with `importFeed`.
    public func importFeedAsBatch(_ feed: ObservationFeed) async throws(StoreError) -> ImportSummary {
        var observations: [Observation] = []
        observations.reserveCapacity(feed.count)
        for position in 0..<feed.count {
            if let observation = feed.observation(position) { observations.append(observation) }
        }
        return try await importBatch(ImportBatch(source: feed.source, observations: observations))
    }
}
