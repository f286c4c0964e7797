import Foundation
import GRDB
import GRDBSQLite
import KostraModel

/// Writes figures through prepared statements, binding values with SQLite's C calls.
///
/// Figures are offered, `rowsPerStatement` at a time, to one insert that does nothing on a key
/// already stored. Each statement opens a cursor on the table and seeks from its root; one
/// statement for many figures seeks once and then appends after its last row, and pays the
/// statement's start and end once. On 4,6 million figures in key order that made the import's
/// inserts about a third faster (see docs/performance.md, session 14).
///
/// Only where a key is already stored does the upsert run, which keeps the newer figure and,
/// through the revision trigger (schema v5), the one it replaced. The split pays because SQLite
/// opens a statement journal for every run of a statement that can fire a trigger: with the upsert
/// alone, each new figure paid for a savepoint and copied the B-tree pages it touched into that
/// journal, which made a 4,6-million-figure import about 1,5 times as slow (29,8 s against 20,5 s).
///
/// The stored result is the upsert's, figure by figure in order (`ObservationWriterTests` compares
/// the two on new, older, newer and repeated figures, in groups of every size). When the group
/// inserted every figure, each was a new key, written as the upsert would have written it. When it
/// did not, every figure of the group goes to the upsert, in order: one the group inserted is
/// written again unchanged (counted as stored, with no revision, as the upsert alone would have
/// done), a stored key gets the newer figure, and a key given twice ends with the later figure.
///
/// GRDB's `StatementArguments` box each value as an existential in a fresh array; on a
/// 4,6-million-figure import that was about half the time. Bindings stay on a statement between
/// runs, so a column is bound again only when its value changes: in key order the indicator
/// changes once every few thousand rows, and the source and time never do.
struct ObservationWriter {
    static let columns = "(indicatorId, regionId, year, basis, value, numerator, denominator, status, sourceId, asOf)"
    static let placeholders = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    static let conflictTarget = "(indicatorId, regionId, year, basis)"

    /// Figures offered to one insert. 32 to 128 were equally fast in a C program inserting
    /// 2 million figures (4,0–4,3 s against 5,9–7,7 s one at a time); 64 sits in the middle.
    static let rowsPerStatement = 64

    /// `rows` figures whose keys are not stored yet.
    static func insertSQL(rows: Int = 1) -> String {
        """
        INSERT INTO observation \(columns)
        VALUES \(Array(repeating: placeholders, count: rows).joined(separator: ", "))
        ON CONFLICT \(conflictTarget) DO NOTHING
        """
    }

    /// A figure whose key is stored: replaced when this one is at least as new.
    static let upsertSQL = """
        INSERT INTO observation \(columns)
        VALUES \(placeholders)
        ON CONFLICT \(conflictTarget) DO UPDATE SET
            value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
            status = excluded.status, sourceId = excluded.sourceId, asOf = excluded.asOf
        WHERE excluded.asOf >= observation.asOf
        """

    /// Writes `figures` in order; how many were written or replaced, and how many were left alone
    /// because the store holds a newer one.
    static func write(
        _ figures: some Sequence<Observation>, in db: Database, sourceID: Int64, asOf: Date,
        rowsPerStatement: Int = rowsPerStatement
    ) throws -> (stored: Int, keptNewer: Int) {
        var writer = try ObservationWriter(in: db, sourceID: sourceID, asOf: asOf, rowsPerStatement: rowsPerStatement)
        for figure in figures {
            writer.pending.append(figure)
            if writer.pending.count == rowsPerStatement { try writer.writePending() }
        }
        for figure in writer.pending { try writer.writeOne(figure) }
        return (writer.stored, writer.keptNewer)
    }

    private var stored = 0
    private var keptNewer = 0
    private var pending: [Observation] = []

    private var group: Bound
    private var insert: Bound
    private var upsert: Bound

