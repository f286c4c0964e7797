public import KostraModel

/// Turns what a user typed into the regions and networks the use cases work on, with one error
/// for each kind of mistake: an unknown name (`ModelError.unknownRegion`, with close matches),
/// a region that is not a municipality (`KitError.notAMunicipality`), an unknown network.
///
/// The edges resolve a request's names once, through this, and pass the regions down.
public struct Resolver: Sendable {
    let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// A municipality by any name or code it has had (Bærum, 0219, 3024, 3201).
    public func municipality(_ text: String) throws -> Region {
        let region = try definitions.regions.find(text)
        guard region.kind == .municipality else { throw KitError.notAMunicipality(name: region.name) }
        return region
    }

    /// The municipality a use case was given: resolved here when typed, as it is when already resolved.
    public func municipality(_ reference: some MunicipalityReference) throws -> Region {
        try reference.municipality(using: self)
    }

    /// The named municipalities, in order, without `excluded` and without repeats.
    public func peers(_ names: [String], excluding excluded: Region) throws -> [Region] {
        var regions: [Region] = []
        for name in names {
            let region = try municipality(name)
            if region.id != excluded.id && !regions.contains(region) { regions.append(region) }
        }
        return regions
    }

    /// A network by its id or name (`asss`).
    public func network(_ name: String) throws -> Network {
        try definitions.network(named: name)
    }
}
