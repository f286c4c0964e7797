public import KostraModel
import Logging
import PostgresNIO

extension PostgresStore {
    public func replaceClassification(_ snapshot: ClassificationSnapshot) async throws(StoreError) {
        defer { revisionWatch.changed() }
        try await perform {
            try await self.retryingConflicts {
                try await self.client.withTransaction(logger: self.logger) { connection in
                    let sourceID = try await PostgresWriter.insertSource(snapshot.source, id: nil, on: connection)
                    let id = snapshot.classification
                    try await connection.query("DELETE FROM klassCode WHERE classification = \(id)", logger: self.logger)
                    try await connection.query("DELETE FROM klassChange WHERE classification = \(id)", logger: self.logger)
                    for code in snapshot.codes {
                        try await connection.query(
                            """
                            INSERT INTO klassCode (classification, code, name, validAt, sourceId)
                            VALUES (\(id), \(code.code), \(code.name), \(snapshot.validAt), \(sourceID))
                            """, logger: self.logger)
                    }
                    for change in snapshot.changes {
                        // The feed can repeat a change; the first one stands, as in SQLite's INSERT OR IGNORE.
                        try await connection.query(
                            """
                            INSERT INTO klassChange (classification, changeOccurred, oldCode, oldName, newCode, newName, sourceId)
                            VALUES (\(id), \(change.changeOccurred), \(change.oldCode), \(change.oldName), \(change.newCode),
                                    \(change.newName), \(sourceID))
                            ON CONFLICT DO NOTHING
                            """, logger: self.logger)
                    }
                }
            }
        }
    }

    public func classification(_ id: Int) async throws(StoreError) -> ClassificationSnapshot? {
        try await perform {
            try await self.client.withConnection { connection -> ClassificationSnapshot? in
                var codes: [ClassificationSnapshot.Code] = []
                var validAt: String?
                var sourceID: Int64?
                for try await (code, name, valid, source) in try await connection.query(
                    "SELECT code, name, validAt, sourceId FROM klassCode WHERE classification = \(id) ORDER BY code",
                    logger: self.logger
                ).decode((String, String, String, Int64).self) {
                    codes.append(.init(code: code, name: name))
                    validAt = valid
                    sourceID = source
                }
                guard let validAt, let sourceID else { return nil }
                var changes: [ClassificationSnapshot.Change] = []
                for try await (occurred, oldCode, oldName, newCode, newName) in try await connection.query(
                    """
                    SELECT changeOccurred, oldCode, oldName, newCode, newName FROM klassChange
                    WHERE classification = \(id) ORDER BY changeOccurred, oldCode, newCode
                    """, logger: self.logger
                ).decode((String, String, String, String, String).self) {
                    changes.append(.init(changeOccurred: occurred, oldCode: oldCode, oldName: oldName, newCode: newCode, newName: newName))
                }
                guard let source = try await PostgresReader.sources(on: connection).first(where: { $0.id == sourceID }) else {
                    return nil
                }
                return ClassificationSnapshot(classification: id, validAt: validAt, codes: codes, changes: changes, source: source)
            }
        }
    }
}
