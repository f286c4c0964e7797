import Foundation
import GRDB
import GRDBSQLite
import KostraModel

/// Writes figures through two prepared statements, binding values with SQLite's C calls.
///
/// A figure is first offered to a plain insert that does nothing on a key already stored; only
/// when the key is there does the upsert run, which keeps the newer figure and, through the
/// revision trigger (schema v5), the one it replaced. The split pays because SQLite opens a
/// statement journal for every run of a statement that can fire a trigger: with the upsert alone,
/// each new figure paid for a savepoint and copied the B-tree pages it touched into that journal,
/// which made a 4,6-million-figure import about 1,5 times as slow (29,8 s against 20,5 s, see
/// docs/performance.md). The insert fires no trigger, so it needs no statement journal. The stored
/// result is the same: a new key is written as the upsert would write it, and a stored key goes
/// through the upsert itself. `ObservationWriterTests` compares the two on new, older, newer and
/// repeated figures.
///
/// GRDB's `StatementArguments` box each value as an existential in a fresh array; on a
/// 4,6-million-figure import that was about half the time. Bindings stay on the insert between
/// rows, so a column is bound again only when its value changes: in key order the indicator and
/// region change once every few rows, and the source never does.
struct ObservationWriter {
    static let columns = "(indicatorId, regionId, year, basis, value, numerator, denominator, status, sourceId, asOf)"

    /// A figure whose key is not stored yet.
    static let insertSQL = """
        INSERT INTO observation \(columns)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (indicatorId, regionId, year, basis) DO NOTHING
        """

    /// A figure whose key is stored: replaced when this one is at least as new.
    static let upsertSQL = """
        INSERT INTO observation \(columns)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (indicatorId, regionId, year, basis) DO UPDATE SET
            value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
            status = excluded.status, sourceId = excluded.sourceId, asOf = excluded.asOf
        WHERE excluded.asOf >= observation.asOf
        """

    /// Figures written or replaced.
    private(set) var stored = 0
    /// Figures left alone because the store holds a newer one.
    private(set) var keptNewer = 0

    private var insert: Bound
    private var upsert: Bound

    init(in db: Database, sourceID: Int64, asOf: Date) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database is closed") }
        insert = try Bound(try db.makeStatement(sql: Self.insertSQL), connection: connection, sourceID: sourceID, asOf: asOf)
        upsert = try Bound(try db.makeStatement(sql: Self.upsertSQL), connection: connection, sourceID: sourceID, asOf: asOf)
    }

    mutating func write(_ observation: Observation) throws {
        if try insert.run(observation) {
            stored += 1
        } else if try upsert.run(observation) {
            stored += 1
        } else {
            keptNewer += 1
        }
    }

    /// One prepared statement with the values bound to it, remembered so unchanged ones are not bound again.
    private struct Bound {
        /// GRDB's statement, kept so the prepared statement lives as long as the writer.
        private let statement: Statement
        private let handle: OpaquePointer
        private let connection: OpaquePointer
        private var indicator: IndicatorID?
        private var region: RegionID?
        private var basis: PriceBasis?

        init(_ statement: Statement, connection: OpaquePointer, sourceID: Int64, asOf: Date) throws {
            self.statement = statement
            handle = statement.sqliteStatement
            self.connection = connection
            sqlite3_bind_int64(handle, 9, sourceID)
            try bind(asOf.databaseValue, at: 10)
        }

        /// Runs the statement for `observation`; whether it changed a row.
        mutating func run(_ observation: Observation) throws -> Bool {
            if observation.indicator != indicator {
                bindText(observation.indicator, at: 1)
                indicator = observation.indicator
            }
            if observation.region != region {
                bindText(observation.region, at: 2)
                region = observation.region
            }
            if observation.basis != basis {
                bindText(observation.basis.rawValue, at: 4)
                basis = observation.basis
            }
            sqlite3_bind_int64(handle, 3, Int64(observation.year))
            bindDouble(observation.value, at: 5)
            bindDouble(observation.numerator, at: 6)
            bindDouble(observation.denominator, at: 7)
            if let status = observation.status { bindText(status.rawValue, at: 8) } else { sqlite3_bind_null(handle, 8) }
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else {
                let message = String(cString: sqlite3_errmsg(connection))
                sqlite3_reset(handle)
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: "\(message) (figure \(observation.indicator), \(observation.region), \(observation.year))",
                    sql: statement.sql)
            }
            sqlite3_reset(handle)
            return sqlite3_changes(connection) > 0
        }

        private func bindText(_ text: String, at index: Int32) {
            var text = text
            text.withUTF8 { bytes in
                _ = bytes.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), ObservationWriter.transient)
                }
            }
        }

        private func bindDouble(_ value: Double?, at index: Int32) {
            if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
        }

        private func bind(_ value: DatabaseValue, at index: Int32) throws {
            switch value.storage {
            case .string(let text): bindText(text, at: index)
            case .double(let number): sqlite3_bind_double(handle, index, number)
            case .int64(let number): sqlite3_bind_int64(handle, index, number)
            case .null: sqlite3_bind_null(handle, index)
            case .blob: throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "a date stored as a blob")
            }
        }
    }

    /// SQLite copies the bytes before the call returns (`SQLITE_TRANSIENT`).
    fileprivate static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
