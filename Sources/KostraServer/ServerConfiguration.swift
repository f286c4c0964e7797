import Foundation
public import Logging

/// How `kostra serve` runs: where it listens, which database it reads and whether writes are allowed.
public struct ServerConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` keeps the server on this machine (put a reverse proxy in front to publish it).
    public var host: String
    /// The port; 0 lets the system choose one (the chosen port is reported through `onRunning`).
    public var port: Int
    /// The database file (`nil`: `KOSTRA_DATABASE` or the default location).
    public var database: String?
    /// The bearer token that enables the import endpoint; `nil` or empty keeps the server read-only.
    public var token: String?
    public var logLevel: Logger.Level

    public init(host: String = "127.0.0.1", port: Int = 8080, database: String? = nil, token: String? = nil, logLevel: Logger.Level = .info) {
        self.host = host
        self.port = port
        self.database = database
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.logLevel = logLevel
    }

    /// Whether the import endpoint exists at all.
    public var allowsWrites: Bool { token != nil }

    /// The largest request body accepted (a published-figures file to import).
    static let maxBodyBytes = 4 * 1024 * 1024
    /// The longest request target (path and query) accepted.
    static let maxURILength = 2048
}
