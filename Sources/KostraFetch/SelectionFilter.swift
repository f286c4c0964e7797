/// Which categories of one variable a PxWebApi v2 query selects.
///
/// These are the selection forms SSB's GET syntax accepts (`valueCodes[VAR]=…`).
/// Only ``codes(_:)`` lists categories explicitly, so it is the only form that
/// ``QuerySplitter`` can bisect; the others are expanded from metadata when needed.
public enum SelectionFilter: Sendable, Hashable {
    /// Explicit category codes, in the order given. Duplicates are dropped when the
    /// selection is built, because SSB answers a repeated code with HTTP 500 and an empty body.
    case codes([String])
    /// Every category (`*`).
    case all
    /// The first `n` categories in SSB's `top(n)` sense (for time, the latest `n`).
    case top(Int)
    /// Every category from this code onwards, inclusive (`from(x)`).
    case from(String)
    /// Every category up to this code, inclusive (`to(x)`).
    case to(String)

    /// The expression as it appears in a GET URL, before percent-encoding.
    public var expression: String {
        switch self {
        case .codes(let codes): codes.joined(separator: ",")
        case .all: "*"
        case .top(let n): "top(\(n))"
        case .from(let code): "from(\(code))"
        case .to(let code): "to(\(code))"
        }
    }

    /// The explicit codes, or `nil` when the filter is an expression.
    public var explicitCodes: [String]? {
        if case .codes(let codes) = self { return codes }
        return nil
    }
}
