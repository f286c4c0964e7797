public import KostraModel
public import KostraStore

/// A small reader of figures held in memory, answering the same queries as the stores, so the
/// use cases that only read (`Comparisons`, `Figures`, `Reports`, `Review`) can be run without a database.
public struct InMemoryFigures: FigureReader, RevisionReader {
    public var observations: [Observation]
    public var aggregates: [PublishedAggregate]
    /// Replaced figures, oldest first, as a store would keep them.
    public var replaced: [FigureRevision]

    public init(observations: [Observation], aggregates: [PublishedAggregate] = [], replaced: [FigureRevision] = []) {
        self.observations = observations
        self.aggregates = aggregates
        self.replaced = replaced
    }

    public func observations(_ query: ObservationQuery) async throws(StoreError) -> [Observation] {
        observations.filter { Self.matches($0, query) }
            .sorted { ($0.indicator, $0.region, $0.year, $0.basis.rawValue) < ($1.indicator, $1.region, $1.year, $1.basis.rawValue) }
    }

    public func aggregates(_ query: AggregateQuery) async throws(StoreError) -> [PublishedAggregate] {
        aggregates.filter { aggregate in
            (query.indicators?.contains(aggregate.indicator) ?? true) && (query.network.map { $0 == aggregate.network } ?? true)
                && (query.years?.contains(aggregate.year) ?? true) && (query.basis.map { $0 == aggregate.basis } ?? true)
        }
    }

    public func yearsWithFigures(_ query: ObservationQuery) async throws(StoreError) -> [Int] {
        Set(observations.filter { $0.value != nil && Self.matches($0, query) }.map(\.year)).sorted(by: >)
    }

    static func matches(_ observation: Observation, _ query: ObservationQuery) -> Bool {
        (query.indicators?.contains(observation.indicator) ?? true) && (query.regions?.contains(observation.region) ?? true)
            && (query.years?.contains(observation.year) ?? true) && (query.basis.map { $0 == observation.basis } ?? true)
    }

    public func revisions(_ query: ObservationQuery) async throws(StoreError) -> [FigureRevision] {
        replaced.filter { revision in
            (query.indicators?.contains(revision.key.indicator) ?? true) && (query.regions?.contains(revision.key.region) ?? true)
                && (query.years?.contains(revision.key.year) ?? true) && (query.basis.map { $0 == revision.key.basis } ?? true)
        }
    }

    /// The state of these figures, taken from their sources as a store counts them: how many
    /// distinct sources, the newest source's id, and when the newest was retrieved.
    public func revision() async throws(StoreError) -> StoreRevision {
        let sources = (observations.compactMap(\.source) + aggregates.compactMap(\.source))
        let ids = Set(sources.compactMap(\.id))
        return StoreRevision(sources: ids.count, newestSourceID: ids.max() ?? 0, updatedAt: sources.map(\.retrievedAt).max())
    }
}
