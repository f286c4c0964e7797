import GRDB

/// The schema, as migrations that are never edited once they have shipped.
///
/// Table names are English, singular and camelCase; rules the data must keep are
/// in the schema (NOT NULL, CHECK, foreign keys), so SQLite guards them too.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-observations") { db in
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
        }
        // KLASS classifications (131: municipalities) loaded by `kostra regions update`: the codes
        // valid on one day and the change feed, replaced as a whole on every update.
        migrator.registerMigration("v2-klassRegions") { db in
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
        }
        return migrator
    }

    /// The newest migration this program knows, reported as the schema version.
    static let currentVersion = "v2-klassRegions"
}
