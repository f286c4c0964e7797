/// What kind of trouble an error reports, decided where the error is made, so each edge maps it
/// once: the server to an HTTP status, the command line to its exit status.
public enum FailureKind: Sendable, Hashable {
    /// A name, year or figure that does not exist (HTTP 404).
    case notFound
    /// A parameter or file that breaks a rule (HTTP 400).
    case invalidInput
    /// Valid input, but the stored figures do not allow the computation (HTTP 422).
    case cannotCompute
    /// The database is busy or read-only, or a program the answer needs is missing: try again
    /// later (HTTP 503 with `Retry-After` when it says how long).
    case unavailable(retryAfterSeconds: Int?)
    /// SSB or another publisher answered wrongly or not at all (HTTP 502).
    case upstream
    /// A fault in the installation or the program itself (HTTP 500; details go to the log).
    case internalFailure
}

/// An error that says what kind of trouble it is, which parameter is at fault and what the user
/// may have meant, in neutral fields the edges map; its message is `localizedDescription`.
public protocol ClassifiedError: Error {
    var failureKind: FailureKind { get }
    /// The parameter at fault, by its neutral name (`municipality`, `year`, `file`), if one is.
    var parameter: String? { get }
    /// Close matches or the valid choices for what was given.
    var suggestions: [String] { get }
}

extension ClassifiedError {
    public var parameter: String? { nil }
    public var suggestions: [String] { [] }
}
