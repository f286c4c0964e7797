public import Foundation

/// A request the replay server received.
public struct RecordedRequest: Sendable, Hashable {
    /// The request target as sent: path and query, still percent-encoded.
    public var target: String
    /// The path, e.g. `/api/pxwebapi/v2/tables/12134/data`.
    public var path: String
    /// Query parameters, percent-decoded, in the order sent.
    public var query: [QueryParameter]
    /// The `User-Agent` header.
    public var userAgent: String?
    /// The full URL length as SSB would count it (`http://127.0.0.1:port` + target).
    public var urlLength: Int
    /// When it arrived.
    public var receivedAt: Date
    /// `GET` or `POST`.
    public var method: String = "GET"
    /// A POST's body, as sent.
    public var body: String?

    /// The decoded value of a query parameter, matched case-insensitively.
    public func parameter(_ name: String) -> String? {
        query.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One decoded `name=value` pair of a query string.
public struct QueryParameter: Sendable, Hashable {
    /// The decoded name, e.g. `valueCodes[Tid]`.
    public var name: String
    /// The decoded value, e.g. `2022,2023`.
    public var value: String

    /// Splits and percent-decodes a query string (no `+`-as-space: PxWebApi does not use forms).
    public static func parse(_ query: String?) -> [QueryParameter] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            return QueryParameter(name: name.removingPercentEncoding ?? name, value: value.removingPercentEncoding ?? value)
        }
    }
}
