import Foundation

/// One of Statistics Norway's symbols that stand in a cell instead of a number.
///
/// Missing is never zero: a cell with a status has no value, and every
/// computation that meets one leaves that member out and says so.
public enum StatusSymbol: String, Sendable, Codable, CaseIterable, Hashable {
    /// `.`: the figure cannot exist (logically impossible).
    case notApplicable = "."
    /// `..`: the figure is missing or not yet available.
    case missing = ".."
    /// `:`: the figure is suppressed for confidentiality.
    case confidential = ":"
    /// `-`: the figure is exactly nil (zero by definition, not rounded).
    case nil_ = "-"

    /// The symbol as SSB prints it.
    public var symbol: String { rawValue }

    /// A short Norwegian explanation for readers.
    public var norwegianLabel: String {
        switch self {
        case .notApplicable: "ikke mulig å oppgi tall"
        case .missing: "tall mangler"
        case .confidential: "skjermet"
        case .nil_: "null"
        }
    }

    /// Reads a cell's text as a status symbol, tolerating surrounding spaces.
    public init?(cell: some StringProtocol) {
        self.init(rawValue: String(cell).trimmingCharacters(in: .whitespaces))
    }
}
