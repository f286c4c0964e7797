import Foundation
public import KostraModel
import GRDB

/// The embedded store: one SQLite file through GRDB.
///
/// Opening never writes unless the schema must be created or upgraded, so a
/// read-only database can still be read. Every import is one write transaction.
public final class SQLiteStore: ObservationStore {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue
    /// Read-only connections for every read after opening (see ``SQLiteReaders`` for why).
    let reader: SQLiteReaders
    /// The migrations this open applied (empty when the schema was up to date).
    public let migrationsApplied: [String]
    /// Tells whether anything was committed since the revision was last read.
    let changeCounter: SQLiteChangeCounter

    /// Whether the file goes with the store (``temporary()``).
    private let removesFileWhenDone: Bool

    /// How long a read or write waits for another process's lock before it reports the database busy.
    static let busySeconds: TimeInterval = 15

    /// Opens (or creates) the database at `path` and brings its schema up to date.
    ///
    /// With `migrate: false` an older schema is refused instead of upgraded. `statements`, when
    /// given, is told the SQL of every statement run (GRDB's trace), for tests that count queries.
    public convenience init(path: String, migrate: Bool = true, statements: (@Sendable (String) -> Void)? = nil) throws(StoreError) {
        try self.init(path: path, migrate: migrate, statements: statements, removesFileWhenDone: false)
    }

