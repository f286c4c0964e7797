public import Foundation
public import KostraModel

/// Why fetching from SSB (PxWebApi v2 or KLASS) failed.
///
/// Every message names the URL (or table and query), the HTTP status and SSB's error
/// `title` when there is one, and says what to do. ``code`` is a stable label for logs.
public enum FetchError: Error, LocalizedError, Sendable, Hashable {
    /// SSB answered an HTTP error status: at once for statuses that are not retried
    /// (most 4xx), or after the last attempt for 429 and 5xx. `title` is the `title` field
    /// of SSB's JSON error body (`{"type":"Parameter error","title":"Too many cells selected",…}`).
    case httpStatus(url: String, status: Int, title: String?, attempts: Int)
    /// The connection failed (reset, closed, timed out) on every attempt.
    case transport(url: String, reason: String, attempts: Int)
    /// The body ended before the length SSB declared, on every attempt.
    case truncatedBody(url: String, expected: Int, received: Int, attempts: Int)
    /// An HTML page came back where JSON was expected (a proxy, a maintenance page, IIS' 404 for long URLs).
    case htmlInsteadOfJSON(url: String, status: Int)
    /// The body could not be used (empty, not JSON, or JSON of the wrong shape).
    case invalidBody(url: String, reason: String)
    /// Offline mode and the URL was never fetched.
    case notInCache(url: String, cacheDirectory: String)
    /// The query cannot be split into parts within SSB's limits.
    case unsplittableQuery(table: String, query: String, reason: String)
    /// The query is malformed before anything is sent (empty code list, unknown code in `from(x)`).
    case invalidQuery(table: String, query: String, reason: String)
    /// Reading or writing the on-disk cache failed.
    case cacheFailure(path: String, reason: String)
    /// The URL cannot be requested at all (bad scheme or host); a configuration mistake.
    case invalidURL(url: String, reason: String)
    /// The task was cancelled while fetching.
    case cancelled(url: String)

    /// A fixed label for logs and metrics.
    public var code: String {
        switch self {
        case .httpStatus(_, let status, _, _): "http_\(status)"
        case .transport: "transport"
        case .truncatedBody: "truncated_body"
        case .htmlInsteadOfJSON: "html_instead_of_json"
        case .invalidBody: "invalid_body"
        case .notInCache: "not_in_cache"
        case .unsplittableQuery: "unsplittable_query"
        case .invalidQuery: "invalid_query"
        case .cacheFailure: "cache_failure"
        case .invalidURL: "invalid_url"
        case .cancelled: "cancelled"
        }
    }

    /// Whether a fresh attempt may succeed (used by the retry loop).
    var isRetryable: Bool {
        switch self {
        case .httpStatus(_, let status, _, _): Self.retryableStatuses.contains(status)
        case .transport, .truncatedBody: true
        default: false
        }
    }

    /// 429 (rate limit) and the 5xx answers SSB gives while updating or overloaded.
    static let retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]

    /// The message for people: where, what SSB said, and what to do.
    public var errorDescription: String? {
        switch self {
        case .httpStatus(let url, let status, let title, let attempts):
            let quoted = title.map { " \"\($0)\"" } ?? ""
            let tries = attempts > 1 ? " after \(attempts) attempts" : ""
            return "SSB answered HTTP \(status)\(quoted) for \(url)\(tries). \(Self.advice(status: status, title: title, url: url))"
        case .transport(let url, let reason, let attempts):
            return "Could not fetch \(url) after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(reason). "
                + "Check the network connection and try again, or run with --offline to use the cache."
        case .truncatedBody(let url, let expected, let received, let attempts):
            return
                "The answer from \(url) was cut off after \(received) of \(expected) bytes on each of \(attempts) attempt\(attempts == 1 ? "" : "s"). "
                + "The connection is unstable or SSB is overloaded: try again later."
        case .htmlInsteadOfJSON(let url, let status):
            return "SSB answered an HTML page instead of JSON (HTTP \(status)) for \(url). "
                + "A proxy, a login portal or an SSB maintenance page is in the way: open the URL in a browser to see it, and try again later."
        case .invalidBody(let url, let reason):
            return "The answer from \(url) could not be used: \(reason). Fetch it again; if it persists, report the URL."
        case .notInCache(let url, let directory):
            return "\(url) is not in the cache (\(directory)); run once without --offline."
        case .unsplittableQuery(let table, let query, let reason):
            return "The query for table \(table) cannot be split within SSB's limits: \(reason). Query: \(query). "
                + "Select fewer categories, use '*' or top(n) instead of long code lists, or use a codelist."
        case .invalidQuery(let table, let query, let reason):
            return "The query for table \(table) is not valid: \(reason). Query: \(query). Check it against the table's metadata."
        case .cacheFailure(let path, let reason):
            return "The response cache at \(path) could not be used: \(reason). Check that the folder is writable, or choose another cache folder."
        case .invalidURL(let url, let reason):
            return "\(url) cannot be requested: \(reason). Check apiBase and klassBase in the configuration."
        case .cancelled(let url):
            return "Fetching \(url) was cancelled."
        }
    }

    /// What to do about an HTTP error, by status and SSB title.
    private static func advice(status: Int, title: String?, url: String) -> String {
        switch (status, title) {
        case (400, "Too many cells selected"?):
            return "The query selects more cells than SSB allows per query (800 000): lower maxDataCells so the client splits it, or select less."
        case (400, _):
            return "The query does not fit the table: check variable and value codes against the table's metadata. Not retried."
        case (404, _):
            return "The table or path does not exist, or the URL (\(url.count) characters) is longer than SSB accepts for GET "
                + "(about 2 100): check the table id, or lower maxURLLength so the query is split. Not retried."
        case (429, _):
            return "SSB's rate limit is still exceeded: wait a minute before running again, or lower the request rate."
        case (500..<600, _):
            return
                "SSB may be updating tables (05:00 and 11:30) or busy after the 08:00 release: try again later, or run with --offline to use the cache."
        default:
            return "Not retried: check the URL."
        }
    }
}

extension FetchError: ClassifiedError {
    public var failureKind: FailureKind {
        switch self {
        case .httpStatus, .transport, .truncatedBody, .htmlInsteadOfJSON, .invalidBody: .upstream
        case .notInCache: .notFound
        case .unsplittableQuery, .invalidQuery, .invalidURL: .invalidInput
        case .cancelled: .unavailable(retryAfterSeconds: nil)
        case .cacheFailure: .internalFailure
        }
    }
}
