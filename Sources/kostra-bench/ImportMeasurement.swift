import Foundation
import KostraImport
import KostraModel
import KostraStore

/// Decodes the synthetic JSON-stat file and imports every cell with a value or a symbol into a
/// fresh SQLite store, streaming cells to the store; reports the import time and the store's size.
///
/// SYNTHETIC mapping: indicator `syn-f<function>-a<art>`, region `syn-<code>`, year from `Tid`.
enum ImportMeasurement {
    static func run(file: String, folder: String, runs: Int) async throws -> ChildResult {
        var seconds: [Double] = []
        var decodeSeconds: [Double] = []
        var stored = 0
        var size = 0
        var bytes = 0
        for run in 0..<runs {
            let (dataset, decodeTime) = try timed { () throws -> JSONStatDataset in
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                bytes = data.count
                return try JSONStatDecoder.decode(data, origin: file)
            }
            decodeSeconds.append(decodeTime)
            let path = folder + "/import-\(run).sqlite"
            try? FileManager.default.removeItem(atPath: path)
            let store = try SQLiteStore(path: path)
            let feed = feed(for: dataset, reference: file)
            let (summary, time) = try await timedAsync { try await store.importFeed(feed) }
            seconds.append(time)
            stored = summary.stored
            size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            try? FileManager.default.removeItem(atPath: path)
        }
        return ChildResult(
            seconds: seconds, peakKB: ChildResult.peakKilobytes(),
            info: [
                "rows": Double(stored), "storeBytes": Double(size), "bytes": Double(bytes),
                "decodeSeconds": decodeSeconds.sorted()[decodeSeconds.count / 2],
            ])
    }

    /// The dataset's cells as store figures, made one at a time as the store asks for them.
    static func feed(for dataset: JSONStatDataset, reference: String) -> ObservationFeed {
        let dimensions = dataset.dimensions
        let regions = dimensions[0].codes.map { "syn-" + $0 }
        let functions = dimensions[1].codes
        let arts = dimensions[2].codes
        let indicators = functions.flatMap { function in arts.map { "syn-f\(function)-a\($0)" } }
        let years = dimensions[4].codes.map { Int($0) ?? 0 }
        let yearStride = dimensions[3].count * dimensions[4].count
        let indicatorStride = yearStride
        let regionStride = functions.count * arts.count * yearStride
        let source = DataSource(
            kind: .file, title: "SYNTETISK benchmark-tabell", reference: reference,
            retrievedAt: Date(timeIntervalSince1970: 1_732_000_000))
        // The file runs region by region; the feed walks it indicator by indicator (the store's
        // key order), which is arithmetic on the position, not a sort.
        let yearCount = dimensions[4].count
        let perIndicator = regions.count * yearStride
        return ObservationFeed(source: source, count: dataset.count) { position in
            let indicator = position / perIndicator
            let region = (position % perIndicator) / yearStride
            let index = region * regionStride + indicator * indicatorStride + position % yearStride
            let value = dataset.value(at: index)
            let status = dataset.status(at: index)?.symbol
            guard value != nil || status != nil else { return nil }
            return Observation(
                indicator: indicators[indicator], region: regions[region], year: years[index % yearCount],
                value: value, status: status)
        }
    }
}
