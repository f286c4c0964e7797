public import Foundation

/// Where the figures live: a SQLite file, or a PostgreSQL database named by a URL.
///
/// One setting (`--database` or `KOSTRA_DATABASE`) chooses the engine: a path means
/// SQLite, `postgres://` or `postgresql://` means PostgreSQL. Anything else that looks
/// like a URL is refused rather than taken for a file name.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// Reads a `--database` value; passwords come from `PGPASSWORD` or `~/.pgpass`, never from the value.
    public static func parse(
        _ value: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> DatabaseLocation {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw .unsupportedLocation(value: value, reason: "it is empty")
        }
        if let schemeEnd = trimmed.range(of: "://") {
            let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "postgres" || scheme == "postgresql" else {
                throw .unsupportedLocation(
                    value: value, reason: "'\(scheme)://' is not a database KostraKit can use (only SQLite files and PostgreSQL)")
            }
            return .postgres(try PostgresLocation(url: trimmed, environment: environment))
        }
        if trimmed.contains("\0") {
            throw .unsupportedLocation(value: value, reason: "it contains a NUL character")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: trimmed, isDirectory: &isFolder), isFolder.boolValue {
            throw .unsupportedLocation(value: value, reason: "it is a folder, not a database file")
        }
        if trimmed.hasSuffix("/") {
            throw .unsupportedLocation(value: value, reason: "it ends in '/', so it names a folder, not a database file")
        }
        return .sqlite(path: value)
    }

    /// The location as it may be shown to people: never with a password.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.displayURL
        }
    }

    /// `SQLite` or `PostgreSQL`.
    public var engineName: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }
}
