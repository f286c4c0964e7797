import Foundation

/// Builds regions from a stored KLASS 131 load, for the municipalities the bundled
/// `regions.json` does not describe, following each code back through the change feed.
///
/// A change whose old and new names are the same (`0219 Bærum → 3024 Bærum`) continues the
/// same municipality under a new code; other old codes of the same change are predecessors
/// that merged into it. Bundled regions always win: their codes are never reused here.
public enum KlassRegionBuilder {
    /// The id given to a municipality known only from KLASS: `kommune-` and its current code.
    public static func id(for code: String) -> RegionID { "kommune-\(code)" }

    public static func regions(from snapshot: ClassificationSnapshot, bundled: [Region]) -> [Region] {
        let bundledCodes = Set(bundled.flatMap { $0.codes.map(\.code) })
        var changesByNew: [String: [ClassificationSnapshot.Change]] = [:]
        for change in snapshot.changes where change.oldCode != change.newCode && !change.oldCode.isEmpty {
            changesByNew[change.newCode, default: []].append(change)
        }
        var regions: [Region] = []
        var used = bundledCodes
        for current in snapshot.codes where !current.code.hasPrefix("99") && !bundledCodes.contains(current.code) {
            let id = Self.id(for: current.code)
            var codes: [DatedCode] = []
            var mergers: [Merger] = []
            var frontier = current.code
            var frontierName = current.name
            var until: Int?
            // Walk back through the feed, latest change first; a few steps cover every real history.
            for _ in 0..<8 {
                let earlier = (changesByNew[frontier] ?? []).filter { change in
                    guard let year = change.year else { return false }
                    return until.map { year <= $0 } ?? true
                }
                guard let latest = earlier.compactMap(\.year).max() else { break }
                let group = earlier.filter { $0.year == latest }
                let core =
                    group.first { NameFolding.key($0.oldName) == NameFolding.key(frontierName) }
                    ?? (group.count == 1 ? group[0] : nil)
                codes.insert(DatedCode(code: frontier, from: latest, to: until), at: 0)
                let others = group.filter { $0 != core && !used.contains($0.oldCode) }
                if !others.isEmpty {
                    mergers.append(Merger(year: latest, predecessors: others.map { Self.id(for: $0.oldCode) }))
                    for other in others {
                        used.insert(other.oldCode)
                        regions.append(
                            Region(
                                id: Self.id(for: other.oldCode), kind: .municipality, name: other.oldName,
                                codes: [DatedCode(code: other.oldCode, to: latest - 1)], successor: id))
                    }
                }
                guard let core, !bundledCodes.contains(core.oldCode) else {
                    until = nil
                    frontier = ""
                    break
                }
                frontier = core.oldCode
                frontierName = core.oldName
                until = latest - 1
            }
            if !frontier.isEmpty { codes.insert(DatedCode(code: frontier, to: until), at: 0) }
            used.formUnion(codes.map(\.code))
            let parts = current.name.components(separatedBy: " - ")
            regions.append(
                Region(
                    id: id, kind: .municipality, name: parts[0], codes: codes,
                    alternativeNames: parts.count > 1 ? [current.name] + parts.dropFirst() : nil,
                    mergers: mergers.isEmpty ? nil : mergers.sorted { $0.year < $1.year },
                    note: "From SSB KLASS 131 (\(snapshot.source.reference))."))
        }
        return regions
    }
}
