public import KostraModel
public import KostraStore

/// A small reader of figures held in memory, answering the same queries as the stores, so a use
/// case that only reads (`Comparisons`) can be run without a database.
public struct InMemoryFigures: FigureReader {
    public var observations: [Observation]
    public var aggregates: [PublishedAggregate]

    public init(observations: [Observation], aggregates: [PublishedAggregate] = []) {
        self.observations = observations
        self.aggregates = aggregates
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
}
