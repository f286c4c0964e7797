/// One cell of a worksheet as the workbook stores it: a number, or text (shared, inline or a formula's text).
public enum XLSXCell: Sendable, Equatable {
    case number(Double)
    case text(String)

    /// The cell as a person reads it, for messages.
    public var display: String {
        switch self {
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .text(let text): text
        }
    }

    /// `B8`: the column letters and the 1-based row, as spreadsheets name cells.
    public static func reference(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            rest = (rest - 1) / 26
        }
        return "\(letters)\(row)"
    }

    /// The 1-based row and column of a reference such as `B8`, or `nil` when it is not one.
    static func position(of reference: Substring) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var sawDigit = false
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90 where !sawDigit: column = column * 26 + Int(scalar.value - 64)
            case 97...122 where !sawDigit: column = column * 26 + Int(scalar.value - 96)
            case 48...57:
                sawDigit = true
                row = row * 10 + Int(scalar.value - 48)
                if row > 10_000_000 { return nil }
            default: return nil
            }
            if column > 20_000 { return nil }
        }
        return column > 0 && row > 0 ? (row, column) : nil
    }
}
