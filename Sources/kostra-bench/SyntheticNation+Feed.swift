import Foundation
import KostraModel
import KostraStore
import KostraTesting

extension SyntheticNation {
    /// Every figure of the nation as one import, as the render and load measurements store it.
    var feed: ObservationFeed {
        let all = observations
        return ObservationFeed(
            source: DataSource(kind: .file, title: "SYNTETISK nasjon", reference: "kostra-bench", retrievedAt: Date()),
            count: all.count
        ) { all[$0] }
    }
}
