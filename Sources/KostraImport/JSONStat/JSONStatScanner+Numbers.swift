import Foundation

extension JSONStatScanner {
    /// Powers of ten that a `Double` holds exactly (10^0 ... 10^22).
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// `10^n` for the digit counts a short fraction can have.
    private static let integerPowersOfTen: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    /// Reads a JSON number at the cursor, checking the JSON grammar.
    ///
    /// Almost every statistical figure has few digits, so the classic fast path
    /// applies: a mantissa of at most 2^53 times or divided by an exact power of
    /// ten up to 10^22 is one correctly rounded operation, hence exactly what
    /// `Double(String)` gives. Everything else goes to `strtod`.
    @inline(__always)
    mutating func readNumber() throws(JSONStatError) -> Double {
        if pos + 24 <= end, let value = readShortNumber() {
            return value
        }
        return try readAnyNumber()
    }

    /// The commonest figures (`-1234`, `136.2`: at most 7 digits before and 7 after the point,
    /// no exponent) read eight bytes at a time, with no branch per digit.
    ///
    /// Figures of random length make a digit-by-digit loop mispredict its exit on
    /// almost every number; counting the digits in a word avoids that. Returns
    /// `nil` without moving the cursor for anything else, which the general
    /// path then reads (and rejects if it is not JSON). Needs 24 readable bytes.
    @inline(__always)
    private mutating func readShortNumber() -> Double? {
        var p = pos
        let negative = base[p] == UInt8(ascii: "-")
        if negative { p += 1 }
        let whole = loadWord(at: p)
        let wholeDigits = Self.leadingDigitCount(whole)
        // A leading zero must stand alone (`0`, `0.5`); `012` is not JSON.
        guard wholeDigits > 0, wholeDigits < 8, base[p] != UInt8(ascii: "0") || wholeDigits == 1 else { return nil }
        var mantissa = Self.digitValue(whole, count: wholeDigits)
        p += wholeDigits
        var fractionDigits = 0
        if base[p] == UInt8(ascii: ".") {
            p += 1
            let fraction = loadWord(at: p)
            fractionDigits = Self.leadingDigitCount(fraction)
            guard fractionDigits > 0, fractionDigits < 8 else { return nil }
            mantissa = mantissa &* Self.integerPowersOfTen[fractionDigits] &+ Self.digitValue(fraction, count: fractionDigits)
            p += fractionDigits
        }
        guard base[p] | 0x20 != UInt8(ascii: "e") else { return nil }
        pos = p
        // At most 14 digits: exact in a Double, and one exact division by 10^1...10^7.
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= Self.exactPowersOfTen[fractionDigits] }
        return negative ? -value : value
    }

    /// Eight input bytes as a little-endian word (the first byte lowest).
    @inline(__always)
    private func loadWord(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// How many of the word's bytes, from the first, are ASCII digits (0 to 8).
    @inline(__always)
    static func leadingDigitCount(_ word: UInt64) -> Int {
        // A digit byte is 0x30...0x39: high nibble 3, and still 3 after adding 6.
        // A carry out of a non-digit byte only disturbs bytes after it, which are not counted.
        let high = word & 0xF0F0_F0F0_F0F0_F0F0
        let shifted = (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0
        let notDigit = (high ^ 0x3030_3030_3030_3030) | (shifted ^ 0x3030_3030_3030_3030)
        return notDigit.trailingZeroBitCount >> 3
    }

    /// The value of the first `count` (1 to 8) digit bytes of a word, combined pairwise (SWAR).
    @inline(__always)
    static func digitValue(_ word: UInt64, count: Int) -> UInt64 {
        // Shifting the digits to the top fills the low bytes, the most significant places, with zeros.
        var value = (word & 0x0F0F_0F0F_0F0F_0F0F) &<< UInt64(64 - 8 * count)
        value = (value &* 10 &+ (value >> 8)) & 0x00FF_00FF_00FF_00FF
        value = (value &* 100 &+ (value >> 16)) & 0x0000_FFFF_0000_FFFF
        return (value &* 10_000 &+ (value >> 32)) & 0xFFFF_FFFF
    }

    /// Any JSON number, digit by digit, with `strtod` for what the fast path cannot do exactly.
    private mutating func readAnyNumber() throws(JSONStatError) -> Double {
        let start = pos
        var p = pos
        var negative = false
        if base[p] == UInt8(ascii: "-") {
            negative = true
            p += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var fast = true

        guard p < end else {
            pos = p
            throw unexpected("a digit")
        }
        var digit = base[p] &- UInt8(ascii: "0")
        if digit == 0 {
            p += 1
            if p < end, base[p] &- UInt8(ascii: "0") <= 9 {
                pos = p
                throw unexpected("',' or the end of the number (JSON numbers have no leading zeros)")
            }
        } else if digit <= 9 {
            repeat {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    digits += 1
                } else {
                    fast = false
                }
                p += 1
                guard p < end else { break }
                digit = base[p] &- UInt8(ascii: "0")
            } while digit <= 9
        } else {
            pos = p
            throw unexpected("a digit")
        }

        if p < end, base[p] == UInt8(ascii: ".") {
            p += 1
            guard p < end, base[p] &- UInt8(ascii: "0") <= 9 else {
                pos = p
                throw unexpected("a digit after the decimal point")
            }
            repeat {
                digit = base[p] &- UInt8(ascii: "0")
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    // Leading zeros of a fraction (0.000x) carry no precision.
                    if mantissa != 0 { digits += 1 }
                    exponent -= 1
                } else {
                    fast = false
                }
                p += 1
            } while p < end && base[p] &- UInt8(ascii: "0") <= 9
        }

        if p < end, base[p] | 0x20 == UInt8(ascii: "e") {
            p += 1
            var negativeExponent = false
            if p < end, base[p] == UInt8(ascii: "-") || base[p] == UInt8(ascii: "+") {
                negativeExponent = base[p] == UInt8(ascii: "-")
                p += 1
            }
            guard p < end, base[p] &- UInt8(ascii: "0") <= 9 else {
                pos = p
                throw unexpected("a digit in the exponent")
            }
            var value = 0
            repeat {
                // Clamp: beyond this every double is 0 or infinite anyway (and strtod decides).
                if value < 100_000 { value = value * 10 + Int(base[p] &- UInt8(ascii: "0")) }
                p += 1
            } while p < end && base[p] &- UInt8(ascii: "0") <= 9
            exponent += negativeExponent ? -value : value
        }
        pos = p

        if fast, mantissa <= 1 << 53 {
            if mantissa == 0 {
                return negative ? -0.0 : 0.0
            }
            if exponent >= -22, exponent <= 22 {
                var value = Double(mantissa)
                if exponent < 0 {
                    value /= Self.exactPowersOfTen[-exponent]
                } else {
                    value *= Self.exactPowersOfTen[exponent]
                }
                return negative ? -value : value
            }
        }
        return slowNumber(from: start, to: p)
    }

    /// Converts a literal the fast path cannot do exactly, with `strtod` on a local copy.
    private func slowNumber(from start: Int, to stop: Int) -> Double {
        let length = stop - start
        let source = UnsafeBufferPointer(start: base + start, count: length)
        let parsed = withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer -> Double? in
            guard let text = buffer.baseAddress else { return nil }
            for i in 0..<length { text[i] = CChar(bitPattern: source[i]) }
            text[length] = 0
            var stopped: UnsafeMutablePointer<CChar>?
            let value = strtod(text, &stopped)
            // A locale whose decimal mark is not '.' makes strtod stop early; then let Swift decide.
            return stopped == text + length ? value : nil
        }
        if let parsed { return parsed }
        return Double(String(decoding: source, as: UTF8.self)) ?? .nan
    }

    /// Reads a whole, non-negative number (a size, an index position); `expected` describes
    /// the member as a whole for the error message.
    mutating func readWholeNumber(member: String, expected: String) throws(JSONStatError) -> Int {
        let byte = try peek("a number")
        let offset = pos
        guard byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") <= 9 else {
            throw invalid(member, expected, at: offset)
        }
        let value = try readNumber()
        guard value >= 0, value <= 9_007_199_254_740_992, value.rounded(.towardZero) == value else {
            throw invalid(member, expected, at: offset)
        }
        return Int(value)
    }
}
