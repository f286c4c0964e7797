import ArgumentParser
import Foundation
import KostraServer
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the Norwegian dashboard and the JSON API (/api/v1) over the database until Ctrl-C or SIGTERM.",
        discussion: """
            Read-only unless a token is set (--token or KOSTRA_SERVE_TOKEN): then POST /api/v1/import accepts \
            published-figures files with 'Authorization: Bearer <token>'. Listens on 127.0.0.1 by default; \
            put a reverse proxy in front to publish it. See docs/serve.md.
            """)

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port: Int = 8080

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Enables the import endpoint with this bearer token (default: KOSTRA_SERVE_TOKEN; unset: read-only).")
    var token: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port).") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty; use 127.0.0.1 or 0.0.0.0.") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical; not '\(logLevel)'.")
        }
        if let token, token.count < 16 { throw ValidationError("--token must be at least 16 characters, so it cannot be guessed.") }
    }

    func run() async throws {
        let configuration = ServerConfiguration(
            host: host, port: port, database: store.database,
            token: token ?? ProcessInfo.processInfo.environment["KOSTRA_SERVE_TOKEN"],
            logLevel: Logger.Level(rawValue: logLevel) ?? .info)
        let host = self.host
        let writable = configuration.allowsWrites
        try await KostraServer.run(configuration) { port in
            // Written unbuffered, so a script or test reading the pipe learns the port at once.
            let line = "Serving KostraKit on http://\(host):\(port)/ (\(writable ? "import endpoint enabled" : "read-only")). Stop with Ctrl-C.\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}
