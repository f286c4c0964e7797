public import Foundation
import Hummingbird
import Mustache
import NIOCore

/// Renders the dashboard's pages from the Mustache templates in `Resources/templates`, which
/// escape every `{{value}}`; only the SVG charts (escaped by the chart code) go in raw.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in ["head", "foot", "site.css", "start", "profile", "indicator", "decomposition", "error"] {
            templates[name] = try MustacheTemplate(string: String(decoding: ServerResources.data("templates/\(name).mustache"), as: UTF8.self))
        }
        library = MustacheLibrary(templates: templates)
    }

    func render(_ view: Any, template: String) throws -> String {
        guard let html = library.render(view, withTemplate: template) else {
            throw ServerSetupError.missingResource("templates/\(template).mustache")
        }
        return html
    }

    func page(_ view: Any, template: String, status: HTTPResponse.Status = .ok) throws -> Response {
        Self.html(try render(view, template: template), status: status)
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// The Norwegian error page; falls back to plain text only if the templates themselves fail.
    func errorPage(_ failure: ServerFailure, requestID: String, path: String, query: String?) -> Response {
        let view = ErrorView(failure, requestID: requestID, path: path, query: query)
        guard let html = try? render(view, template: "error") else {
            return Response(
                status: failure.status, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: failure.message)))
        }
        return Self.html(html, status: failure.status)
    }
}

/// Errors while starting the server.
public enum ServerSetupError: Error, LocalizedError, Sendable {
    case missingResource(String)
    /// Another program already listens on the port.
    case portInUse(host: String, port: Int)
    /// The system refused the address (a port below 1024 without the right, an address not on this machine).
    case cannotListen(host: String, port: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingResource(let name):
            return "The server resource '\(name)' is missing from KostraKit's installation. Rebuild KostraKit with 'swift build'."
        case .portInUse(let host, let port):
            return "Port \(port) on \(host) is already in use by another program, so the server did not start. "
                + "Stop that program, or choose another port with --port (--port 0 picks a free one)."
        case .cannotListen(let host, let port, let reason):
            return "The server cannot listen on \(host) port \(port): \(reason). Choose another address with --host or port with --port "
                + "(ports below 1024 need administrator rights)."
        }
    }

    /// A bind failure in words that name the port; any other error unchanged.
    static func explaining(_ error: any Error, host: String, port: Int) -> any Error {
        guard let io = error as? IOError else {
            // Wrapped by the service group: recognised by SwiftNIO's own wording.
            let text = String(describing: error)
            if text.contains("Address already in use") || text.contains("errno: 98") { return ServerSetupError.portInUse(host: host, port: port) }
            return error
        }
        switch io.errnoCode {
        case EADDRINUSE: return ServerSetupError.portInUse(host: host, port: port)
        case EACCES, EADDRNOTAVAIL, EPERM:
            return ServerSetupError.cannotListen(host: host, port: port, reason: String(cString: strerror(io.errnoCode)))
        default: return error
        }
    }
}
