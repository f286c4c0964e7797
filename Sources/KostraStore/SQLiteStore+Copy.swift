import GRDB
import KostraModel

extension SQLiteStore {
    public func snapshot() async throws(StoreError) -> StoreSnapshot {
        // One read transaction, so the three lists agree with each other.
        do {
            return try await reader.read { db in try Self.snapshot(in: db) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func restore(_ snapshot: StoreSnapshot) async throws(StoreError) -> StoreSnapshot {
        let path = self.path
        do {
            return try await queue.write { db in
                let sources = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source") ?? 0
                if sources > 0 {
                    let figures =
                        (try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM observation) + (SELECT COUNT(*) FROM publishedAggregate)")) ?? 0
                    throw StoreError.notEmpty(location: path, sources: sources, figures: figures)
                }
                var asOf: [Int64: String] = [:]
                for source in snapshot.sources {
                    guard let id = source.id else {
                        throw StoreError.copyMismatch(location: path, reason: "a source without an id")
                    }
                    // Dates go in as GRDB's own text, built from whole milliseconds (see StoredDate).
                    try db.execute(
                        sql: """
                            INSERT INTO source (id, kind, title, reference, publishedAt, retrievedAt, preliminary, note)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            id, source.kind.rawValue, source.title, source.reference,
                            source.publishedAt.map(StoredDate.sqliteText), StoredDate.sqliteText(source.retrievedAt),
                            source.preliminary, source.note,
                        ])
                    asOf[id] = StoredDate.sqliteText(source.asOf)
                }
                let observationStatement = try db.cachedStatement(
                    sql: """
                        INSERT INTO observation (indicatorId, regionId, year, basis, value, numerator, denominator, status, sourceId, asOf)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for o in snapshot.observations {
                    guard let id = o.source?.id, let stamp = asOf[id] else {
                        throw StoreError.copyMismatch(location: path, reason: "a figure whose source is not in the copy")
                    }
                    try observationStatement.execute(arguments: [
                        o.indicator, o.region, o.year, o.basis.rawValue, o.value, o.numerator, o.denominator,
                        o.status?.rawValue, id, stamp,
                    ])
                }
                let aggregateStatement = try db.cachedStatement(
                    sql: """
                        INSERT INTO publishedAggregate (indicatorId, networkId, year, basis, statistic, value, status, label, sourceId, asOf)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for a in snapshot.aggregates {
                    guard let id = a.source?.id, let stamp = asOf[id] else {
                        throw StoreError.copyMismatch(location: path, reason: "a figure whose source is not in the copy")
                    }
                    try aggregateStatement.execute(arguments: [
                        a.indicator, a.network, a.year, a.basis.rawValue, a.statistic.rawValue, a.value,
                        a.status?.rawValue, a.label, id, stamp,
                    ])
                }
                let written = try Self.snapshot(in: db)
                try CopyCheck.verify(written: written, expected: snapshot, location: path)
                return written
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    static func snapshot(in db: Database) throws -> StoreSnapshot {
        let sources = try Row.fetchAll(db, sql: "SELECT \(Self.sourceColumns) FROM source s ORDER BY s.id").map {
            Self.source(from: $0, at: 0)
        }
        return StoreSnapshot(
            sources: sources, observations: try Self.readObservations(db, ObservationQuery()),
            aggregates: try Self.readAggregates(db, AggregateQuery()))
    }
}

/// The check both engines run on what a copy wrote, before committing it.
enum CopyCheck {
    static func verify(written: StoreSnapshot, expected: StoreSnapshot, location: String) throws(StoreError) {
        let counts = { (s: StoreSnapshot) in "\(s.sources.count) sources, \(s.observations.count) observations, \(s.aggregates.count) aggregates" }
        guard counts(written) == counts(expected) else {
            throw .copyMismatch(location: location, reason: "wrote \(counts(expected)) but read back \(counts(written))")
        }
        guard written.checksum == expected.checksum else {
            throw .copyMismatch(
                location: location, reason: "checksum \(written.checksum) read back, \(expected.checksum) expected")
        }
    }
}
