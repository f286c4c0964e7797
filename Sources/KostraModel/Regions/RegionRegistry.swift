/// All regions the tool knows, with lookup by id, by any historical code and by name.
public struct RegionRegistry: Sendable {
    public let regions: [Region]
    private let byID: [RegionID: Region]
    private let byKey: [String: RegionID]

    public init(regions: [Region]) {
        self.regions = regions
        var byID: [RegionID: Region] = [:]
        var byKey: [String: RegionID] = [:]
        for region in regions {
            byID[region.id] = region
            for code in region.codes { byKey[NameFolding.key(code.code)] = region.id }
            for name in region.allNames where byKey[NameFolding.key(name)] == nil {
                byKey[NameFolding.key(name)] = region.id
            }
            byKey[NameFolding.key(region.id)] = region.id
        }
        self.byID = byID
        self.byKey = byKey
    }

    /// The region with this stable id.
    public func region(id: RegionID) -> Region? { byID[id] }

    /// Finds a region by any code it has had (`0219`, `3024`, `3201`), its id or any of its
    /// names, ignoring case, accents and punctuation (`bærum`, `Baerum`, `BÆRUM`).
    ///
    /// - Throws: ``ModelError/unknownRegion(_:suggestions:)`` listing the closest names.
    public func find(_ query: String) throws(ModelError) -> Region {
        let key = NameFolding.key(query)
        if let id = byKey[key], let region = byID[id] { return region }
        // "0219 Bærum" or "3201 Bærum": SSB's Statbank labels put the code first.
        if let code = query.split(separator: " ").first, let id = byKey[NameFolding.key(String(code))],
            code.allSatisfy(\.isNumber), let region = byID[id]
        {
            return region
        }
        throw .unknownRegion(query, suggestions: suggestions(for: query))
    }

    /// The region that had `code` in `year`, if any.
    public func region(code: String, year: Int) -> Region? {
        regions.first { region in region.codes.contains { $0.code == code && $0.isValid(in: year) } }
    }

    /// The closest known names to `query`, best first.
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let key = NameFolding.key(query)
        let scored = regions.map { region -> (String, Int) in
            let best =
                region.allNames.map { name -> Int in
                    let nameKey = NameFolding.key(name)
                    let prefixBonus = nameKey.hasPrefix(key) || key.hasPrefix(nameKey) ? -2 : 0
                    return NameFolding.distance(key, nameKey) + prefixBonus
                }.min() ?? Int.max
            return (region.name, best)
        }
        return scored.sorted { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.0)
    }

    /// The municipalities, sorted by name as Norwegian readers expect.
    public var municipalities: [Region] {
        regions.filter { $0.kind == .municipality }.sorted { NameFolding.key($0.name) < NameFolding.key($1.name) }
    }
}
