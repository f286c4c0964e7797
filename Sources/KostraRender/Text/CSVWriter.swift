import Foundation

/// Writes CSV the way Norwegian Excel reads it: semicolons, decimal commas, UTF-8 with a BOM.
public struct CSVWriter: Sendable {
    public private(set) var rows: [[String]] = []

    public init() {}

    /// Appends a row of cells; cells are quoted when they need it.
    public mutating func append(_ cells: [String]) {
        rows.append(cells)
    }

    /// The file's text, starting with a byte-order mark so Excel picks UTF-8 (æøå).
    public var text: String {
        "\u{FEFF}" + rows.map { $0.map(Self.quote).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
