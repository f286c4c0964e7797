import Foundation
import KostraModel
import PostgresNIO

/// Writing to PostgreSQL, always inside a transaction the caller opened.
///
/// Figures go in as multi-row `INSERT … ON CONFLICT DO UPDATE … WHERE excluded.asOf >=
/// stored.asOf`: PostgreSQL locks each key's row, so of two imports running at once the
/// newer figure wins whichever commits last, and nothing is lost. Rows are sent sorted by
/// key, so two imports lock shared keys in the same order and cannot deadlock each other.
enum PostgresWriter {
    /// Rows per INSERT statement (10 parameters each, well under PostgreSQL's 65 535).
    static let chunkSize = 1000

    static func write(_ batch: ImportBatch, on connection: PostgresConnection) async throws -> ImportSummary {
        let source = batch.source
        let logger = connection.logger
        if batch.skipIfSourceStored {
            // Serialises imports of the same source, so the check below cannot race another process.
            try await connection.query(
                "SELECT pg_advisory_xact_lock(\(PostgresStore.lockClass), hashtext(\(source.kind.rawValue + ":" + source.reference)))",
                logger: logger)
            let existing = try await connection.query(
                "SELECT id FROM source WHERE kind = \(source.kind.rawValue) AND reference = \(source.reference) ORDER BY id LIMIT 1",
                logger: logger
            ).collect().first?.decode(Int64.self)
            if let existing { return ImportSummary(stored: 0, keptNewer: 0, sourceID: existing) }
        }
        let sourceID = try await insertSource(source, id: nil, on: connection)
        let asOf = StoredDate.normalized(source.asOf)

        // The last of several figures for one key wins, as it does in SQLite's row-by-row import;
        // PostgreSQL refuses one statement touching a row twice, so duplicates are folded first.
        var observations: [String: (observation: Observation, count: Int)] = [:]
        for observation in batch.observations {
            let key = key(observation)
            observations[key] = (observation, (observations[key]?.count ?? 0) + 1)
        }
        let sortedObservations = observations.sorted { $0.key < $1.key }.map(\.value)
        var stored = 0
        var kept = 0
        for start in stride(from: 0, to: sortedObservations.count, by: chunkSize) {
            let chunk = sortedObservations[start..<min(start + chunkSize, sortedObservations.count)]
            let written = try await upsertObservations(chunk.map(\.observation), sourceID: sourceID, asOf: asOf, on: connection)
            for entry in chunk {
                if written.contains(key(entry.observation)) { stored += entry.count } else { kept += entry.count }
            }
        }

        var aggregates: [String: (aggregate: PublishedAggregate, count: Int)] = [:]
        for aggregate in batch.aggregates {
            let key = key(aggregate)
            aggregates[key] = (aggregate, (aggregates[key]?.count ?? 0) + 1)
        }
        let sortedAggregates = aggregates.sorted { $0.key < $1.key }.map(\.value)
        for start in stride(from: 0, to: sortedAggregates.count, by: chunkSize) {
            let chunk = sortedAggregates[start..<min(start + chunkSize, sortedAggregates.count)]
            let written = try await upsertAggregates(chunk.map(\.aggregate), sourceID: sourceID, asOf: asOf, on: connection)
            for entry in chunk {
                if written.contains(key(entry.aggregate)) { stored += entry.count } else { kept += entry.count }
            }
        }
        return ImportSummary(stored: stored, keptNewer: kept, sourceID: sourceID)
    }

