import Foundation

/// Formats numbers the way a Norwegian reader expects them: decimal comma,
/// a space between groups of thousands, `kr 41 681`, `9,7 %`, `0,877`.
///
/// Rounding is done on the number's shortest decimal representation, half away
/// from zero, so `19.95` rounds to `20,0` (binary floating point would give
/// `19,9`) and a printed figure never contradicts the table it came from.
public struct NorwegianNumberFormat: Sendable, Hashable {
    /// The character placed between groups of three digits.
    public var groupingSeparator: String
    /// The sign put in front of negative numbers.
    public var minusSign: String

    /// A format with an ordinary space between thousands (terminal, Word, PDF text).
    public static let standard = NorwegianNumberFormat(groupingSeparator: " ", minusSign: "-")
    /// A format with a no-break space between thousands (HTML, so numbers never wrap).
    public static let html = NorwegianNumberFormat(groupingSeparator: "\u{00A0}", minusSign: "\u{2212}")
    /// A format with no grouping, for CSV cells that spreadsheets must read as numbers.
    public static let spreadsheet = NorwegianNumberFormat(groupingSeparator: "", minusSign: "-")

    public init(groupingSeparator: String, minusSign: String) {
        self.groupingSeparator = groupingSeparator
        self.minusSign = minusSign
    }

    /// The number with `decimals` digits after the comma, e.g. `41 681` or `0,877`.
    public func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "\(minusSign)∞" : "∞") }
        let rounded = Self.round(value, decimals: decimals)
        var digits = Self.plainDigits(of: rounded, decimals: decimals)
        var negative = false
        if digits.hasPrefix("-") {
            digits.removeFirst()
            negative = digits.contains { $0 != "0" && $0 != "." }
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = group(String(parts[0]))
        let fraction = parts.count > 1 ? "," + parts[1] : ""
        return (negative ? minusSign : "") + integer + fraction
    }

    /// The number with its unit as a reader sees it: `kr 41 681`, `9,7 %`, `4,8`.
    public func value(_ value: Double, unit: IndicatorUnit, decimals: Int) -> String {
        let text = number(value, decimals: decimals)
        // The same space as between thousands, so in HTML a number never wraps away from its unit.
        let space = groupingSeparator.isEmpty ? " " : groupingSeparator
        switch unit {
        case .kroner: return "kr" + space + text
        case .thousandKroner: return "kr" + space + text + space + "000"
        case .percent: return text + space + "%"
        default: return text
        }
    }

    /// A signed difference, e.g. `+1,2` or `-0,3`, with `prosentpoeng` left to the caller.
    public func signed(_ value: Double, decimals: Int) -> String {
        let text = number(value, decimals: decimals)
        if Self.round(value, decimals: decimals) > 0 { return "+" + text }
        return text
    }

    /// Rounds half away from zero on the shortest decimal representation of `value`.
    public static func round(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite else { return value }
        var exact = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
        var result = Decimal()
        NSDecimalRound(&result, &exact, max(0, decimals), .plain)
        return NSDecimalNumber(decimal: result).doubleValue
    }

    private static func plainDigits(of rounded: Double, decimals: Int) -> String {
        String(format: "%.\(max(0, decimals))f", locale: Locale(identifier: "en_US_POSIX"), rounded)
    }

    private func group(_ integer: String) -> String {
        guard !groupingSeparator.isEmpty, integer.count > 3 else { return integer }
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.insert(integer[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: groupingSeparator)
    }
}
