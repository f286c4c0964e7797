import Foundation
import KostraModel
import PostgresNIO

/// Reading figures and sources from PostgreSQL, in the same order SQLite gives them.
///
/// Text is ordered with `COLLATE "C"` (byte order, as SQLite compares), whatever
/// locale the database was created with.
enum PostgresReader {
    static let sourceColumns = "s.id, s.kind, s.title, s.reference, s.publishedAt, s.retrievedAt, s.preliminary, s.note"

    static func yearsWithFigures(_ query: ObservationQuery, on connection: PostgresConnection) async throws -> [Int] {
        let (whereClause, binds) = whereClause(query, also: ["o.value IS NOT NULL"])
        let sql = "SELECT DISTINCT o.year FROM observation o \(whereClause) ORDER BY o.year DESC"
        var years: [Int] = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: connection.logger) {
            years.append(try row.decode(Int.self))
        }
        return years
    }

    /// The WHERE clause of an observation query over the table aliased `alias` (`observation o`,
    /// `observationRevision r`), with `also`'s conditions.
    static func whereClause(_ query: ObservationQuery, alias o: String = "o", also: [String] = []) -> (String, PostgresBindings) {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let indicators = query.indicators {
            binds.append(indicators)
            conditions.append("\(o).indicatorId = ANY($\(binds.count))")
        }
        if let regions = query.regions {
            binds.append(regions)
            conditions.append("\(o).regionId = ANY($\(binds.count))")
        }
        if let years = query.years {
            binds.append(years.lowerBound)
            binds.append(years.upperBound)
            conditions.append("\(o).year BETWEEN $\(binds.count - 1) AND $\(binds.count)")
        }
        if let basis = query.basis {
            binds.append(basis.rawValue)
            conditions.append("\(o).basis = $\(binds.count)")
        }
        conditions += also
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), binds)
    }

    static func observations(_ query: ObservationQuery, on connection: PostgresConnection) async throws -> [Observation] {
        let (whereClause, binds) = whereClause(query)
        let sql = """
            SELECT o.indicatorId, o.regionId, o.year, o.basis, o.value, o.numerator, o.denominator, o.status, \(sourceColumns)
            FROM observation o JOIN source s ON s.id = o.sourceId
            \(whereClause)
            ORDER BY o.indicatorId COLLATE "C", o.regionId COLLATE "C", o.year, o.basis COLLATE "C"
            """
        var result: [Observation] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: connection.logger)
        for try await plain in rows {
            let row = plain.makeRandomAccess()
            result.append(
                Observation(
                    indicator: try row[0].decode(String.self), region: try row[1].decode(String.self),
                    year: try row[2].decode(Int.self), basis: PriceBasis(rawValue: try row[3].decode(String.self)) ?? .nominal,
                    value: try row[4].decode(Double?.self), numerator: try row[5].decode(Double?.self),
                    denominator: try row[6].decode(Double?.self),
                    status: try row[7].decode(String?.self).flatMap(StatusSymbol.init(rawValue:)),
                    source: try source(row, from: 8)))
        }
        return result
    }

    static func aggregates(_ query: AggregateQuery, on connection: PostgresConnection) async throws -> [PublishedAggregate] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        if let indicators = query.indicators {
            binds.append(indicators)
            conditions.append("a.indicatorId = ANY($\(binds.count))")
        }
        if let network = query.network {
            binds.append(network)
            conditions.append("a.networkId = $\(binds.count)")
        }
        if let years = query.years {
            binds.append(years.lowerBound)
            binds.append(years.upperBound)
            conditions.append("a.year BETWEEN $\(binds.count - 1) AND $\(binds.count)")
        }
        if let basis = query.basis {
            binds.append(basis.rawValue)
            conditions.append("a.basis = $\(binds.count)")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT a.indicatorId, a.networkId, a.year, a.basis, a.statistic, a.value, a.status, a.label, \(sourceColumns)
            FROM publishedAggregate a JOIN source s ON s.id = a.sourceId
            \(whereClause)
            ORDER BY a.indicatorId COLLATE "C", a.networkId COLLATE "C", a.year, a.statistic COLLATE "C", a.basis COLLATE "C"
            """
        var result: [PublishedAggregate] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: connection.logger)
        for try await plain in rows {
            let row = plain.makeRandomAccess()
            result.append(
                PublishedAggregate(
                    indicator: try row[0].decode(String.self), network: try row[1].decode(String.self),
                    year: try row[2].decode(Int.self), basis: PriceBasis(rawValue: try row[3].decode(String.self)) ?? .nominal,
                    statistic: AggregateStatistic(rawValue: try row[4].decode(String.self)) ?? .average,
                    value: try row[5].decode(Double?.self),
                    status: try row[6].decode(String?.self).flatMap(StatusSymbol.init(rawValue:)),
                    label: try row[7].decode(String?.self), source: try source(row, from: 8)))
        }
        return result
    }

    static func sources(on connection: PostgresConnection) async throws -> [DataSource] {
        var result: [DataSource] = []
        let rows = try await connection.query(
            "SELECT \(unescaped: sourceColumns) FROM source s ORDER BY s.id", logger: connection.logger)
        for try await row in rows { result.append(try source(row.makeRandomAccess(), from: 0)) }
        return result
    }

    static func snapshot(on connection: PostgresConnection) async throws -> StoreSnapshot {
        StoreSnapshot(
            sources: try await sources(on: connection),
            observations: try await observations(ObservationQuery(), on: connection),
            aggregates: try await aggregates(AggregateQuery(), on: connection))
    }

    /// The eight source columns starting at `first`.
    static func source(_ row: PostgresRandomAccessRow, from first: Int) throws -> DataSource {
        DataSource(
            id: try row[first].decode(Int64.self),
            kind: DataSource.Kind(rawValue: try row[first + 1].decode(String.self)) ?? .file,
            title: try row[first + 2].decode(String.self), reference: try row[first + 3].decode(String.self),
            publishedAt: try row[first + 4].decode(Date?.self), retrievedAt: try row[first + 5].decode(Date.self),
            preliminary: try row[first + 6].decode(Bool?.self), note: try row[first + 7].decode(String?.self))
    }
}
