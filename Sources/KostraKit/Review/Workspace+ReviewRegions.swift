import KostraModel

extension Workspace {
    /// The municipality and its peers, each found by name or any code, checked to be distinct municipalities.
    func municipalityAndPeers(_ name: String, peers: [String]) throws -> (Region, [Region]) {
        let municipality = try definitions.regions.find(name)
        guard municipality.kind == .municipality else { throw KitError.notAMunicipality(name: municipality.name) }
        var seen: Set<RegionID> = [municipality.id]
        var found: [Region] = []
        for peerName in peers {
            let peer = try definitions.regions.find(peerName)
            guard peer.kind == .municipality else { throw ReviewError.notAMunicipality(name: peer.name) }
            guard seen.insert(peer.id).inserted else { throw ReviewError.duplicateRegion(name: peer.name) }
            found.append(peer)
        }
        return (municipality, found)
    }

    /// The network named, or none for `none`/empty.
    func optionalNetwork(_ name: String?) throws -> Network? {
        guard let name, !name.isEmpty, name.lowercased() != "none" else { return nil }
        return try definitions.network(named: name)
    }
}
