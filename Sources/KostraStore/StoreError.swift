public import Foundation
public import KostraModel

/// Errors from the store, each saying which database, what went wrong and what to do.
public enum StoreError: Error, LocalizedError, Equatable, Sendable {
    /// The database file cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The file is not a SQLite database, or it is damaged.
    case notADatabase(path: String)
    /// The file is another program's SQLite database (it has tables, none of them KostraKit's).
    case foreignDatabase(path: String, tables: [String])
    /// The database is read-only, so nothing can be written.
    case readOnly(path: String)
    /// The database was written by a newer KostraKit.
    case schemaTooNew(path: String, unknownMigrations: [String])
    /// Another process holds the database for too long.
    case busy(path: String)
    /// A figure breaks a rule of the schema (a packaging or import fault).
    case invalidFigure(path: String, reason: String)
    /// Any other database failure.
    case database(path: String, reason: String)
    /// A `--database` value that is neither a database file path nor a PostgreSQL URL.
    case unsupportedLocation(value: String, reason: String)
    /// A PostgreSQL URL with a password in it (shown with the password masked).
    case passwordInURL(location: String)
    /// The PostgreSQL server cannot be reached.
    case unreachable(location: String, reason: String)
    /// The PostgreSQL server refused the login.
    case authenticationFailed(location: String, user: String, reason: String, passwordSource: String)
    /// The PostgreSQL server has no database of that name.
    case databaseMissing(location: String, database: String, user: String)
    /// The database's schema is older than the program and may not be upgraded here.
    case schemaOutdated(location: String, missingMigrations: [String])
    /// `kostra db copy` writes only into a database that holds no figures yet.
    case notEmpty(location: String, sources: Int, figures: Int)
    /// What was written does not read back the same; the copy was rolled back.
    case copyMismatch(location: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return
                "Cannot open the database at \(path): \(reason). Check that the folder exists and is writable, or choose another file with --database or KOSTRA_DATABASE."
        case .notADatabase(let path):
            return
                "The file at \(path) is not a KostraKit database, or it is damaged. Nothing was changed. Move the file aside (KostraKit then starts a new database there) or choose another file with --database."
        case .foreignDatabase(let path, let tables):
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? " and \(tables.count - 5) more" : "")
            return
                "The file at \(path) is another program's SQLite database (tables: \(shown)), not a KostraKit database. KostraKit does not write into other programs' files, so nothing was changed. Choose a new file with --database or KOSTRA_DATABASE (KostraKit creates it), or move this file aside."
        case .readOnly(let path):
            return
                "The database at \(path) is read-only, so nothing was written and it is unchanged. Make the file (and its folder) writable, or import into another database with --database."
        case .schemaTooNew(let path, let unknown):
            return
                "The database at \(path) was written by a newer KostraKit (unknown schema versions: \(unknown.joined(separator: ", "))). Nothing was changed. Upgrade KostraKit, or use another database with --database."
        case .busy(let path):
            return "The database at \(path) is locked by another KostraKit process. Nothing was written. Wait for it to finish and try again."
        case .invalidFigure(let path, let reason):
            return "A figure could not be stored in \(path): \(reason). Nothing from this import was stored."
        case .database(let path, let reason):
            return "The database at \(path) failed: \(reason). Nothing from this operation was stored."
        case .unsupportedLocation(let value, let reason):
            return
                "The database '\(value)' cannot be used: \(reason). Give a SQLite file path (e.g. ~/kostra.sqlite) or a PostgreSQL URL (postgres://user@host:5432/database) with --database or KOSTRA_DATABASE. Nothing was written."
        case .passwordInURL(let location):
            return
                "The database URL \(location) contains a password. KostraKit does not take passwords in --database or KOSTRA_DATABASE, because other users can see them (ps, shell history, process environment). Remove the password from the URL and put it in PGPASSWORD or in ~/.pgpass (a line host:port:database:user:password, chmod 600). Nothing was written."
        case .unreachable(let location, let reason):
            return
                "Cannot reach the PostgreSQL server for \(location): \(reason). Check that the server is running and accepts TCP connections at that host and port (listen_addresses, port, firewall). Nothing was written."
        case .authenticationFailed(let location, let user, let reason, let passwordSource):
            return
                "The PostgreSQL server for \(location) refused the login of user '\(user)': \(reason). Password looked up in: \(passwordSource). Put the right password in PGPASSWORD or ~/.pgpass (host:port:database:user:password, chmod 600), or ask the administrator to allow this user in pg_hba.conf. Nothing was written."
        case .databaseMissing(let location, let database, let user):
            return
                "The PostgreSQL server for \(location) has no database '\(database)'. Create it first (e.g. 'createdb -O \(user) \(database)' as an administrator), then run 'kostra db migrate --database \(location)'. Nothing was written."
        case .schemaOutdated(let location, let missing):
            return
                "The database at \(location) has an older schema (missing: \(missing.joined(separator: ", "))). Nothing was changed. Run 'kostra db migrate --database \(location)' to upgrade it."
        case .notEmpty(let location, let sources, let figures):
            return
                "The database at \(location) already holds \(figures) figures from \(sources) sources; 'kostra db copy' only fills an empty database, so nothing was written. Copy into a new database (a new file, or a new PostgreSQL database made with createdb)."
        case .copyMismatch(let location, let reason):
            return
                "The copy into \(location) did not read back identically (\(reason)), so it was rolled back and nothing was written. Please report this with both databases."
        }
    }
}

extension StoreError: ClassifiedError {
    public var failureKind: FailureKind {
        switch self {
        // Another writer holds the database: a moment later it is free.
        case .busy: .unavailable(retryAfterSeconds: 5)
        // A read-only database stays so until its owner changes it; no time to name.
        case .readOnly: .unavailable(retryAfterSeconds: nil)
        case .unreachable: .unavailable(retryAfterSeconds: 30)
        // The database named cannot be used as it is: the user chooses another or mends it.
        case .invalidFigure, .unsupportedLocation, .passwordInURL, .cannotOpen, .notADatabase, .foreignDatabase,
            .schemaTooNew, .schemaOutdated, .authenticationFailed, .databaseMissing:
            .invalidInput
        case .notEmpty: .cannotCompute
        case .database, .copyMismatch: .internalFailure
        }
    }

    public var parameter: String? {
        switch self {
        case .unsupportedLocation, .passwordInURL, .cannotOpen, .notADatabase, .foreignDatabase, .schemaTooNew,
            .schemaOutdated, .authenticationFailed, .databaseMissing:
            "database"
        default: nil
        }
    }
}
