package import KostraStore

/// Engine, schema version and counts of a database, as `kostra db status` shows them.
public struct DatabaseStatus: Sendable, Equatable {
    public var engine: String
    public var location: String
    public var schemaVersion: String
    public var observationCount: Int
    public var aggregateCount: Int
    /// Figures per source title.
    public var countsBySource: [String: Int]

    package init(_ status: StoreStatus) {
        engine = status.engine
        location = status.location
        schemaVersion = status.schemaVersion
        observationCount = status.observationCount
        aggregateCount = status.aggregateCount
        countsBySource = status.countsBySource
    }
}
