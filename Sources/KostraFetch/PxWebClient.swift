public import AsyncHTTPClient
import Foundation
public import Logging

/// A client for SSB's PxWebApi v2 that returns raw JSON-stat bytes.
///
/// It splits queries that are too long or too large (``QuerySplitter``), throttles to SSB's
/// rate limit (``RequestThrottle``), retries transient failures (``RetryPolicy``) and caches
/// every answer on disk by its exact URL (``ResponseCache``), so a repeated run makes no
/// request and `offline` runs need no network. Requests are sent one at a time: SSB answers
/// 429 to parallel bursts. Data bodies are not decoded here; the importer does that.
///
/// ```swift
/// let client = PxWebClient(configuration: .init(), logger: logger)
/// let parts = try await client.data(PxWebQuery(table: "12134", selections: [
///     .codes("KOKkommuneregion0000", ["0301", "4601"]),
///     .codes("ContentsCode", ["KOSAG110000"]),
///     .top("Tid", 3),
/// ]))
/// ```
public actor PxWebClient {
    /// The settings in use.
    public nonisolated let configuration: FetchConfiguration
    private let fetcher: HTTPFetcher
    private let logger: Logger
    /// Metadata already read in this run, by URL.
    private var metadataByURL: [String: TableMetadata] = [:]
    /// SSB's `/config`, once read.
    private var serverConfig: PxWebConfig?

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - configuration: endpoints, cache, limits and retry settings.
    ///   - httpClient: the HTTP client; the process-wide shared one by default.
    ///   - clock: the time source for throttling and back-off; injected in tests.
    ///   - throttle: a throttle to share with other clients of the same host; by default one is
    ///     made from `configuration.throttle`.
    ///   - logger: where requests, cache hits and retries are logged.
    public init(
        configuration: FetchConfiguration,
        httpClient: HTTPClient = .shared,
        clock: any FetchClock = SystemFetchClock(),
        throttle: RequestThrottle? = nil,
        logger: Logger
    ) {
        self.configuration = configuration
        self.logger = logger
        self.fetcher = .standard(
            configuration: configuration, httpClient: httpClient, clock: clock, throttle: throttle, logger: logger)
    }

    /// The splitter this client uses, with the configured limits.
    public nonisolated var splitter: QuerySplitter {
        QuerySplitter(maxURLLength: configuration.maxURLLength, maxCells: configuration.maxDataCells, apiBase: configuration.apiBase)
    }

    /// A table's metadata: dimensions, category codes in order, label and update time.
    public func metadata(table: String, language: String = "no") async throws(FetchError) -> TableMetadata {
        try await metadata(url: PxWebQuery.metadataURL(apiBase: configuration.apiBase, table: table, language: language), table: table)
    }

    /// The metadata that matches a query: same language, same codelists.
    public func metadata(for query: PxWebQuery) async throws(FetchError) -> TableMetadata {
        try await metadata(url: query.metadataURL(apiBase: configuration.apiBase), table: query.table)
    }

    /// The sub-queries `data(_:)` would fetch, in order, without fetching data.
    /// Metadata is fetched only when a selection is not an explicit code list.
    public func plan(_ query: PxWebQuery) async throws(FetchError) -> [PxWebQuery] {
        let needsMetadata = query.selections.contains { $0.filter.explicitCodes == nil }
        let metadata = needsMetadata ? try await metadata(for: query) : nil
        var splitter = self.splitter
        // A long selection goes as one POST instead of being split by URL length.
        if configuration.postLongQueries { splitter.maxURLLength = .max }
        splitter.maxCells = maxDataCells
        return try splitter.split(query, metadata: metadata)
    }

    /// The most cells one query may select in this run: SSB's `maxDataCells` once ``config()``
    /// has been read, else (or when stricter) the configured one.
    public var maxDataCells: Int {
        serverConfig?.maxDataCells.map { min($0, configuration.maxDataCells) } ?? configuration.maxDataCells
    }

    /// How many cells a query selects, counted as ``plan(_:)`` counts them (`*` and
    /// expressions from the table's metadata when they need it).
    public func cellCount(_ query: PxWebQuery) async throws(FetchError) -> Int {
        let needsMetadata = query.selections.contains { $0.filter.explicitCodes == nil }
        let metadata = needsMetadata ? try await metadata(for: query) : nil
        return splitter.cellCount(query, metadata: metadata)
    }

    /// Fetches a query's data as raw JSON-stat 2.0 bodies, one per sub-query, in the order
    /// of ``plan(_:)`` (``FetchedPart/index`` counts from 0).
    ///
    /// - Throws: ``FetchError``: an HTTP error with SSB's `title`, a transport failure after
    ///   all retries, an HTML page or a cut-off body, a cache miss in offline mode, or a query
    ///   that cannot be split within SSB's limits.
    public func data(_ query: PxWebQuery) async throws(FetchError) -> [FetchedPart] {
        let queries = try await plan(query)
        if queries.count > 1 {
            logger.info("Split query", metadata: ["table": "\(query.table)", "parts": "\(queries.count)"])
        }
        var parts: [FetchedPart] = []
        for (index, part) in queries.enumerated() {
            var url = part.dataURL(apiBase: configuration.apiBase)
            var post: [UInt8]?
            if configuration.postLongQueries, url.count > configuration.maxURLLength {
                url = part.postURL(apiBase: configuration.apiBase)
                post = part.postBody()
            }
            let fetched = try await fetcher.fetch(url, post: post)
            parts.append(
                FetchedPart(
                    index: index,
                    count: queries.count,
                    query: part,
                    url: HTTPFetcher.cacheKey(url, post: post),
                    body: fetched.body,
                    fetchedAt: fetched.fetchedAt,
                    fromCache: fetched.fromCache
                )
            )
        }
        return parts
    }

    /// SSB's stated limits (`/config`). Read once per client; the data queries then split at
    /// SSB's `maxDataCells` instead of the configured default.
    public func config() async throws(FetchError) -> PxWebConfig {
        if let known = serverConfig { return known }
        let url = "\(PxWebQuery.trimmedBase(configuration.apiBase))/config"
        let fetched = try await fetcher.fetch(url)
        let config = try PxWebConfig.parse(Data(fetched.body), url: url)
        serverConfig = config
        // A stated call limit is adopted when it is stricter, scaled to the throttle's window;
        // SSB answers 0 (not in use), and then the x-ratelimit-* headers govern.
        if let calls = config.maxCallsPerTimeWindow, let window = config.timeWindow {
            let ours = Double(await fetcher.throttle.currentWindow.components.seconds)
            let scaled = Int((Double(calls) * ours / Double(window)).rounded(.down))
            await fetcher.throttle.observe(limit: max(scaled, 1), remaining: nil)
        }
        return config
    }

    /// One page of SSB's table list for a search (`/tables?query=…`).
    public func tables(
        matching query: String, pageNumber: Int = 1, pageSize: Int = 20, includeDiscontinued: Bool = true, language: String = "no"
    ) async throws(FetchError) -> TableList {
        let url = TableList.url(
            apiBase: configuration.apiBase, query: query, pageNumber: pageNumber, pageSize: pageSize,
            includeDiscontinued: includeDiscontinued, language: language)
        let fetched = try await fetcher.fetch(url)
        return try TableList.parse(Data(fetched.body), url: url)
    }

    private func metadata(url: String, table: String) async throws(FetchError) -> TableMetadata {
        if let known = metadataByURL[url] { return known }
        let fetched = try await fetcher.fetch(url)
        var metadata = try TableMetadata.parse(Data(fetched.body), table: table, url: url)
        metadata.source = FetchProvenance(url: url, fetchedAt: fetched.fetchedAt, fromCache: fetched.fromCache)
        metadataByURL[url] = metadata
        return metadata
    }
}
