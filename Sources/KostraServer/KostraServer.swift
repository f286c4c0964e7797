import Foundation
public import Hummingbird
public import KostraKit
public import Logging
import NIOCore

/// `kostra serve`: the dashboard and JSON API over one workspace.
///
/// The server shares no state between instances: an answer is computed from the store, and kept
/// only as this process's memo of it until the store changes (`ResponseCache`), so several
/// instances can serve one database behind a reverse proxy.
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
        // Request values end up in log lines; escaped, a decoded `%0a` cannot start a forged line.
        logger.handler = ControlEscapingLogHandler(wrapping: logger.handler)
        let pages = try PageRenderer()
        let openAPI = try ServerResources.data("openapi.json")
        let cache = ResponseCache()
        let registerRoutes = { (router: Router<BasicRequestContext>) in
            PageRoutes(workspace: workspace, pages: pages, cache: cache).register(on: router)
            APIRoutes(workspace: workspace, openAPI: openAPI, cache: cache).register(on: router)
            // Registered on a read-only server too, where it answers 403 (documented), not 404.
            ImportRoutes(workspace: workspace, token: configuration.token).register(on: router)
        }
        // Middleware only wraps the routes added after it, so the methods each path takes are read
        // from a router that holds the same routes, before the real one is built.
        let survey = Router()
        registerRoutes(survey)
        let methods = RouteMethods(survey.routes.map { ($0.path.description, $0.method) })
        let router = Router()
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(pages: pages))
        router.add(middleware: MethodMiddleware(table: methods, pages: pages))
        registerRoutes(router)
        return Application(
            responder: HeadAsGetResponder(wrapped: router.buildResponder(), table: methods),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "KostraKit"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Opens the workspace and serves until SIGINT or SIGTERM, then finishes the requests in flight and stops.
    public static func run(_ configuration: ServerConfiguration, onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        let workspace = try await Workspace.open(database: configuration.database)
        let app = try application(workspace: workspace, configuration: configuration, onRunning: onRunning)
        do {
            try await app.runService()  // stops gracefully on SIGTERM and SIGINT (the default signals)
        } catch {
            throw ServerSetupError.explaining(error, host: configuration.host, port: configuration.port)
        }
    }
}
