public import Foundation

/// Where a body came from: the exact URL, when it was fetched from SSB, and whether
/// this run read it from the on-disk cache. Stored values keep it for citation.
public struct FetchProvenance: Sendable, Hashable {
    /// The exact URL asked for.
    public var url: String
    /// When SSB answered (for a cached body: when it was first fetched).
    public var fetchedAt: Date
    /// Whether this run served the body from the cache.
    public var fromCache: Bool

    /// Creates provenance.
    public init(url: String, fetchedAt: Date, fromCache: Bool) {
        self.url = url
        self.fetchedAt = fetchedAt
        self.fromCache = fromCache
    }
}
