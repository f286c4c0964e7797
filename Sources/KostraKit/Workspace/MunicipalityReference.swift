public import KostraModel

/// What a use case accepts as "the municipality": a name or code as the user typed it (resolved
/// by the use case), or a `Region` an edge has already resolved (used as it is, not looked up again).
public protocol MunicipalityReference: Sendable {
    /// The municipality meant, with `Resolver`'s one error for each kind of mistake.
    func municipality(using resolver: Resolver) throws -> Region
}

extension String: MunicipalityReference {
    public func municipality(using resolver: Resolver) throws -> Region {
        try resolver.municipality(self)
    }
}

extension Region: MunicipalityReference {
    public func municipality(using resolver: Resolver) throws -> Region {
        guard kind == .municipality else { throw KitError.notAMunicipality(name: name) }
        return self
    }
}
