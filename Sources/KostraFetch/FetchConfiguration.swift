public import Foundation

/// Settings for ``PxWebClient`` and ``KlassClient``.
public struct FetchConfiguration: Sendable {
    /// PxWebApi v2 base URL.
    public var apiBase: String
    /// KLASS API base URL.
    public var klassBase: String
    /// Where answers are cached (see ``ResponseCache/defaultDirectory(environment:)``).
    public var cacheDirectory: URL
    /// Serve from the cache alone; a URL not in the cache is an error.
    public var offline: Bool
    /// How old a cached answer may be before it is fetched again; `nil` never expires.
    public var maxAge: Duration?
    /// The rate limit (SSB publishes 30 requests per 60 s per IP address).
    public var throttle: RequestThrottle.Configuration
    /// When to retry and how long to wait.
    public var retry: RetryPolicy
    /// The time one request (connect, headers and whole body) may take.
    public var requestTimeout: Duration
    /// The `User-Agent` header.
    public var userAgent: String
    /// The longest GET URL to send; SSB answers 404 above about 2 100 characters.
    public var maxURLLength: Int
    /// The most cells per query; SSB's `maxDataCells` is 800 000.
    public var maxDataCells: Int
    /// Send a query whose GET URL would pass `maxURLLength` as one POST (no length limit at
    /// SSB) instead of splitting it into several GETs; the cell limit still splits.
    public var postLongQueries: Bool
    /// The largest body accepted, in bytes, so a runaway answer cannot exhaust memory.
    public var maxBodyBytes: Int

    /// Creates a configuration with SSB's endpoints and limits as defaults.
    public init(
        apiBase: String = PxWebQuery.defaultAPIBase,
        klassBase: String = KlassClient.defaultKlassBase,
        cacheDirectory: URL = ResponseCache.defaultDirectory(),
        offline: Bool = false,
        maxAge: Duration? = nil,
        throttle: RequestThrottle.Configuration = .init(),
        retry: RetryPolicy = .init(),
        requestTimeout: Duration = .seconds(60),
        userAgent: String = "KostraKit/0.1",
        maxURLLength: Int = 2_000,
        maxDataCells: Int = 800_000,
        maxBodyBytes: Int = 256 * 1024 * 1024,
        postLongQueries: Bool = true
    ) {
        self.apiBase = apiBase
        self.klassBase = klassBase
        self.cacheDirectory = cacheDirectory
        self.offline = offline
        self.maxAge = maxAge
        self.throttle = throttle
        self.retry = retry
        self.requestTimeout = requestTimeout
        self.userAgent = userAgent
        self.maxURLLength = maxURLLength
        self.maxDataCells = maxDataCells
        self.maxBodyBytes = maxBodyBytes
        self.postLongQueries = postLongQueries
    }
}
