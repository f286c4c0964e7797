import Foundation
public import Hummingbird
public import KostraKit
public import Logging
import NIOCore

/// `kostra serve`: the dashboard and JSON API over one workspace.
///
/// The server keeps no state of its own between requests: every answer is computed from the
/// store, so several instances can serve one database behind a reverse proxy.
public enum KostraServer {
    /// Builds the application (routes, middleware, logging) without starting it; tests run it themselves.
    ///
    /// - Parameter onRunning: called with the bound port once the server listens (useful with port 0).
    public static func application(
        workspace: Workspace, configuration: ServerConfiguration, logger: Logger? = nil,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        var logger = logger ?? Logger(label: "kostra.serve")
        logger.logLevel = configuration.logLevel
        let pages = try PageRenderer()
        guard let url = Bundle.module.url(forResource: "Resources/openapi", withExtension: "json"),
            let openAPI = try? Data(contentsOf: url)
        else {
            throw ServerSetupError.missingResource("openapi.json")
        }
        let router = Router()
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(pages: pages))
        let cache = ResponseCache()
        PageRoutes(workspace: workspace, pages: pages, cache: cache).register(on: router)
        APIRoutes(workspace: workspace, openAPI: openAPI, cache: cache).register(on: router)
        if let token = configuration.token {
            ImportRoutes(workspace: workspace, token: token).register(on: router)
        }
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "KostraKit"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Opens the workspace and serves until SIGINT or SIGTERM, then finishes the requests in flight and stops.
    public static func run(_ configuration: ServerConfiguration, onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        let workspace = try await Workspace.open(database: configuration.database)
        let app = try application(workspace: workspace, configuration: configuration, onRunning: onRunning)
        try await app.runService()  // stops gracefully on SIGTERM and SIGINT (the default signals)
    }
}
