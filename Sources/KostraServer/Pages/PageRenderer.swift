public import Foundation
import Hummingbird
import Mustache

/// Renders the dashboard's pages from the Mustache templates in `Resources/templates`, which
/// escape every `{{value}}`; only the SVG charts (escaped by the chart code) go in raw.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in ["head", "foot", "site.css", "start", "profile", "indicator", "decomposition", "error"] {
            guard let url = Bundle.module.url(forResource: "Resources/templates/\(name)", withExtension: "mustache") else {
                throw ServerSetupError.missingResource("templates/\(name).mustache")
            }
            templates[name] = try MustacheTemplate(string: String(contentsOf: url, encoding: .utf8))
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

    public var errorDescription: String? {
        switch self {
        case .missingResource(let name):
            return "The server resource '\(name)' is missing from KostraKit's installation. Rebuild KostraKit with 'swift build'."
        }
    }
}
