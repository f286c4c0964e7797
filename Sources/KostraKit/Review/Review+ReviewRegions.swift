import KostraAnalysis
import KostraModel

extension Review {
    /// The municipality and its peers, each found by name or any code, checked to be distinct municipalities.
    ///
    /// A peer written `@nearest` (or `@nearest:N`) stands for the municipality's N nearest neighbours
    /// (default 10) on the default structural variables, as `kostra peers NAME` lists them.
    func municipalityAndPeers(_ name: some MunicipalityReference, peers: [String]) async throws -> (Region, [Region]) {
        let municipality = try resolve.municipality(name)
        var seen: Set<RegionID> = [municipality.id]
        var found: [Region] = []
        for peerName in peers {
            let regions: [Region]
            if let count = try Self.nearestCount(peerName) {
                let search = try await self.peers(of: municipality.id, count: count)
                regions = search.result.neighbours.compactMap { definitions.regions.region(id: $0.region) }
            } else {
                regions = [try resolve.municipality(peerName)]
            }
            for peer in regions {
                guard seen.insert(peer.id).inserted else { throw ReviewError.duplicateRegion(name: peer.name) }
                found.append(peer)
            }
        }
        return (municipality, found)
    }

    /// N for `@nearest:N` (10 for `@nearest`), or `nil` for an ordinary name.
    static func nearestCount(_ text: String) throws(ReviewError) -> Int? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("@nearest") else { return nil }
        let rest = lowered.dropFirst("@nearest".count)
        if rest.isEmpty { return 10 }
        guard rest.hasPrefix(":"), let count = Int(rest.dropFirst()), count >= 1 else {
            throw .badPeerSet(text)
        }
        return count
    }

    /// The network named, or none for `none`/empty.
    func optionalNetwork(_ name: String?) throws -> Network? {
        guard let name, !name.isEmpty, name.lowercased() != "none" else { return nil }
        return try definitions.network(named: name)
    }
}
