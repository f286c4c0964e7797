public import Foundation

/// Which state of the figures a store holds: it changes with every write.
///
/// Every write stores a new source row (its provenance) and sources are never deleted, so the
/// number of sources and the newest source id change whenever anything is written. Reading it
/// costs one small query, which lets a server keep answers it has computed and check, on each
/// request, that the store has not changed since.
public struct StoreRevision: Sendable, Hashable {
    /// How many sources are stored.
    public var sources: Int
    /// The newest source's id (0 when there is none).
    public var newestSourceID: Int64
    /// When the newest figures were fetched or imported.
    public var updatedAt: Date?

    public init(sources: Int, newestSourceID: Int64, updatedAt: Date?) {
        self.sources = sources
        self.newestSourceID = newestSourceID
        self.updatedAt = updatedAt
    }
}
