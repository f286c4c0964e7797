package import Foundation
import KostraImport
public import KostraModel
package import KostraStore

/// The figures KostraKit ships, stored on first use so a fresh install has something to show.
public struct BundledData: Sendable {
    public struct Dataset: Decodable, Sendable {
        public var id: String
        public var title: String
        public var municipality: RegionID
        public var files: [String]
        public var note: String
    }

    private struct Manifest: Decodable {
        var datasets: [Dataset]
    }

    public let datasets: [Dataset]
    private let folder: URL

    /// Reads the manifest of the bundled datasets.
    public static func load() throws(KitError) -> BundledData {
        let folder = try kitResources()
        do {
            let manifest = try JSONDecoder().decode(
                Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("bundled.json")))
            return BundledData(datasets: manifest.datasets, folder: folder)
        } catch {
            throw .damagedInstallation("bundled.json cannot be read: \(error)")
        }
    }

    /// One import batch per dataset, read with the same reader users' files go through.
    func batch(for dataset: Dataset, definitions: Definitions, now: Date) throws -> ImportBatch {
        let reader = PublishedFiguresReader(definitions: definitions)
        var observations: [Observation] = []
        var aggregates: [PublishedAggregate] = []
        for file in dataset.files {
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let figures = try reader.read(
                text, origin: "bundled/\(url.lastPathComponent)", municipality: definitions.regions.region(id: dataset.municipality))
            observations += figures.observations
            aggregates += figures.aggregates
        }
        let source = DataSource(
            kind: .bundled, title: dataset.title, reference: "bundled:\(dataset.id)", retrievedAt: now, note: dataset.note)
        return ImportBatch(source: source, observations: observations, aggregates: aggregates, skipIfSourceStored: true)
    }

    /// Stores every dataset the store does not hold yet, each in one transaction; the check is
    /// repeated inside the transaction, so servers starting together over one database store it once.
    package func seed(_ store: any ObservationStore, definitions: Definitions, now: Date = Date()) async throws {
        for dataset in datasets where try await !store.hasSource(kind: .bundled, reference: "bundled:\(dataset.id)") {
            _ = try await store.importBatch(batch(for: dataset, definitions: definitions, now: now))
        }
    }
}

/// KostraKit's own `Resources/` folder (bundled figures, price indices, peer variables), found
/// beside the executable; a missing or unreadable folder is an error that says what to do.
func kitResources() throws(KitError) -> URL {
    do {
        return try ResourceFolder.url(module: "KostraKit", subfolder: "Resources")
    } catch {
        throw .resourcesUnavailable(error.errorDescription ?? "\(error)")
    }
}
