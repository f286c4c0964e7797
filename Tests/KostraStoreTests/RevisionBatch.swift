import Foundation
import KostraModel
import KostraStore

extension ImportBatch {
    /// A one-figure import from its own source, for tests that watch the store's revision move.
    static func revisionTest(_ title: String, value: Double) -> ImportBatch {
        ImportBatch(
            source: DataSource(
                kind: .file, title: title, reference: "test/\(title)", retrievedAt: Date(timeIntervalSince1970: 1_700_000_000 + value)),
            observations: [Observation(indicator: "rbi", region: "baerum", year: 2024, value: value)])
    }
}
