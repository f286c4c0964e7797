import Foundation
import GRDB
public import KostraModel

extension SQLiteStore {
    public func revisions(_ query: ObservationQuery) async throws(StoreError) -> [FigureRevision] {
        do {
            return try await reader.read { db in try Self.readRevisions(db, query) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    static func readRevisions(_ db: Database, _ query: ObservationQuery) throws -> [FigureRevision] {
        let (whereClause, arguments) = whereClause(query, alias: "r")
        let newSource = sourceColumns.replacingOccurrences(of: "s.", with: "n.")
        let sql = """
            SELECT r.indicatorId, r.regionId, r.year, r.basis, r.oldValue, r.oldStatus, r.newValue, r.newStatus,
                \(sourceColumns), \(newSource)
            FROM observationRevision r JOIN source s ON s.id = r.oldSourceId JOIN source n ON n.id = r.newSourceId
            \(whereClause)
            ORDER BY r.newAsOf, r.indicatorId, r.regionId, r.year, r.basis, r.id
            """
        var sources: [Int64: DataSource] = [:]
        var result: [FigureRevision] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            result.append(
                FigureRevision(
                    key: ObservationKey(indicator: row[0], region: row[1], year: row[2], basis: PriceBasis(rawValue: row[3]) ?? .nominal),
                    oldValue: row[4], oldStatus: (row[5] as String?).flatMap(StatusSymbol.init(rawValue:)),
                    oldSource: source(from: row, at: 8, known: &sources), newValue: row[6],
                    newStatus: (row[7] as String?).flatMap(StatusSymbol.init(rawValue:)),
                    newSource: source(from: row, at: 16, known: &sources)))
        }
        return result
    }
}
