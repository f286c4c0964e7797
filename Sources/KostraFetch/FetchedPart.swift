public import Foundation

/// One answer of a (possibly split) data query: the raw JSON-stat bytes, undecoded.
///
/// A query that is too long or too large is split into several sub-queries, each fetched
/// separately. The importer decodes every part and puts the cells together; ``index``
/// gives the order in which ``QuerySplitter`` produced the parts, so reassembly is deterministic.
public struct FetchedPart: Sendable, Hashable {
    /// Position of this part among the parts of the original query, from 0.
    public var index: Int
    /// How many parts the original query was split into.
    public var count: Int
    /// The sub-query this part answers.
    public var query: PxWebQuery
    /// The exact URL fetched; for a POST, `POST <url> <body>` (also its cache key).
    public var url: String
    /// The body as SSB sent it.
    public var body: [UInt8]
    /// When SSB answered (for a cached body: when it was first fetched).
    public var fetchedAt: Date
    /// Whether this run served the body from the cache.
    public var fromCache: Bool

    /// Creates a part.
    public init(index: Int, count: Int, query: PxWebQuery, url: String, body: [UInt8], fetchedAt: Date, fromCache: Bool) {
        self.index = index
        self.count = count
        self.query = query
        self.url = url
        self.body = body
        self.fetchedAt = fetchedAt
        self.fromCache = fromCache
    }

    /// URL, fetch time and cache flag together, for citation.
    public var provenance: FetchProvenance {
        FetchProvenance(url: url, fetchedAt: fetchedAt, fromCache: fromCache)
    }

    /// Parts sorted into the order the splitter produced them, whatever order they are
    /// given in; use it before reassembling cells so the result never depends on timing.
    public static func inQueryOrder(_ parts: [FetchedPart]) -> [FetchedPart] {
        parts.sorted { $0.index < $1.index }
    }
}
