import Foundation
import HTTPTypes
import Hummingbird

/// Answers the methods a known path does not take with 405 and an `Allow` header (the router
/// alone says 404, as if the path did not exist). It sees the requests no route takes, because
/// the router runs its middleware around its not-found answer too.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods each registered path takes, from the router's own route list.
    let table: RouteMethods
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let allowed = table.methods(for: request.uri.path) else { return try await next(request, context) }
        if allowed.contains(request.method) { return try await next(request, context) }
        let allow = table.allowHeader(allowed)
        let failure = ServerFailure(
            status: .methodNotAllowed, title: "Metoden er ikke tillatt",
            message: "\(request.uri.path.prefix(200)) does not take \(request.method.rawValue.prefix(20)); it takes \(allow).")
        var response =
            request.uri.path.hasPrefix("/api/")
            ? ErrorMiddleware<Context>.json(failure, requestID: context.id)
            : pages.errorPage(failure, requestID: context.id, path: request.uri.path, query: nil)
        response.headers[.allow] = allow
        return response
    }
}

/// Answers HEAD as GET without the body, wherever GET is. It wraps the router as a whole,
/// because the router picks the route by method before any of its middleware runs.
struct HeadAsGetResponder<Wrapped: HTTPResponder>: HTTPResponder {
    typealias Context = Wrapped.Context
    let wrapped: Wrapped
    let table: RouteMethods

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .head, let allowed = table.methods(for: request.uri.path), allowed.contains(.get) else {
            return try await wrapped.respond(to: request, context: context)
        }
        var head = request.head
        head.method = .get
        let response = try await wrapped.respond(to: Request(head: head, body: request.body), context: context)
        return Response(status: response.status, headers: response.headers, body: ResponseBody())
    }
}

/// The paths the router knows, each with its methods (HEAD added wherever GET is).
struct RouteMethods: Sendable {
    private var routes: [(segments: [String], methods: Set<HTTPRequest.Method>)] = []
    /// The routes without a captured segment, by their path as `/api/v1/profile`. Every request
    /// asks for its path's methods, and splitting the path to compare it with each route was 4 %
    /// of the server's CPU in the benchmark's load run (perf, issue 25); nearly every request's
    /// path is one of these. `RouteMethodsTests` checks the lookup against ``scannedMethods(for:)``.
    private var literalRoutes: [String: Set<HTTPRequest.Method>] = [:]

    init(_ routes: [(path: String, method: HTTPRequest.Method)]) {
        for route in routes {
            let segments = Self.segments(route.path)
            if let index = self.routes.firstIndex(where: { $0.segments == segments }) {
                self.routes[index].methods.insert(route.method)
            } else {
                self.routes.append((segments, [route.method]))
            }
        }
        for route in self.routes where !route.segments.contains(where: Self.isCapture) {
            literalRoutes["/" + route.segments.joined(separator: "/")] = route.methods
        }
    }

    /// The methods `path` takes, or `nil` when no route has that path.
    func methods(for path: String) -> Set<HTTPRequest.Method>? {
        // A literal route wins over a captured one, so a path that is exactly a literal route's has its methods.
        literalRoutes[path] ?? scannedMethods(for: path)
    }

    /// The methods `path` takes, found by comparing it with every route segment by segment.
    func scannedMethods(for path: String) -> Set<HTTPRequest.Method>? {
        let parts = Self.segments(path)
        // A literal route wins over a captured one, as in the router.
        let matches = routes.filter { route in
            route.segments.count == parts.count
                && zip(route.segments, parts).allSatisfy { pattern, part in Self.isCapture(pattern) || pattern == part }
        }
        guard !matches.isEmpty else { return nil }
        let best = matches.max { lhs, rhs in
            lhs.segments.filter { !Self.isCapture($0) }.count < rhs.segments.filter { !Self.isCapture($0) }.count
        }
        return best?.methods
    }

    /// `GET, HEAD` and so on, in a fixed order.
    func allowHeader(_ methods: Set<HTTPRequest.Method>) -> String {
        var all = methods
        if all.contains(.get) { all.insert(.head) }
        return all.map(\.rawValue).sorted { Self.order($0) < Self.order($1) }.joined(separator: ", ")
    }

    private static func order(_ method: String) -> Int {
        ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"].firstIndex(of: method) ?? 99
    }

    private static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    private static func isCapture(_ segment: String) -> Bool {
        segment.hasPrefix("{") || segment.hasPrefix(":") || segment == "*"
    }
}
