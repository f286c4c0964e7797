import KostraModel

/// What one cell of a figures file holds.
enum NumberCell: Equatable {
    case empty
    case value(Double)
    case status(StatusSymbol)

    /// Reads `4,3`, `4.3`, `11 141`, `11 141` (no-break space), `−2,2`, or an SSB symbol.
    /// Returns `nil` for anything else.
    static func parse(_ text: String) -> NumberCell? {
        let trimmed = text.trimmed
        if trimmed.isEmpty { return .empty }
        if let status = StatusSymbol(rawValue: trimmed) { return .status(status) }
        var cleaned = ""
        for character in trimmed {
            switch character {
            case " ", "\u{00A0}", "\u{202F}": continue
            case ",": cleaned.append(".")
            case "\u{2212}": cleaned.append("-")
            default: cleaned.append(character)
            }
        }
        guard cleaned.filter({ $0 == "." }).count <= 1,
            cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return .value(value)
    }
}
