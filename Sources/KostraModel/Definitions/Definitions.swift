public import Foundation

/// The definitions the tool ships as data files: regions, networks and the indicator catalogue.
public struct Definitions: Sendable {
    public let regions: RegionRegistry
    public let networks: [Network]
    public let catalog: IndicatorCatalog

    public init(regions: RegionRegistry, networks: [Network], catalog: IndicatorCatalog) {
        self.regions = regions
        self.networks = networks
        self.catalog = catalog
    }

    /// The definitions bundled with the tool (read once).
    public static func bundled() throws(ModelError) -> Definitions {
        try cachedBundled.get()
    }

    private static let cachedBundled: Result<Definitions, ModelError> = Result { () throws(ModelError) in
        try load(from: ResourceFolder.url(module: "KostraModel", subfolder: "Resources"))
    }

    /// Reads the definitions from a folder holding `regions.json`, `networks.json` and `indicators.json`.
    public static func load(from folder: URL) throws(ModelError) -> Definitions {
        let regions: RegionsFile = try decode("regions.json", in: folder)
        let networks: NetworksFile = try decode("networks.json", in: folder)
        let indicators: IndicatorsFile = try decode("indicators.json", in: folder)
        // The other KOSTRA areas live in their own file, so social services' file stays as it was;
        // a folder without it (a test's own definitions) has social services only.
        let areas: AreasFile? =
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(AreasFile.name).path)
            ? try decode(AreasFile.name, in: folder) : nil
        return Definitions(
            regions: RegionRegistry(regions: regions.regions),
            networks: networks.networks,
            catalog: IndicatorCatalog(
                indicators: indicators.indicators + (areas?.indicators ?? []),
                profiles: indicators.profiles + (areas?.profiles ?? []),
                categories: indicators.categories + (areas?.categories ?? []).filter { !indicators.categories.contains($0) },
                plausibility: indicators.plausibility ?? FigurePlausibility())
        )
    }

    /// The network with this id or name (`asss`, `ASSS`, `ASSS med Oslo`).
    public func network(named name: String) throws(ModelError) -> Network {
        // Links carry the id; matching it first spares folding every network's names.
        if let network = networks.first(where: { $0.id == name }) ?? networks.first(where: { $0.isNamed(name) }) { return network }
        throw .unknownNetwork(name, known: networks.map(\.id))
    }

    static func decode<T: Decodable>(_ file: String, in folder: URL) throws(ModelError) -> T {
        let url = folder.appendingPathComponent(file)
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw .unreadableDefinitions(file: url.path, reason: String(describing: error))
        }
    }
}

private struct RegionsFile: Decodable {
    var regions: [Region]
}

private struct NetworksFile: Decodable {
    var networks: [Network]
}

private struct IndicatorsFile: Decodable {
    var indicators: [Indicator]
    var profiles: [ServiceProfileDefinition]
    var categories: [String]
    var plausibility: FigurePlausibility?
}
