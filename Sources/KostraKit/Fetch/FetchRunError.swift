public import Foundation
public import KostraModel

/// Why `kostra fetch` stopped; nothing was stored.
public enum FetchRunError: Error, LocalizedError, Equatable, Sendable {
    /// Nothing to fetch: no regions or no indicators with an SSB recipe.
    case nothingToFetch(String)
    /// An answer's shape does not match the query that asked for it.
    case unexpectedAnswer(url: String, reason: String)
    /// The answer could not be decoded (truncated, wrong sizes, HTML); `reason` names the position.
    case undecodableAnswer(url: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .nothingToFetch(let reason):
            return "Nothing to fetch: \(reason). Nothing was stored."
        case .unexpectedAnswer(let url, let reason):
            return "The answer from \(url) does not match the query: \(reason). Nothing was stored. "
                + "The table may have changed: check it with 'kostra inspect', or report the URL."
        case .undecodableAnswer(let url, let reason):
            return "The answer from \(url) could not be read: \(reason) Nothing was stored."
        }
    }
}

extension FetchRunError: ClassifiedError {
    public var failureKind: FailureKind {
        switch self {
        case .nothingToFetch: .invalidInput
        case .unexpectedAnswer, .undecodableAnswer: .upstream
        }
    }
}
