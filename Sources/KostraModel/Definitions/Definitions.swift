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
        return Definitions(
            regions: RegionRegistry(regions: regions.regions),
            networks: networks.networks,
            catalog: IndicatorCatalog(
                indicators: indicators.indicators, profiles: indicators.profiles, categories: indicators.categories,
                plausibility: indicators.plausibility ?? FigurePlausibility())
        )
    }

    /// The network with this id or name (`asss`, `ASSS`, `ASSS med Oslo`).
    public func network(named name: String) throws(ModelError) -> Network {
        // Links carry the id; matching it first spares folding every network's names.
        if let network = networks.first(where: { $0.id == name }) ?? networks.first(where: { $0.isNamed(name) }) { return network }
        throw .unknownNetwork(name, known: networks.map(\.id))
    }

    private static func decode<T: Decodable>(_ file: String, in folder: URL) throws(ModelError) -> T {
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
