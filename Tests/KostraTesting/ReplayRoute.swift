public import Foundation

/// One entry of the replay server's routing table: which answer a path (and optionally a
/// query) gets. Tests use it to point a URL at a real answer under `shared/data/`.
public struct ReplayRoute: Sendable {
    /// Where the answer's body comes from.
    public enum Source: Sendable {
        /// A file, read when the request arrives (so `shared/` files are never copied).
        case file(URL)
        /// Bytes given by the test.
        case bytes(Data)
        /// Computed from the decoded query parameters: (status, body).
        case computed(@Sendable ([QueryParameter]) throws -> (status: Int, body: Data))
    }

    /// The request path, e.g. `/api/klass/v1/classifications/131/codesAt`.
    public var path: String
    /// Decoded query parameters that must all be present with these values (names matched
    /// case-insensitively, as SSB does); `nil` matches any query.
    public var query: [String: String]?
    /// The body.
    public var source: Source
    /// The HTTP status.
    public var status: Int
    /// The `Content-Type`.
    public var contentType: String

    /// Creates a route.
    public init(
        path: String, query: [String: String]? = nil, source: Source, status: Int = 200, contentType: String = "application/json; charset=utf-8"
    ) {
        self.path = path
        self.query = query
        self.source = source
        self.status = status
        self.contentType = contentType
    }

    func matches(path: String, parameters: [QueryParameter]) -> Bool {
        guard path == self.path else { return false }
        guard let query else { return true }
        return query.allSatisfy { name, value in
            parameters.contains { $0.name.lowercased() == name.lowercased() && $0.value == value }
        }
    }
}