    private init(path: String, migrate: Bool, statements: (@Sendable (String) -> Void)?, removesFileWhenDone: Bool) throws(StoreError) {
        self.path = path
        self.removesFileWhenDone = removesFileWhenDone
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busySeconds)
        configuration.foreignKeysEnabled = true
        if let statements {
            configuration.prepareDatabase { db in db.trace(options: .statement) { statements($0.description) } }
        }
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            if !FileManager.default.fileExists(atPath: folder.path) {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let foreign = try queue.read { db in try Self.foreignTables(db) }
            if !foreign.isEmpty { throw StoreError.foreignDatabase(path: path, tables: foreign) }
            let migrator = Schema.migrator
            let (superseded, complete) = try queue.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded {
                let known = Set(migrator.migrations)
                let applied = try queue.read { db in try migrator.appliedIdentifiers(db) }
                throw StoreError.schemaTooNew(path: path, unknownMigrations: applied.filter { !known.contains($0) }.sorted())
            }
            var appliedNow: [String] = []
            if !complete {
                let applied = Set(try queue.read { db in try migrator.appliedIdentifiers(db) })
                let missing = migrator.migrations.filter { !applied.contains($0) }
                guard migrate else { throw StoreError.schemaOutdated(location: path, missingMigrations: missing) }
                try Schema.migrate(queue)
                appliedNow = missing
            }
            migrationsApplied = appliedNow
            // Three: one for each of a report's long reads (its years, its profile's figures and its
            // charts'); its two small reads of published averages share them. Five were no faster
            // in alternating rounds (docs/performance.md, session 13).
            reader = try SQLiteReaders(path: path, configuration: configuration, count: 3, busySeconds: Self.busySeconds)
            changeCounter = SQLiteChangeCounter(path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// The tables of another program's database: every table when the file has some but none of
    /// KostraKit's migrations; empty for a KostraKit database or an empty file.
    ///
    /// Checked before any migration, so a foreign file is refused without a single write (a file
    /// holding only GRDB's bookkeeping table, left by an older KostraKit's failed attempt, counts as empty).
    static func foreignTables(_ db: Database) throws -> [String] {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        let own = tables.filter { $0 != "grdb_migrations" }
        guard !own.isEmpty else { return [] }
        if tables.contains("grdb_migrations"),
            let first = Schema.steps.first?.identifier,
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)", arguments: [first]) == true
        {
            return []
        }
        return own
    }

    /// A store in a fresh temporary file, for tests and scratch work; the file and its journal are
    /// removed when the store goes. (Until session 16 they stayed: each run of the benchmark's fetch
    /// rows and of many tests left one, and 2 367 had gathered in this machine's temporary folder.)
    public static func temporary() throws(StoreError) -> SQLiteStore {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("kostra-\(UUID().uuidString).sqlite").path
        return try SQLiteStore(path: path, migrate: true, statements: nil, removesFileWhenDone: true)
    }

    deinit {
        // The connections close after this; on Linux and macOS an open file outlives its name.
        guard removesFileWhenDone else { return }
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    public func importBatch(_ batch: ImportBatch) async throws(StoreError) -> ImportSummary {
        do {
            return try await writeFigures { db in try Self.write(batch, in: db) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func importFeed(_ feed: ObservationFeed) async throws(StoreError) -> ImportSummary {
        do {
            return try await writeFigures { db in try Self.write(feed, in: db) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Runs SQLite's own consistency check; `ok` when the file is sound, otherwise what it found.
    public func integrityCheck() async throws(StoreError) -> [String] {
        do {
            return try await reader.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func observations(_ query: ObservationQuery) async throws(StoreError) -> [Observation] {
        do {
            return try await reader.read { db in try Self.readObservations(db, query) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func aggregates(_ query: AggregateQuery) async throws(StoreError) -> [PublishedAggregate] {
        do {
            return try await reader.read { db in try Self.readAggregates(db, query) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func yearsWithFigures(_ query: ObservationQuery) async throws(StoreError) -> [Int] {
        do {
            return try await reader.read { db in
                let (whereClause, arguments) = Self.whereClause(query, also: ["o.value IS NOT NULL"])
                return try Int.fetchAll(
                    db.cachedStatement(sql: "SELECT DISTINCT o.year FROM observation o \(whereClause) ORDER BY o.year DESC"), arguments: arguments)
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// The WHERE clause of an observation query over the table aliased `alias` (`observation o`,
    /// `observationRevision r`), with `also`'s conditions.
    static func whereClause(_ query: ObservationQuery, alias o: String = "o", also: [String] = []) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        Self.filter(&conditions, &arguments, column: "\(o).indicatorId", values: query.indicators)
        Self.filter(&conditions, &arguments, column: "\(o).regionId", values: query.regions)
        if let years = query.years {
            conditions.append("\(o).year BETWEEN ? AND ?")
            _ = arguments.append(contentsOf: [years.lowerBound, years.upperBound])
        }
        if let basis = query.basis {
            conditions.append("\(o).basis = ?")
            _ = arguments.append(contentsOf: [basis.rawValue])
        }
        conditions += also
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    static func readObservations(_ db: Database, _ query: ObservationQuery) throws -> [Observation] {
        let (whereClause, arguments) = whereClause(query)
        // Columns by position and each source decoded once: reading rows by column name and
        // decoding the source on every row was most of a report's store time. The sources are read
        // afterwards in one query, not joined: the join looked up and copied a source's eight
        // columns for every figure (a third of a profile's read, session 13).
        let sql = """
            SELECT o.indicatorId, o.regionId, o.year, o.basis, o.value, o.numerator, o.denominator, o.status, o.sourceId
            FROM observation o
            \(whereClause)
            ORDER BY o.indicatorId, o.regionId, o.year, o.basis
            """
        var result: [Observation] = []
        var sourceIDs: [Int64] = []
        // Cached: a report asks the same questions of every municipality, so the SQL is parsed once.
        let statement = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var keys = FigureKeyTexts()
        while let row = try rows.next() {
            let key = keys.read(statement.sqliteStatement)
            result.append(
                Observation(
                    indicator: key.indicator, region: key.region, year: row[2], basis: key.basis, value: row[4], numerator: row[5],
                    denominator: row[6], status: (row[7] as String?).flatMap(StatusSymbol.init(rawValue:))))
            sourceIDs.append(row[8])
        }
        let sources = try Self.sources(db, ids: Set(sourceIDs))
        for index in result.indices { result[index].source = sources[sourceIDs[index]] }
        return result
    }

    /// The sources with `ids`, by id. The schema's foreign key keeps every figure's source in the
    /// store, so a missing one means the file was changed outside KostraKit: an error, not a figure
    /// without its source.
    static func sources(_ db: Database, ids: Set<Int64>) throws -> [Int64: DataSource] {
        guard !ids.isEmpty else { return [:] }
        let sql = "SELECT \(sourceColumns) FROM source s WHERE s.id IN (\(databaseQuestionMarks(count: ids.count)))"
        var sources: [Int64: DataSource] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(Array(ids))) {
            let source = source(from: row, at: 0)
            sources[row[0]] = source
        }
        if let missing = ids.subtracting(sources.keys).min() {
            throw DatabaseError(
                resultCode: .SQLITE_ERROR,
                message: "a figure names source \(missing), which is not in the store; restore the file from a backup or import the figures again")
        }
        return sources
    }

    public func seriesFigures(_ query: ObservationQuery) async throws(StoreError) -> [SeriesFigure] {
        do {
            return try await reader.read { db in try Self.readSeriesFigures(db, query) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// ``readObservations(_:_:)`` cut to what a chart needs: no join to the sources and five
    /// columns, which made reading a report's 2 760 series figures about half as costly (docs/performance.md).
    static func readSeriesFigures(_ db: Database, _ query: ObservationQuery) throws -> [SeriesFigure] {
        let (whereClause, arguments) = whereClause(query, also: ["o.value IS NOT NULL"])
        let sql = """
            SELECT o.indicatorId, o.regionId, o.year, o.basis, o.value
            FROM observation o
            \(whereClause)
            ORDER BY o.indicatorId, o.regionId, o.year, o.basis
            """
        var result: [SeriesFigure] = []
        // Cached: a report asks the same questions of every municipality, so the SQL is parsed once.
        let statement = try db.cachedStatement(sql: sql)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var keys = FigureKeyTexts()
        while let row = try rows.next() {
            let key = keys.read(statement.sqliteStatement)
            result.append(SeriesFigure(indicator: key.indicator, region: key.region, year: row[2], basis: key.basis, value: row[4]))
        }
        return result
    }

    static func readAggregates(_ db: Database, _ query: AggregateQuery) throws -> [PublishedAggregate] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        Self.filter(&conditions, &arguments, column: "a.indicatorId", values: query.indicators)
        Self.filter(&conditions, &arguments, column: "a.networkId", values: query.network.map { [$0] })
        if let years = query.years {
            conditions.append("a.year BETWEEN ? AND ?")
            _ = arguments.append(contentsOf: [years.lowerBound, years.upperBound])
        }
        if let basis = query.basis {
            conditions.append("a.basis = ?")
            _ = arguments.append(contentsOf: [basis.rawValue])
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT a.indicatorId, a.networkId, a.year, a.basis, a.statistic, a.value, a.status, a.label, \(sourceColumns)
            FROM publishedAggregate a JOIN source s ON s.id = a.sourceId
            \(whereClause)
            ORDER BY a.indicatorId, a.networkId, a.year, a.statistic
            """
        var sources: [Int64: DataSource] = [:]
        var result: [PublishedAggregate] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            result.append(
                PublishedAggregate(
                    indicator: row[0], network: row[1], year: row[2], basis: PriceBasis(rawValue: row[3]) ?? .nominal,
                    statistic: AggregateStatistic(rawValue: row[4]) ?? .average, value: row[5],
                    status: (row[6] as String?).flatMap(StatusSymbol.init(rawValue:)), label: row[7],
                    source: source(from: row, at: 8, known: &sources)))
        }
        return result
    }

    public func sources() async throws(StoreError) -> [DataSource] {
        do {
            return try await reader.read { db in
                try Row.fetchAll(db, sql: "SELECT \(Self.sourceColumns) FROM source s ORDER BY s.id").map { Self.source(from: $0, at: 0) }
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func revision() async throws(StoreError) -> StoreRevision {
        // The counter is read before the query, so a commit between the two changes it again.
        let counter = changeCounter.read()
        if let counter, let kept = changeCounter.revision(at: counter) { return kept }
        let revision = try await queriedRevision()
        if let counter { changeCounter.keep(revision, at: counter) }
        return revision
    }

    /// The revision as the query gives it, every time: the plain path the change counter saves
    /// (and the reference its test compares with).
    func queriedRevision() async throws(StoreError) -> StoreRevision {
        do {
            return try await reader.read { db in
                let row = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, MAX(id) AS newest, MAX(retrievedAt) AS updated FROM source")
                return StoreRevision(
                    sources: row?["n"] ?? 0, newestSourceID: row?["newest"] ?? 0, updatedAt: row?["updated"] as Date?)
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func hasSource(kind: DataSource.Kind, reference: String) async throws(StoreError) -> Bool {
        do {
            return try await reader.read { db in
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM source WHERE kind = ? AND reference = ?)",
                    arguments: [kind.rawValue, reference]) ?? false
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    public func status() async throws(StoreError) -> StoreStatus {
        do {
            let path = self.path
            return try await reader.read { db in
                let observations = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM observation") ?? 0
                let aggregates = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM publishedAggregate") ?? 0
                var counts: [String: Int] = [:]
                for row in try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.title, (SELECT COUNT(*) FROM observation o WHERE o.sourceId = s.id)
                          + (SELECT COUNT(*) FROM publishedAggregate a WHERE a.sourceId = s.id) AS n
                        FROM source s
                        """)
                {
                    counts[row["title"], default: 0] += row["n"] as Int
                }
                let applied = try Schema.migrator.appliedIdentifiers(db)
                return StoreStatus(
                    engine: "SQLite \(try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "")",
                    location: path, schemaVersion: applied.sorted().last ?? "none", observationCount: observations,
                    aggregateCount: aggregates, countsBySource: counts)
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    // MARK: - Writing

    private static func write(_ feed: ObservationFeed, in db: Database) throws -> ImportSummary {
        let sourceID = try insertSource(feed.source, in: db)
        let deferredIndex = try deferRegionIndex(incoming: feed.count, in: db)
        let figures = (0..<feed.count).lazy.compactMap { feed.observation($0) }
        let written = try ObservationWriter.write(figures, in: db, sourceID: sourceID, asOf: feed.source.asOf)
        if deferredIndex { try restoreRegionIndex(in: db) }
        return ImportSummary(stored: written.stored, keptNewer: written.keptNewer, sourceID: sourceID)
    }

    private static func insertSource(_ source: DataSource, in db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO source (kind, title, reference, publishedAt, retrievedAt, preliminary, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                source.kind.rawValue, source.title, source.reference, source.publishedAt, source.retrievedAt,
                source.preliminary, source.note,
            ])
        return db.lastInsertedRowID
    }

    private static func write(_ batch: ImportBatch, in db: Database) throws -> ImportSummary {
        if batch.skipIfSourceStored,
            let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM source WHERE kind = ? AND reference = ? ORDER BY id LIMIT 1",
                arguments: [batch.source.kind.rawValue, batch.source.reference])
        {
            return ImportSummary(stored: 0, keptNewer: 0, sourceID: existing)
        }
        let sourceID = try insertSource(batch.source, in: db)
        let asOf = batch.source.asOf
        let deferredIndex = try deferRegionIndex(incoming: batch.observations.count, in: db)
        let order = deferredIndex ? keyOrder(batch.observations) : Array(batch.observations.indices)
        let written = try ObservationWriter.write(order.lazy.map { batch.observations[$0] }, in: db, sourceID: sourceID, asOf: asOf)
        if deferredIndex { try restoreRegionIndex(in: db) }
        var stored = written.stored
        var kept = written.keptNewer
        let aggregateStatement = try db.cachedStatement(
            sql: """
                INSERT INTO publishedAggregate (indicatorId, networkId, year, basis, statistic, value, status, label, sourceId, asOf)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (indicatorId, networkId, year, basis, statistic) DO UPDATE SET
                    value = excluded.value, status = excluded.status, label = excluded.label,
                    sourceId = excluded.sourceId, asOf = excluded.asOf
                WHERE excluded.asOf >= publishedAggregate.asOf
                """)
        for aggregate in batch.aggregates {
            try aggregateStatement.execute(arguments: [
                aggregate.indicator, aggregate.network, aggregate.year, aggregate.basis.rawValue,
                aggregate.statistic.rawValue, aggregate.value, aggregate.status?.rawValue, aggregate.label, sourceID,
                asOf,
            ])
            if db.changesCount > 0 { stored += 1 } else { kept += 1 }
        }
        return ImportSummary(stored: stored, keptNewer: kept, sourceID: sourceID)
    }

    // MARK: - Helpers

    static func filter(
        _ conditions: inout [String], _ arguments: inout StatementArguments, column: String, values: [String]?
    ) {
        guard let values else { return }
        conditions.append("\(column) IN (\(databaseQuestionMarks(count: values.count)))")
        _ = arguments.append(contentsOf: StatementArguments(values))
    }

    /// The eight source columns, in the order ``source(from:at:)`` reads them.
    static let sourceColumns = "s.id, s.kind, s.title, s.reference, s.publishedAt, s.retrievedAt, s.preliminary, s.note"

    static func source(from row: Row, at first: Int) -> DataSource {
        DataSource(
            id: row[first], kind: DataSource.Kind(rawValue: row[first + 1]) ?? .file, title: row[first + 2],
            reference: row[first + 3], publishedAt: row[first + 4], retrievedAt: row[first + 5],
            preliminary: row[first + 6], note: row[first + 7])
    }

    /// The source whose columns start at `first`, decoded once per id.
    static func source(from row: Row, at first: Int, known: inout [Int64: DataSource]) -> DataSource {
        let id: Int64 = row[first]
        if let source = known[id] { return source }
        let source = source(from: row, at: first)
        known[id] = source
        return source
    }

    /// Turns SQLite's result codes into errors that say what to do.
    static func map(_ error: any Error, path: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        guard let databaseError = error as? DatabaseError else {
            return .database(path: path, reason: String(describing: error))
        }
        switch databaseError.resultCode {
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM: return .cannotOpen(path: path, reason: databaseError.message ?? "unknown reason")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CONSTRAINT: return .invalidFigure(path: path, reason: databaseError.message ?? "a constraint failed")
        default: return .database(path: path, reason: databaseError.message ?? databaseError.description)
        }
    }
}

extension SQLiteStore {
    /// Records a migration this program does not know, as a newer KostraKit would. For tests only.
    package func markMigrationForTesting(_ identifier: String) async throws {
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }
}
