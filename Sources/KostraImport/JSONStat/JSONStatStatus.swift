public import KostraModel

/// The status of one cell: one of SSB's symbols, or another provider's string kept as is.
///
/// SSB writes `..` (missing), `:` (confidential), `.` (not applicable) and `-`
/// (exactly nil); other publishers use letters such as `p` or `e`, which are kept
/// raw so that nothing the publisher said is lost.
public enum JSONStatStatus: Sendable, Hashable, CustomStringConvertible {
    /// One of SSB's status symbols.
    case symbol(StatusSymbol)
    /// A status string that is not one of SSB's symbols, exactly as written.
    case other(String)

    /// Reads a status string; SSB symbols are recognised even with spaces around them.
    public init(_ raw: String) {
        if let symbol = StatusSymbol(cell: raw) {
            self = .symbol(symbol)
        } else {
            self = .other(raw)
        }
    }

    /// The SSB symbol, or `nil` for another provider's status.
    public var symbol: StatusSymbol? {
        if case .symbol(let symbol) = self { return symbol }
        return nil
    }

    /// The status as it would be written in the file.
    public var rawValue: String {
        switch self {
        case .symbol(let symbol): symbol.rawValue
        case .other(let raw): raw
        }
    }

    /// The status as it would be written in the file.
    public var description: String { rawValue }
}
