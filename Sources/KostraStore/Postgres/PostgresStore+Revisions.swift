import Foundation
public import KostraModel
import PostgresNIO

extension PostgresStore {
    public func revisions(_ query: ObservationQuery) async throws(StoreError) -> [FigureRevision] {
        try await perform {
            try await self.client.withConnection { connection in
                try await PostgresReader.revisions(query, on: connection)
            }
        }
    }
}

extension PostgresReader {
    /// Replaced figures in the order they were replaced, with the old and the new source.
    static func revisions(_ query: ObservationQuery, on connection: PostgresConnection) async throws -> [FigureRevision] {
        let (whereClause, binds) = whereClause(query, alias: "r")
        let newSource = sourceColumns.replacingOccurrences(of: "s.", with: "n.")
        let sql = """
            SELECT r.indicatorId, r.regionId, r.year, r.basis, r.oldValue, r.oldStatus, r.newValue, r.newStatus,
                \(sourceColumns), \(newSource)
            FROM observationRevision r JOIN source s ON s.id = r.oldSourceId JOIN source n ON n.id = r.newSourceId
            \(whereClause)
            ORDER BY r.newAsOf, r.indicatorId COLLATE "C", r.regionId COLLATE "C", r.year, r.basis COLLATE "C", r.id
            """
        var result: [FigureRevision] = []
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: connection.logger)
        for try await plain in rows {
            let row = plain.makeRandomAccess()
            result.append(
                FigureRevision(
                    key: ObservationKey(
                        indicator: try row[0].decode(String.self), region: try row[1].decode(String.self),
                        year: try row[2].decode(Int.self), basis: PriceBasis(rawValue: try row[3].decode(String.self)) ?? .nominal),
                    oldValue: try row[4].decode(Double?.self),
                    oldStatus: try row[5].decode(String?.self).flatMap(StatusSymbol.init(rawValue:)),
                    oldSource: try source(row, from: 8), newValue: try row[6].decode(Double?.self),
                    newStatus: try row[7].decode(String?.self).flatMap(StatusSymbol.init(rawValue:)),
                    newSource: try source(row, from: 16)))
        }
        return result
    }
}
