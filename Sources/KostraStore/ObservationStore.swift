public import KostraModel

/// The reads the analyses need: figures, published aggregates, and which years have figures.
///
/// Every store is one; use cases that only read depend on this alone, so they can be run over any
/// reader (the tests use a small in-memory one).
public protocol FigureReader: Sendable {
    /// Figures matching the query, with their sources.
    func observations(_ query: ObservationQuery) async throws(StoreError) -> [Observation]

    /// Published network aggregates matching the query, with their sources.
    func aggregates(_ query: AggregateQuery) async throws(StoreError) -> [PublishedAggregate]

    /// The years in which any figure matching the query has a value, newest first: one query,
    /// the distinct years computed by the database rather than by reading every row.
    func yearsWithFigures(_ query: ObservationQuery) async throws(StoreError) -> [Int]

    /// The values of the figures matching the query, in key order: only those with a value, and
    /// without parts, symbols or sources. A store may answer this more cheaply than ``observations(_:)``.
    func seriesFigures(_ query: ObservationQuery) async throws(StoreError) -> [SeriesFigure]
}

extension FigureReader {
    /// The values of ``observations(_:)``, for a reader with no cheaper way to them.
    public func seriesFigures(_ query: ObservationQuery) async throws(StoreError) -> [SeriesFigure] {
        try await observations(query).compactMap(SeriesFigure.init)
    }
}

/// The history of the figures: which were replaced, and which state of them is stored.
///
/// Every store is one; the use cases that show revisions or cache answers depend on this beside
/// ``FigureReader``, not on the whole store.
public protocol RevisionReader: Sendable {
    /// The figures matching the query that were replaced by a different value or symbol, oldest
    /// revision first (then in key order, alike on every engine), each with the old and the new source (kept by the schema since v5).
    func revisions(_ query: ObservationQuery) async throws(StoreError) -> [FigureRevision]

    /// The state of the figures, for telling whether anything was written since an earlier read.
    func revision() async throws(StoreError) -> StoreRevision
}

/// The store's one interface: the rest of KostraKit reads and writes figures only through it.
///
/// Every engine keeps the same guarantees: an import is one transaction, all or
/// nothing; a stored figure is replaced only by a figure at least as new, and each
/// figure keeps the provenance of the source it came from.
public protocol ObservationStore: FigureReader, RevisionReader {
    /// Writes a batch of figures from one source in one transaction.
    func importBatch(_ batch: ImportBatch) async throws(StoreError) -> ImportSummary

    /// Writes figures handed over one at a time, from one source in one transaction, without
    /// holding them all in memory; all or nothing like `importBatch`.
    func importFeed(_ feed: ObservationFeed) async throws(StoreError) -> ImportSummary

    /// Every source stored, oldest first.
    func sources() async throws(StoreError) -> [DataSource]

    /// Whether a source of this kind and reference has been stored already.
    func hasSource(kind: DataSource.Kind, reference: String) async throws(StoreError) -> Bool

    /// The engine, schema version and counts, for `kostra db status`.
    func status() async throws(StoreError) -> StoreStatus

    /// Replaces the stored copy of a KLASS classification (codes and changes) with a new load,
    /// in one transaction, recording its source.
    func replaceClassification(_ snapshot: ClassificationSnapshot) async throws(StoreError)

    /// The stored copy of a KLASS classification, or `nil` when none was loaded.
    func classification(_ id: Int) async throws(StoreError) -> ClassificationSnapshot?

    /// Every source and figure, for `kostra db copy`.
    func snapshot() async throws(StoreError) -> StoreSnapshot

    /// Writes a snapshot into this store, which must hold no sources yet, in one transaction,
    /// keeping every source's id; reads it back inside that transaction and rolls back unless
    /// it is identical. Returns what was read back.
    func restore(_ snapshot: StoreSnapshot) async throws(StoreError) -> StoreSnapshot
}

extension ObservationStore {
    /// Engines without a streaming path collect the feed into one batch.
    public func importFeed(_ feed: ObservationFeed) async throws(StoreError) -> ImportSummary {
        try await importFeedAsBatch(feed)
    }
}

/// Figures from one source, written together or not at all.
public struct ImportBatch: Sendable {
    public var source: DataSource
    public var observations: [Observation]
    public var aggregates: [PublishedAggregate]
    /// Store nothing when a source of the same kind and reference is stored already; checked
    /// inside the import's transaction, so processes seeding one database at once store it once.
    public var skipIfSourceStored: Bool

    public init(
        source: DataSource, observations: [Observation], aggregates: [PublishedAggregate] = [],
        skipIfSourceStored: Bool = false
    ) {
        self.source = source
        self.observations = observations
        self.aggregates = aggregates
        self.skipIfSourceStored = skipIfSourceStored
    }
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    /// Figures written (new, or replacing older ones).
    public var stored: Int
    /// Figures left out because the store already held a newer figure for the same key.
    public var keptNewer: Int
    /// The id the source was stored under.
    public var sourceID: Int64

    public init(stored: Int, keptNewer: Int, sourceID: Int64) {
        self.stored = stored
        self.keptNewer = keptNewer
        self.sourceID = sourceID
    }
}

/// Which figures to read; `nil` means any.
public struct ObservationQuery: Sendable {
    public var indicators: [IndicatorID]?
    public var regions: [RegionID]?
    public var years: ClosedRange<Int>?
    public var basis: PriceBasis?

    public init(
        indicators: [IndicatorID]? = nil, regions: [RegionID]? = nil, years: ClosedRange<Int>? = nil,
        basis: PriceBasis? = nil
    ) {
        self.indicators = indicators
        self.regions = regions
        self.years = years
        self.basis = basis
    }
}

/// Which published aggregates to read; `nil` means any.
public struct AggregateQuery: Sendable {
    public var indicators: [IndicatorID]?
    public var network: String?
    public var years: ClosedRange<Int>?
    public var basis: PriceBasis?

    public init(
        indicators: [IndicatorID]? = nil, network: String? = nil, years: ClosedRange<Int>? = nil,
        basis: PriceBasis? = nil
    ) {
        self.indicators = indicators
        self.network = network
        self.years = years
        self.basis = basis
    }
}

/// A summary of what a store holds.
public struct StoreStatus: Sendable, Equatable {
    public var engine: String
    public var location: String
    public var schemaVersion: String
    public var observationCount: Int
    public var aggregateCount: Int
    /// Figures per source title.
    public var countsBySource: [String: Int]

    public init(
        engine: String, location: String, schemaVersion: String, observationCount: Int, aggregateCount: Int,
        countsBySource: [String: Int]
    ) {
        self.engine = engine
        self.location = location
        self.schemaVersion = schemaVersion
        self.observationCount = observationCount
        self.aggregateCount = aggregateCount
        self.countsBySource = countsBySource
    }
}
