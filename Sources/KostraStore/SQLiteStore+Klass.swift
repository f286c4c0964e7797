import Foundation
public import KostraModel
import GRDB

extension SQLiteStore {
    public func replaceClassification(_ snapshot: ClassificationSnapshot) async throws(StoreError) {
        do {
            try await queue.write { db in
                let source = snapshot.source
                try db.execute(
                    sql: """
                        INSERT INTO source (kind, title, reference, publishedAt, retrievedAt, preliminary, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        source.kind.rawValue, source.title, source.reference, source.publishedAt, source.retrievedAt,
                        source.preliminary, source.note,
                    ])
                let sourceID = db.lastInsertedRowID
                try db.execute(sql: "DELETE FROM klassCode WHERE classification = ?", arguments: [snapshot.classification])
                try db.execute(sql: "DELETE FROM klassChange WHERE classification = ?", arguments: [snapshot.classification])
                let code = try db.cachedStatement(
                    sql: "INSERT INTO klassCode (classification, code, name, validAt, sourceId) VALUES (?, ?, ?, ?, ?)")
                for entry in snapshot.codes {
                    try code.execute(arguments: [snapshot.classification, entry.code, entry.name, snapshot.validAt, sourceID])
                }
                let change = try db.cachedStatement(
                    sql: """
                        INSERT OR IGNORE INTO klassChange (classification, changeOccurred, oldCode, oldName, newCode, newName, sourceId)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                for entry in snapshot.changes {
                    try change.execute(arguments: [
                        snapshot.classification, entry.changeOccurred, entry.oldCode, entry.oldName, entry.newCode, entry.newName,
                        sourceID,
                    ])
                }
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func classification(_ id: Int) async throws(StoreError) -> ClassificationSnapshot? {
        do {
            return try await reader.read { db -> ClassificationSnapshot? in
                let codes = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT k.code, k.name, k.validAt, s.id AS sId, s.kind, s.title, s.reference, s.publishedAt,
                               s.retrievedAt, s.preliminary, s.note
                        FROM klassCode k JOIN source s ON s.id = k.sourceId
                        WHERE k.classification = ? ORDER BY k.code
                        """,
                    arguments: [id])
                guard let first = codes.first else { return nil }
                let changes = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT changeOccurred, oldCode, oldName, newCode, newName FROM klassChange
                        WHERE classification = ? ORDER BY changeOccurred, oldCode, newCode
                        """,
                    arguments: [id])
                return ClassificationSnapshot(
                    classification: id, validAt: first["validAt"],
                    codes: codes.map { .init(code: $0["code"], name: $0["name"]) },
                    changes: changes.map {
                        .init(
                            changeOccurred: $0["changeOccurred"], oldCode: $0["oldCode"], oldName: $0["oldName"],
                            newCode: $0["newCode"], newName: $0["newName"])
                    },
                    source: DataSource(
                        id: first["sId"], kind: DataSource.Kind(rawValue: first["kind"]) ?? .ssb, title: first["title"],
                        reference: first["reference"], publishedAt: first["publishedAt"], retrievedAt: first["retrievedAt"],
                        preliminary: first["preliminary"], note: first["note"]))
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }
}
