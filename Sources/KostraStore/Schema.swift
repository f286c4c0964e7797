import GRDB

/// The schema, as migrations that are never edited once they have shipped.
///
/// Table names are English, singular and camelCase; rules the data must keep are
/// in the schema (NOT NULL, CHECK, foreign keys), so SQLite guards them too.
enum Schema {
    /// One migration: its identifier (recorded in `grdb_migrations`) and what it does.
    struct Step: Sendable {
        var identifier: String
        var apply: @Sendable (Database) throws -> Void
    }

    /// The migrations as GRDB sees them, for reading which ones a file has.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps {
            migrator.registerMigration(step.identifier) { db in try step.apply(db) }
        }
        return migrator
    }

    /// Applies the migrations `db` lacks in one transaction, so a failure leaves the file as it
    /// was, byte for byte. (GRDB's own migrator creates `grdb_migrations` and commits each
    /// migration on its own, which left a half-migrated file behind when a later step failed.)
    static func migrate(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            // Foreign keys can only be switched off outside a transaction; they are checked as a
            // whole before the commit instead, as SQLite's advice for schema changes says.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
                for step in steps where !applied.contains(step.identifier) {
                    try step.apply(db)
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.identifier])
                }
                try db.checkForeignKeys()
                return .commit
            }
        }
    }

    /// Every migration, oldest first. Never edit one that has shipped; append a new one.
    static let steps: [Step] = [
        Step(identifier: "v1-observations") { db in
            try db.execute(
                sql: """
                    CREATE TABLE source (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL CHECK (kind IN ('bundled', 'published', 'ssb', 'file')),
                        title TEXT NOT NULL,
                        reference TEXT NOT NULL,
                        publishedAt DATETIME,
                        retrievedAt DATETIME NOT NULL,
                        preliminary BOOLEAN,
                        note TEXT
                    );
                    CREATE INDEX source_on_kind_reference ON source(kind, reference);

                    CREATE TABLE observation (
                        indicatorId TEXT NOT NULL,
                        regionId TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        basis TEXT NOT NULL CHECK (basis IN ('nominal', 'deflated', 'need', 'both')),
                        value REAL,
                        numerator REAL,
                        denominator REAL,
                        status TEXT CHECK (status IN ('.', '..', ':', '-')),
                        sourceId INTEGER NOT NULL REFERENCES source(id),
                        asOf DATETIME NOT NULL,
                        CHECK (value IS NOT NULL OR status IS NOT NULL),
                        PRIMARY KEY (indicatorId, regionId, year, basis)
                    ) WITHOUT ROWID;
                    CREATE INDEX observation_on_region ON observation(regionId, indicatorId, year);

                    CREATE TABLE publishedAggregate (
                        indicatorId TEXT NOT NULL,
                        networkId TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        basis TEXT NOT NULL CHECK (basis IN ('nominal', 'deflated', 'need', 'both')),
                        statistic TEXT NOT NULL CHECK (statistic IN ('average', 'highest', 'lowest')),
                        value REAL,
                        status TEXT CHECK (status IN ('.', '..', ':', '-')),
                        label TEXT,
                        sourceId INTEGER NOT NULL REFERENCES source(id),
                        asOf DATETIME NOT NULL,
                        CHECK (value IS NOT NULL OR status IS NOT NULL),
                        PRIMARY KEY (indicatorId, networkId, year, basis, statistic)
                    ) WITHOUT ROWID;
                    """)
        },
        // KLASS classifications (131: municipalities) loaded by `kostra regions update`: the codes
        // valid on one day and the change feed, replaced as a whole on every update.
        Step(identifier: "v2-klassRegions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE klassCode (
                        classification INTEGER NOT NULL,
                        code TEXT NOT NULL,
                        name TEXT NOT NULL,
                        validAt TEXT NOT NULL,
                        sourceId INTEGER NOT NULL REFERENCES source(id),
                        PRIMARY KEY (classification, code)
                    ) WITHOUT ROWID;

                    CREATE TABLE klassChange (
                        classification INTEGER NOT NULL,
                        changeOccurred TEXT NOT NULL,
                        oldCode TEXT NOT NULL,
                        oldName TEXT NOT NULL,
                        newCode TEXT NOT NULL,
                        newName TEXT NOT NULL,
                        sourceId INTEGER NOT NULL REFERENCES source(id),
                        PRIMARY KEY (classification, changeOccurred, oldCode, newCode)
                    ) WITHOUT ROWID;
                    """)
        },
        // The same rules, spelled with `=` and `OR` instead of `IN (...)`: SQLite builds a small
        // temporary table for an `IN` list on every row it checks, which made each insert about
        // 2,7 µs slower (measured on 1 million rows) and was most of a large import's time.
        Step(identifier: "v3-fastChecks") { db in
            try db.execute(
                sql: """
                    CREATE TABLE observationNew (
                        indicatorId TEXT NOT NULL,
                        regionId TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        basis TEXT NOT NULL CHECK (basis = 'nominal' OR basis = 'deflated' OR basis = 'need' OR basis = 'both'),
                        value REAL,
                        numerator REAL,
                        denominator REAL,
                        status TEXT CHECK (status = '.' OR status = '..' OR status = ':' OR status = '-'),
                        sourceId INTEGER NOT NULL REFERENCES source(id),
                        asOf DATETIME NOT NULL,
                        CHECK (value IS NOT NULL OR status IS NOT NULL),
                        PRIMARY KEY (indicatorId, regionId, year, basis)
                    ) WITHOUT ROWID;
                    INSERT INTO observationNew SELECT * FROM observation;
                    DROP TABLE observation;
                    ALTER TABLE observationNew RENAME TO observation;
                    CREATE INDEX observation_on_region ON observation(regionId, indicatorId, year);

                    CREATE TABLE publishedAggregateNew (
                        indicatorId TEXT NOT NULL,
                        networkId TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        basis TEXT NOT NULL CHECK (basis = 'nominal' OR basis = 'deflated' OR basis = 'need' OR basis = 'both'),
                        statistic TEXT NOT NULL CHECK (statistic = 'average' OR statistic = 'highest' OR statistic = 'lowest'),
                        value REAL,
                        status TEXT CHECK (status = '.' OR status = '..' OR status = ':' OR status = '-'),
                        label TEXT,
                        sourceId INTEGER NOT NULL REFERENCES source(id),
                        asOf DATETIME NOT NULL,
                        CHECK (value IS NOT NULL OR status IS NOT NULL),
                        PRIMARY KEY (indicatorId, networkId, year, basis, statistic)
                    ) WITHOUT ROWID;
                    INSERT INTO publishedAggregateNew SELECT * FROM publishedAggregate;
                    DROP TABLE publishedAggregate;
                    ALTER TABLE publishedAggregateNew RENAME TO publishedAggregate;
                    """)
        },
        // PostgreSQL's twin adds a trigger that tells listening servers of new sources. A SQLite
        // file is watched through its header's change counter instead (`SQLiteChangeCounter`), so
        // here only the version moves on.
        Step(identifier: "v4-revisionNotify") { _ in },
        // A figure replaced by a different value or symbol keeps its old value, source and time
        // here (preliminary March figures replaced by June's final ones, or corrections). A
        // trigger does it, so every write path (batch, feed, bulk) keeps revisions alike, and
        // writing the same figure again adds nothing. Additive: no existing table changes.
        Step(identifier: "v5-figureRevisions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE observationRevision (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        indicatorId TEXT NOT NULL,
                        regionId TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        basis TEXT NOT NULL,
                        oldValue REAL,
                        oldStatus TEXT,
                        oldSourceId INTEGER NOT NULL REFERENCES source(id),
                        oldAsOf DATETIME NOT NULL,
                        newValue REAL,
                        newStatus TEXT,
                        newSourceId INTEGER NOT NULL REFERENCES source(id),
                        newAsOf DATETIME NOT NULL
                    );
                    CREATE INDEX observationRevision_on_key ON observationRevision(indicatorId, regionId, year);
                    CREATE TRIGGER observation_keepsRevision AFTER UPDATE OF value, status ON observation
                    WHEN old.value IS NOT new.value OR old.status IS NOT new.status
                    BEGIN
                        INSERT INTO observationRevision (
                            indicatorId, regionId, year, basis, oldValue, oldStatus, oldSourceId, oldAsOf,
                            newValue, newStatus, newSourceId, newAsOf)
                        VALUES (
                            old.indicatorId, old.regionId, old.year, old.basis, old.value, old.status, old.sourceId, old.asOf,
                            new.value, new.status, new.sourceId, new.asOf);
                    END;
                    """)
        },
    ]

    /// The newest migration this program knows, reported as the schema version.
    static let currentVersion = "v5-figureRevisions"

    /// The index that serves a region's figures (reports, profiles); a bulk import drops it and
    /// builds it again once at the end, which is faster than keeping it up to date row by row.
    static let regionIndex = "CREATE INDEX observation_on_region ON observation(regionId, indicatorId, year)"
}
