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
        if let whole = Self.scaledWhole(value, decimals: decimals) {
            return text(whole: whole, negative: value < 0 && whole != 0, decimals: decimals)
        }
        let digits = Self.roundedDigits(value, decimals: decimals)
        var text = digits.negative ? minusSign : ""
        let count = digits.integer.count
        for (offset, digit) in digits.integer.enumerated() {
            if offset > 0, (count - offset) % 3 == 0 { text += groupingSeparator }
            text.unicodeScalars.append(Unicode.Scalar(48 + digit))
        }
        if !digits.fraction.isEmpty {
            text += ","
            for digit in digits.fraction { text.unicodeScalars.append(Unicode.Scalar(48 + digit)) }
        }
        return text
    }

    /// The digits of `whole` with the last `decimals` of them after the comma, written in one
    /// allocation: a report prints thousands of figures, and this is most of what printing one costs.
    private func text(whole: UInt64, negative: Bool, decimals: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            // Least significant first, with at least one digit before the comma.
            var count = 0
            var rest = whole
            repeat {
                digits[count] = UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 || count <= decimals
            let integerCount = count - decimals
            let separator = groupingSeparator.utf8
            let minus = minusSign.utf8
            let capacity = minus.count + count + 1 + (integerCount / 3) * separator.count
            return String(unsafeUninitializedCapacity: capacity) { output in
                var at = 0
                if negative {
                    for byte in minus { output[at] = byte; at += 1 }
                }
                for offset in 0..<integerCount {
                    if offset > 0, (integerCount - offset) % 3 == 0 {
                        for byte in separator { output[at] = byte; at += 1 }
                    }
                    output[at] = 48 + digits[count - 1 - offset]
                    at += 1
                }
                if decimals > 0 {
                    output[at] = UInt8(ascii: ",")
                    at += 1
                    for position in stride(from: decimals - 1, through: 0, by: -1) {
                        output[at] = 48 + digits[position]
                        at += 1
                    }
                }
                return at
            }
        }
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
    ///
    /// The result is the `Double` nearest the rounded decimal, as parsing its digits would give.
    ///
    /// A fast path: rounding by formatting with Foundation and parsing the text back was 57 % of the
    /// national profile (`perf record`, session 4), and `NumberFormatter` two thirds of a report
    /// before that. `NorwegianNumberFormatTests` checks it against Foundation's decimal rounding
    /// on 20 000 seeded figures.
    public static func round(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite else { return value }
        if let whole = scaledWhole(value, decimals: decimals) {
            let magnitude = Double(whole) / powersOfTen[decimals]
            return value < 0 && magnitude != 0 ? -magnitude : magnitude
        }
        let (negative, integer, fraction) = roundedDigits(value, decimals: decimals)
        let magnitude: Double
        if integer.count + fraction.count <= 15 {
            // Both the digits as one whole number and the power of ten are exact doubles here, so
            // the one division is correctly rounded: no text is made or parsed (a profile rounds
            // every figure it compares, and parsing text was over half its time).
            var digits: Int64 = 0
            for digit in integer + fraction { digits = digits * 10 + Int64(digit) }
            magnitude = Double(digits) / powersOfTen[fraction.count]
        } else {
            var text = ""
            text.unicodeScalars.append(contentsOf: integer.map { Unicode.Scalar($0 + 48) })
            text += "."
            text.unicodeScalars.append(contentsOf: fraction.map { Unicode.Scalar($0 + 48) })
            magnitude = Double(text) ?? value.magnitude
        }
        return negative && magnitude != 0 ? -magnitude : magnitude
    }

    /// `value`'s magnitude times 10^`decimals`, rounded half away from zero, when binary arithmetic
    /// is sure to round it as its decimal digits would; `nil` when only the digits can tell.
    ///
    /// The scaled value is off by at most a few units in its last place (under 1e-6 below 1e9), so
    /// unless it lies that close to a half, it rounds the same way as the decimal digits would, and
    /// the whole number is exactly the rounded digits.
    static func scaledWhole(_ value: Double, decimals: Int) -> UInt64? {
        guard decimals >= 0, decimals < powersOfTen.count else { return nil }
        let scaled = value.magnitude * powersOfTen[decimals]
        let fraction = scaled - scaled.rounded(.down)
        guard scaled < 1e9, (fraction - 0.5).magnitude > 1e-6 else { return nil }
        return UInt64(scaled.rounded(.toNearestOrAwayFromZero))
    }

    private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// The decimal digits of `value` rounded to `decimals` places, half away from zero, working on
    /// Swift's shortest round-trip representation (so `19.95` is 19,95 and rounds to 20,0).
    ///
    /// Done digit by digit rather than through `NumberFormatter` or `String(format:)`: those went
    /// through ICU on every call and were most of the time spent rendering a report.
    static func roundedDigits(_ value: Double, decimals: Int) -> (negative: Bool, integer: [UInt8], fraction: [UInt8]) {
        let places = max(0, decimals)
        var mantissa: [UInt8] = []
        var pointAt: Int?
        var exponentText = ""
        var inExponent = false
        for byte in "\(value.magnitude)".utf8 {
            if inExponent {
                exponentText.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte >= 48 && byte <= 57 {
                mantissa.append(byte - 48)
            } else if byte == UInt8(ascii: ".") {
                pointAt = mantissa.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                inExponent = true
            }
        }
        let point = (pointAt ?? mantissa.count) + (Int(exponentText) ?? 0)
        var integer: [UInt8]
        var fraction: [UInt8]
        if point <= 0 {
            integer = [0]
            fraction = [UInt8](repeating: 0, count: -point) + mantissa
        } else if point >= mantissa.count {
            integer = mantissa + [UInt8](repeating: 0, count: point - mantissa.count)
            fraction = []
        } else {
            integer = Array(mantissa[..<point])
            fraction = Array(mantissa[point...])
        }
        if fraction.count > places {
            let roundUp = fraction[places] >= 5
            fraction.removeLast(fraction.count - places)
            if roundUp {
                // Add one in the last kept place, carrying through the fraction into the integer.
                var digits = integer + fraction
                var index = digits.count - 1
                while index >= 0, digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                }
                if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0) }
                integer = Array(digits[..<(digits.count - places)])
                fraction = Array(digits[(digits.count - places)...])
            }
        } else {
            fraction += [UInt8](repeating: 0, count: places - fraction.count)
        }
        while integer.count > 1, integer[0] == 0 { integer.removeFirst() }
        let negative = value < 0 && (integer.contains { $0 != 0 } || fraction.contains { $0 != 0 })
        return (negative, integer, fraction)
    }
}
