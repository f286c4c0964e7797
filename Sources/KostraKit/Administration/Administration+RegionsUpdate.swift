public import Foundation
public import KostraFetch
public import KostraModel
import KostraStore

/// What `kostra regions update` loaded.
public struct RegionsUpdateReport: Sendable {
    public var validAt: String
    public var codes: Int
    public var changes: Int
    /// Municipalities now known from KLASS in addition to the bundled ones.
    public var addedRegions: Int
    public var urls: [String]
}

extension Administration {
    /// The earliest change loaded: before the 2000s KLASS history is not needed for KOSTRA series.
    static let klassChangesFrom = "2000-01-01"

    /// Loads KLASS classification 131 (codes valid on `date` and the changes since 2000) into
    /// the store, replacing an earlier load in one transaction. Lookups then know every
    /// municipality, not only the bundled ones.
    /// - Parameters:
    ///   - klassBase: KLASS API base URL; SSB's when `nil`.
    ///   - configuration: client settings; SSB's defaults with `klassBase` when `nil` (tests pass their own).
    public func updateRegions(
        klassBase: String? = nil, date: Date = Date(), configuration: FetchConfiguration? = nil, now: Date = Date()
    ) async throws -> RegionsUpdateReport {
        var configuration = configuration ?? FetchConfiguration()
        if let klassBase { configuration.klassBase = klassBase }
        let client = KlassClient(configuration: configuration, logger: workspace.logger)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        let next = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: 1, to: date) ?? date)
        guard let at = KlassDate(year: day.year ?? 0, month: day.month ?? 0, day: day.day ?? 0),
            let to = KlassDate(year: next.year ?? 0, month: next.month ?? 0, day: next.day ?? 0),
            let from = KlassDate(Self.klassChangesFrom)
        else { throw FetchRunError.nothingToFetch("the date \(date) cannot be written as a KLASS date") }
        let codes = try await client.codesAt(date: at)
        let changes = try await client.changes(from: from, to: to)
        let snapshot = ClassificationSnapshot(
            classification: KlassClient.municipalities, validAt: at.description,
            codes: codes.codes.map { .init(code: $0.code, name: $0.name) },
            changes: changes.changes.map {
                .init(
                    changeOccurred: $0.changeOccurred.description, oldCode: $0.oldCode, oldName: $0.oldName,
                    newCode: $0.newCode, newName: $0.newName)
            },
            source: DataSource(
                kind: .ssb, title: "SSB KLASS 131: Standard for kommuneinndeling",
                reference: "\(codes.source.url) \(changes.source.url)", retrievedAt: now))
        try await store.replaceClassification(snapshot)
        let added = KlassRegionBuilder.regions(from: snapshot, bundled: definitions.regions.regions)
        return RegionsUpdateReport(
            validAt: at.description, codes: snapshot.codes.count, changes: snapshot.changes.count, addedRegions: added.count,
            urls: [codes.source.url, changes.source.url])
    }

    /// The definitions with the municipalities of a stored KLASS 131 load added to the bundled ones.
    public static func definitions(_ bundled: Definitions, adding snapshot: ClassificationSnapshot?) -> Definitions {
        guard let snapshot else { return bundled }
        let extra = KlassRegionBuilder.regions(from: snapshot, bundled: bundled.regions.regions)
        return Definitions(
            regions: RegionRegistry(regions: bundled.regions.regions + extra), networks: bundled.networks, catalog: bundled.catalog)
    }
}
