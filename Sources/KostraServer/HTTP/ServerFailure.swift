public import Foundation
public import HTTPTypes

/// A request the server refuses or cannot answer, with the status and a message that says what to do.
///
/// Rendered as JSON under `/api/` and as a Norwegian HTML page elsewhere; the message is
/// English for API clients and the HTML page shows the Norwegian `title` above it.
public struct ServerFailure: Error, LocalizedError, Sendable {
    public var status: HTTPResponse.Status
    /// A short Norwegian heading for the HTML page.
    public var title: String
    /// What went wrong and what to do, naming the parameter and the value received.
    public var message: String
    /// The parameter at fault, if one is.
    public var parameter: String?
    /// Close matches for an unknown name (municipality, indicator).
    public var suggestions: [String]
    /// For a 503: when to try again, sent as `Retry-After` (nil when no time can be named).
    public var retryAfterSeconds: Int?

    public init(status: HTTPResponse.Status, title: String, message: String, parameter: String? = nil, suggestions: [String] = []) {
        self.status = status
        self.title = title
        self.message = message
        self.parameter = parameter
        self.suggestions = suggestions
    }

    public var errorDescription: String? { message }

    static func badParameter(_ name: String, _ message: String) -> ServerFailure {
        ServerFailure(status: .badRequest, title: "Ugyldig forespørsel", message: message, parameter: name)
    }

    /// A request that keeps every rule of the OpenAPI document but cannot be answered as it stands.
    static func unprocessable(_ name: String?, _ message: String) -> ServerFailure {
        ServerFailure(status: .unprocessableContent, title: "Kan ikke beregnes", message: message, parameter: name)
    }

    static func notFound(_ message: String, parameter: String? = nil, suggestions: [String] = []) -> ServerFailure {
        ServerFailure(status: .notFound, title: "Ikke funnet", message: message, parameter: parameter, suggestions: suggestions)
    }
}
