import Foundation
import GRDB
import GRDBSQLite
import KostraModel

/// Writes figures through one prepared upsert, binding values with SQLite's C calls.
///
/// GRDB's `StatementArguments` box each value as an existential in a fresh array; on a
/// 4,6-million-figure import that was about half the time. Bindings stay on the statement
/// between rows, so a column is bound again only when its value changes: in key order the
/// indicator and region change once every few rows, and the source never does.
struct ObservationWriter {
    static let sql = """
        INSERT INTO observation (indicatorId, regionId, year, basis, value, numerator, denominator, status, sourceId, asOf)
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

    /// GRDB's statement, kept so the prepared statement lives as long as the writer.
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    private var indicator: IndicatorID?
    private var region: RegionID?
    private var basis: PriceBasis?

    init(in db: Database, sourceID: Int64, asOf: Date) throws {
        statement = try db.makeStatement(sql: Self.sql)
        handle = statement.sqliteStatement
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database is closed") }
        self.connection = connection
        sqlite3_bind_int64(handle, 9, sourceID)
        try bind(asOf.databaseValue, at: 10)
    }

    mutating func write(_ observation: Observation) throws {
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
                sql: Self.sql)
        }
        sqlite3_reset(handle)
        if sqlite3_changes(connection) > 0 { stored += 1 } else { keptNewer += 1 }
    }

    private func bindText(_ text: String, at index: Int32) {
        var text = text
        text.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
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

    /// SQLite copies the bytes before the call returns (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
