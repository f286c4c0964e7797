public import Foundation
package import KostraStore

/// Which state of the figures the database holds; it changes with every write.
///
/// Reading it costs one small query, so a server can keep answers it has computed and check on
/// each request that nothing was written since (see ``Figures/dataVersion()``).
public struct DataVersion: Sendable, Hashable {
    private let sources: Int
    private let newestSourceID: Int64
    /// When the newest figures were fetched or imported.
    public let updatedAt: Date?

    package init(_ revision: StoreRevision) {
        self.init(sources: revision.sources, newestSourceID: revision.newestSourceID, updatedAt: revision.updatedAt)
    }

    package init(sources: Int, newestSourceID: Int64, updatedAt: Date?) {
        self.sources = sources
        self.newestSourceID = newestSourceID
        self.updatedAt = updatedAt
    }
}
