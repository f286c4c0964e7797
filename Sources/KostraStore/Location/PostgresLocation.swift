public import Foundation

/// A PostgreSQL database named by `postgres://user@host:port/database?options`.
///
/// The password is never part of the URL (command lines and environment variables are
/// visible to other users through `ps` and shell history); it comes from `PGPASSWORD`
/// or the `.pgpass` file (`PGPASSFILE`, default `~/.pgpass`), as with `psql`.
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection is encrypted: the `sslmode` URL option.
    public enum TLSMode: String, Sendable, Equatable {
        /// Plain TCP (a loopback or otherwise private network).
        case disable
        /// TLS when the server offers it (the default, as with `psql`).
        case prefer
        /// TLS or no connection.
        case require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var tls: TLSMode
    /// The most connections one process opens (`pool_size`, default 10).
    public var poolSize: Int
    /// The password found for this user, host, port and database, if any.
    public var password: String?
    /// Where the password came from, for error messages (never the password itself).
    public var passwordSource: String

    /// The default number of pooled connections per process.
    public static let defaultPoolSize = 10

    /// Reads a `postgres://` or `postgresql://` URL and finds the password the way `psql` does.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        guard let components = URLComponents(string: url) else {
            throw .unsupportedLocation(
                value: url, reason: "it is not a valid URL; write postgres://user@host:port/database")
        }
        if components.password != nil {
            var redacted = components
            redacted.password = "***"
            throw .passwordInURL(location: redacted.string ?? "postgres://…")
        }
        guard let host = components.host, !host.isEmpty else {
            throw .unsupportedLocation(value: url, reason: "it names no server; write postgres://user@host:port/database")
        }
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        var database = components.path
        if database.hasPrefix("/") { database.removeFirst() }
        if database.contains("/") {
            throw .unsupportedLocation(value: url, reason: "'\(database)' is not a database name (it contains '/')")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user
        self.database = database.isEmpty ? user : database
        self.tls = .prefer
        self.poolSize = Self.defaultPoolSize
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw .unsupportedLocation(value: url, reason: "sslmode must be disable, prefer or require")
                }
                tls = mode
            case "pool_size":
                guard let size = item.value.flatMap(Int.init), (1...1000).contains(size) else {
                    throw .unsupportedLocation(value: url, reason: "pool_size must be a whole number from 1 to 1000")
                }
                poolSize = size
            default:
                throw .unsupportedLocation(
                    value: url, reason: "the option '\(item.name)' is unknown (known: sslmode, pool_size)")
            }
        }
        if let fromEnvironment = environment["PGPASSWORD"] {
            password = fromEnvironment
            passwordSource = "PGPASSWORD"
        } else {
            let file =
                environment["PGPASSFILE"]
                ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
            let lookup = PasswordFile.lookup(
                file: file, host: self.host, port: self.port, database: self.database, user: self.user)
            password = lookup.password
            passwordSource = lookup.explanation
        }
    }

    /// The URL without password or options, for messages and `kostra db status`.
    public var displayURL: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    public static func == (lhs: PostgresLocation, rhs: PostgresLocation) -> Bool {
        lhs.displayURL == rhs.displayURL && lhs.tls == rhs.tls && lhs.poolSize == rhs.poolSize
    }
}
