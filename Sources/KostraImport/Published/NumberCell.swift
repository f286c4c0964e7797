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

    /// The two readings of a number whose only separator is a point followed by three digits
    /// (`1.234`: 1,234 or 1234), which no reader can choose between; `nil` for any other text.
    /// `0.877` is not ambiguous, since no thousands group starts with a zero, and neither is
    /// `1.243` for a figure the catalogue gives with three decimals or more (the resource-use index).
    static func ambiguity(_ text: String, decimals: Int) -> (asDecimal: String, asThousands: String)? {
        guard decimals < 3 else { return nil }
        var body = Substring(text.trimmed)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
            sign = first == "+" ? "" : "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let whole = parts.first, let fraction = parts.last,
            (1...3).contains(whole.count), fraction.count == 3, whole.first != "0",
            whole.allSatisfy(\.isASCIINumber), fraction.allSatisfy(\.isASCIINumber)
        else { return nil }
        return ("\(sign)\(whole),\(fraction)", "\(sign)\(whole)\(fraction)")
    }
}
