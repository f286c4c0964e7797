/// A fault the replay server plays instead of (or on top of) a normal answer, to test
/// how the client copes with what SSB and the network do on bad days.
public enum ReplayFault: Sendable, Hashable {
    /// HTTP 429 with a `Retry-After` header (seconds or an HTTP-date) and SSB-style body.
    case tooManyRequests(retryAfter: String)
    /// Any status with SSB's JSON error body shape; an empty `title` gives an empty body
    /// (SSB answers a repeated value code with 500 and no body).
    case status(Int, title: String)
    /// Close the connection with a TCP reset before any answer.
    case resetConnection
    /// The normal answer, but the body pauses half-way for `delay`.
    case slowBody(delay: Duration)
    /// The normal answer's headers with its full `Content-Length`, then only `fraction`
    /// of the body before the connection closes.
    case truncatedBody(fraction: Double)
    /// HTTP 200 with an HTML page, as a proxy or captive portal would answer.
    case htmlPage
    /// The normal answer with extra headers, e.g. `x-ratelimit-remaining: 0`.
    case headers([String: String])
}
