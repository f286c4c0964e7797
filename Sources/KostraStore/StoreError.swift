public import Foundation

/// Errors from the store, each saying which database, what went wrong and what to do.
public enum StoreError: Error, LocalizedError, Equatable, Sendable {
    /// The database file cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The file is not a SQLite database, or it is damaged.
    case notADatabase(path: String)
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

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return "Cannot open the database at \(path): \(reason). Check that the folder exists and is writable, or choose another file with --database or KOSTRA_DATABASE."
        case .notADatabase(let path):
            return "The file at \(path) is not a KostraKit database, or it is damaged. Nothing was changed. Move the file aside (KostraKit then starts a new database there) or choose another file with --database."
        case .readOnly(let path):
            return "The database at \(path) is read-only, so nothing was written and it is unchanged. Make the file (and its folder) writable, or import into another database with --database."
        case .schemaTooNew(let path, let unknown):
            return "The database at \(path) was written by a newer KostraKit (unknown schema versions: \(unknown.joined(separator: ", "))). Nothing was changed. Upgrade KostraKit, or use another database with --database."
        case .busy(let path):
            return "The database at \(path) is locked by another KostraKit process. Nothing was written. Wait for it to finish and try again."
        case .invalidFigure(let path, let reason):
            return "A figure could not be stored in \(path): \(reason). Nothing from this import was stored."
        case .database(let path, let reason):
            return "The database at \(path) failed: \(reason). Nothing from this operation was stored."
        }
    }
}