    private init(in db: Database, sourceID: Int64, asOf: Date, rowsPerStatement: Int) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database is closed") }
        func bound(_ sql: String, rows: Int = 1) throws -> Bound {
            try Bound(try db.makeStatement(sql: sql), rows: rows, connection: connection, sourceID: sourceID, asOf: asOf)
        }
        group = try bound(Self.insertSQL(rows: rowsPerStatement), rows: rowsPerStatement)
        insert = try bound(Self.insertSQL())
        upsert = try bound(Self.upsertSQL)
        pending.reserveCapacity(rowsPerStatement)
    }

    /// Writes a full group of pending figures with one insert, then settles those it did not insert.
    private mutating func writePending() throws {
        defer { pending.removeAll(keepingCapacity: true) }
        for (row, figure) in pending.enumerated() { group.bind(figure, row: row) }
        guard let inserted = try? group.run(naming: nil) else {
            // A figure broke a rule of the table, and SQLite undid the whole statement (a
            // statement that writes many rows and can fail midway keeps a statement journal).
            // One at a time, the error names the figure.
            for figure in pending { try writeOne(figure) }
            return
        }
        if inserted == pending.count {
            stored += inserted
        } else {
            for figure in pending { try replace(figure) }
        }
    }

    private mutating func writeOne(_ figure: Observation) throws {
        insert.bind(figure, row: 0)
        if try insert.run(naming: figure) > 0 { stored += 1 } else { try replace(figure) }
    }

    private mutating func replace(_ figure: Observation) throws {
        upsert.bind(figure, row: 0)
        if try upsert.run(naming: figure) > 0 { stored += 1 } else { keptNewer += 1 }
    }

    /// One prepared statement for `rows` figures, with the values bound to it remembered so
    /// unchanged ones are not bound again.
    private struct Bound {
        /// GRDB's statement, kept so the prepared statement lives as long as the writer.
        private let statement: Statement
        private let handle: OpaquePointer
        private let connection: OpaquePointer
        private var indicators: [IndicatorID?]
        private var regions: [RegionID?]
        private var bases: [PriceBasis?]

        init(_ statement: Statement, rows: Int, connection: OpaquePointer, sourceID: Int64, asOf: Date) throws {
            self.statement = statement
            handle = statement.sqliteStatement
            self.connection = connection
            indicators = Array(repeating: nil, count: rows)
            regions = Array(repeating: nil, count: rows)
            bases = Array(repeating: nil, count: rows)
            for row in 0..<rows {
                sqlite3_bind_int64(handle, Self.parameter(9, row: row), sourceID)
                try bind(asOf.databaseValue, at: Self.parameter(10, row: row))
            }
        }

        /// The position of a figure's column (1 to 10, in the order of `columns`) in row `row`.
        private static func parameter(_ column: Int32, row: Int) -> Int32 { Int32(row) * 10 + column }

        /// Binds `figure`'s values as row `row` of the statement.
        mutating func bind(_ figure: Observation, row: Int) {
            if figure.indicator != indicators[row] {
                bindText(figure.indicator, at: Self.parameter(1, row: row))
                indicators[row] = figure.indicator
            }
            if figure.region != regions[row] {
                bindText(figure.region, at: Self.parameter(2, row: row))
                regions[row] = figure.region
            }
            if figure.basis != bases[row] {
                bindText(figure.basis.rawValue, at: Self.parameter(4, row: row))
                bases[row] = figure.basis
            }
            sqlite3_bind_int64(handle, Self.parameter(3, row: row), Int64(figure.year))
            bindDouble(figure.value, at: Self.parameter(5, row: row))
            bindDouble(figure.numerator, at: Self.parameter(6, row: row))
            bindDouble(figure.denominator, at: Self.parameter(7, row: row))
            if let status = figure.status {
                bindText(status.rawValue, at: Self.parameter(8, row: row))
            } else {
                sqlite3_bind_null(handle, Self.parameter(8, row: row))
            }
        }

        /// Runs the bound write; how many rows it changed. An error names `figure` when given.
        func run(naming figure: Observation?) throws -> Int {
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else { throw failure(code, naming: figure) }
            sqlite3_reset(handle)
            return Int(sqlite3_changes(connection))
        }

        private func failure(_ code: Int32, naming figure: Observation?) -> DatabaseError {
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(handle)
            return DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: figure.map { "\(message) (figure \($0.indicator), \($0.region), \($0.year))" } ?? message,
                sql: statement.sql)
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