    /// Writes a snapshot into an empty database, keeping source ids, and checks what it reads back.
    static func restore(_ snapshot: StoreSnapshot, on connection: PostgresConnection, location: String) async throws
        -> StoreSnapshot
    {
        let logger = connection.logger
        // Nobody else may write while the copy checks emptiness and fills the tables.
        try await connection.query("LOCK TABLE source, observation, publishedAggregate IN EXCLUSIVE MODE", logger: logger)
        let (sources, figures) =
            try await connection.query(
                """
                SELECT (SELECT COUNT(*) FROM source),
                       (SELECT COUNT(*) FROM observation) + (SELECT COUNT(*) FROM publishedAggregate)
                """, logger: logger
            ).collect().first?.decode((Int, Int).self) ?? (0, 0)
        if sources > 0 { throw StoreError.notEmpty(location: location, sources: sources, figures: figures) }
        var asOf: [Int64: Date] = [:]
        for source in snapshot.sources {
            guard let id = source.id else { throw StoreError.copyMismatch(location: location, reason: "a source without an id") }
            _ = try await insertSource(source, id: id, on: connection)
            asOf[id] = StoredDate.normalized(source.asOf)
        }
        if !snapshot.sources.isEmpty {
            // Later imports must not reuse a copied id.
            try await connection.query(
                "SELECT setval(pg_get_serial_sequence('source', 'id'), (SELECT MAX(id) FROM source))", logger: logger)
        }
        for start in stride(from: 0, to: snapshot.observations.count, by: chunkSize) {
            let chunk = snapshot.observations[start..<min(start + chunkSize, snapshot.observations.count)]
            var values: [String] = []
            var binds = PostgresBindings(capacity: chunk.count * 10)
            for o in chunk {
                guard let id = o.source?.id, let stamp = asOf[id] else {
                    throw StoreError.copyMismatch(location: location, reason: "a figure whose source is not in the copy")
                }
                values.append(placeholders(binds.count, observationTypes))
                bindObservation(o, sourceID: id, asOf: stamp, into: &binds)
            }
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: "INSERT INTO observation (\(observationColumns)) VALUES \(values.joined(separator: ", "))",
                    binds: binds), logger: logger)
        }
        for start in stride(from: 0, to: snapshot.aggregates.count, by: chunkSize) {
            let chunk = snapshot.aggregates[start..<min(start + chunkSize, snapshot.aggregates.count)]
            var values: [String] = []
            var binds = PostgresBindings(capacity: chunk.count * 10)
            for a in chunk {
                guard let id = a.source?.id, let stamp = asOf[id] else {
                    throw StoreError.copyMismatch(location: location, reason: "a figure whose source is not in the copy")
                }
                values.append(placeholders(binds.count, aggregateTypes))
                bindAggregate(a, sourceID: id, asOf: stamp, into: &binds)
            }
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: "INSERT INTO publishedAggregate (\(aggregateColumns)) VALUES \(values.joined(separator: ", "))",
                    binds: binds), logger: logger)
        }
        let written = try await PostgresReader.snapshot(on: connection)
        try CopyCheck.verify(written: written, expected: snapshot, location: location)
        return written
    }

    // MARK: - Statements

    static let observationColumns = "indicatorId, regionId, year, basis, value, numerator, denominator, status, sourceId, asOf"
    static let aggregateColumns = "indicatorId, networkId, year, basis, statistic, value, status, label, sourceId, asOf"
    // Explicit types: in a multi-row VALUES list an all-NULL column would otherwise be taken for text.
    static let observationTypes = ["text", "text", "integer", "text", "float8", "float8", "float8", "text", "bigint", "timestamptz"]
    static let aggregateTypes = ["text", "text", "integer", "text", "text", "float8", "text", "text", "bigint", "timestamptz"]

    static func placeholders(_ offset: Int, _ types: [String]) -> String {
        var text = "("
        text.reserveCapacity(types.count * 16)
        var number = offset
        for type in types {
            number += 1
            if number > offset + 1 { text += ", " }
            text += "$"
            text += String(number)
            text += "::"
            text += type
        }
        return text + ")"
    }

    static func insertSource(_ source: DataSource, id: Int64?, on connection: PostgresConnection) async throws -> Int64 {
        let publishedAt = source.publishedAt.map(StoredDate.normalized)
        let retrievedAt = StoredDate.normalized(source.retrievedAt)
        let query: PostgresQuery
        if let id {
            query = """
                INSERT INTO source (id, kind, title, reference, publishedAt, retrievedAt, preliminary, note)
                VALUES (\(id), \(source.kind.rawValue), \(source.title), \(source.reference), \(publishedAt), \(retrievedAt),
                        \(source.preliminary), \(source.note))
                RETURNING id
                """
        } else {
            query = """
                INSERT INTO source (kind, title, reference, publishedAt, retrievedAt, preliminary, note)
                VALUES (\(source.kind.rawValue), \(source.title), \(source.reference), \(publishedAt), \(retrievedAt),
                        \(source.preliminary), \(source.note))
                RETURNING id
                """
        }
        guard let row = try await connection.query(query, logger: connection.logger).collect().first else {
            throw StoreError.database(path: "PostgreSQL", reason: "the new source's id was not returned")
        }
        return try row.decode(Int64.self)
    }

    static func bindObservation(_ o: Observation, sourceID: Int64, asOf: Date, into binds: inout PostgresBindings) {
        binds.append(o.indicator)
        binds.append(o.region)
        binds.append(o.year)
        binds.append(o.basis.rawValue)
        binds.append(o.value)
        binds.append(o.numerator)
        binds.append(o.denominator)
        binds.append(o.status?.rawValue)
        binds.append(sourceID)
        binds.append(asOf)
    }

    static func bindAggregate(_ a: PublishedAggregate, sourceID: Int64, asOf: Date, into binds: inout PostgresBindings) {
        binds.append(a.indicator)
        binds.append(a.network)
        binds.append(a.year)
        binds.append(a.basis.rawValue)
        binds.append(a.statistic.rawValue)
        binds.append(a.value)
        binds.append(a.status?.rawValue)
        binds.append(a.label)
        binds.append(sourceID)
        binds.append(asOf)
    }

    /// Returns the keys of the figures written (new or replacing an older one).
    static func upsertObservations(
        _ observations: [Observation], sourceID: Int64, asOf: Date, on connection: PostgresConnection
    ) async throws -> Set<String> {
        var values: [String] = []
        var binds = PostgresBindings(capacity: observations.count * 10)
        for o in observations {
            values.append(placeholders(binds.count, observationTypes))
            bindObservation(o, sourceID: sourceID, asOf: asOf, into: &binds)
        }
        let sql = """
            INSERT INTO observation (\(observationColumns))
            VALUES \(values.joined(separator: ", "))
            ON CONFLICT (indicatorId, regionId, year, basis) DO UPDATE SET
                value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
                status = excluded.status, sourceId = excluded.sourceId, asOf = excluded.asOf
            WHERE excluded.asOf >= observation.asOf
            RETURNING indicatorId, regionId, year, basis
            """
        var written: Set<String> = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: connection.logger) {
            let (indicator, region, year, basis) = try row.decode((String, String, Int, String).self)
            written.insert(keyText([indicator, region, String(year), basis]))
        }
        return written
    }

    static func upsertAggregates(
        _ aggregates: [PublishedAggregate], sourceID: Int64, asOf: Date, on connection: PostgresConnection
    ) async throws -> Set<String> {
        var values: [String] = []
        var binds = PostgresBindings(capacity: aggregates.count * 10)
        for a in aggregates {
            values.append(placeholders(binds.count, aggregateTypes))
            bindAggregate(a, sourceID: sourceID, asOf: asOf, into: &binds)
        }
        let sql = """
            INSERT INTO publishedAggregate (\(aggregateColumns))
            VALUES \(values.joined(separator: ", "))
            ON CONFLICT (indicatorId, networkId, year, basis, statistic) DO UPDATE SET
                value = excluded.value, status = excluded.status, label = excluded.label,
                sourceId = excluded.sourceId, asOf = excluded.asOf
            WHERE excluded.asOf >= publishedAggregate.asOf
            RETURNING indicatorId, networkId, year, basis, statistic
            """
        var written: Set<String> = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: connection.logger) {
            let (indicator, network, year, basis, statistic) = try row.decode((String, String, Int, String, String).self)
            written.insert(keyText([indicator, network, String(year), basis, statistic]))
        }
        return written
    }

    // MARK: - Keys

    static func key(_ o: Observation) -> String { keyText([o.indicator, o.region, String(o.year), o.basis.rawValue]) }

    static func key(_ a: PublishedAggregate) -> String {
        keyText([a.indicator, a.network, String(a.year), a.basis.rawValue, a.statistic.rawValue])
    }

    /// Fields joined by a unit separator, which no identifier contains; sorts as the tuple does
    /// when compared byte-wise.
    static func keyText(_ fields: [String]) -> String { fields.joined(separator: "\u{1F}") }
}
