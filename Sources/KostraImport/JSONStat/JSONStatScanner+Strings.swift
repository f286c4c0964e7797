extension JSONStatScanner {
    /// The bytes between a string's quotes, and whether they hold escapes to decode.
    struct RawString {
        var start: Int
        var end: Int
        var hasEscapes: Bool
    }

    /// Scans the string at the cursor (which must be at its opening quote) and checks its escapes.
    @inline(__always)
    mutating func scanString() throws(JSONStatError) -> RawString {
        let opening = pos
        guard pos < end, base[pos] == UInt8(ascii: "\"") else { throw unexpected("a string in quotes") }
        pos += 1
        let start = pos
        var hasEscapes = false
        while pos < end {
            let byte = base[pos]
            if byte == UInt8(ascii: "\"") {
                pos += 1
                return RawString(start: start, end: pos - 1, hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                try scanEscape()
            } else if byte < 0x20 {
                throw .invalidJSON(
                    location(pos), found: describeByte(at: pos),
                    expected: "the rest of the string (a control character inside a string must be escaped)"
                )
            } else {
                pos += 1
            }
        }
        throw .unexpectedEnd(location(end), expected: "the closing '\"' of the string that starts at byte \(opening)")
    }

    /// Skips a string, for unknown members and names nobody needs.
    mutating func skipString() throws(JSONStatError) {
        _ = try scanString()
    }

    /// Checks one escape sequence at the cursor and moves past it.
    private mutating func scanEscape() throws(JSONStatError) {
        pos += 1
        guard pos < end else { throw unexpected("an escaped character after '\\'") }
        switch base[pos] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            pos += 1
        case UInt8(ascii: "u"):
            pos += 1
            for _ in 0..<4 {
                guard pos < end, Self.hexValue(base[pos]) != nil else {
                    throw unexpected("four hexadecimal digits after '\\u'")
                }
                pos += 1
            }
        default:
            throw unexpected("an escape such as \\n, \\\" or \\u00E5 after '\\'")
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Reads the string at the cursor as Swift text.
    mutating func readString() throws(JSONStatError) -> String {
        let raw = try scanString()
        return text(of: raw)
    }

    /// The text of a scanned string; invalid UTF-8 becomes U+FFFD rather than an error,
    /// because a label with one bad byte is still worth showing.
    func text(of raw: RawString) -> String {
        if !raw.hasEscapes {
            return String(decoding: UnsafeBufferPointer(start: base + raw.start, count: raw.end - raw.start), as: UTF8.self)
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.end - raw.start)
        var i = raw.start
        while i < raw.end {
            let byte = base[i]
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                i += 1
                continue
            }
            let kind = base[i + 1]
            i += 2
            switch kind {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(at: i)
                i += 4
                if (0xD800...0xDBFF).contains(scalar), i + 6 <= raw.end,
                    base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u")
                {
                    let low = hex4(at: i + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                // A lone surrogate is legal JSON but not Unicode; show it as U+FFFD.
                let decoded = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                UTF8.encode(decoded) { utf8.append($0) }
            default:
                // `"`, `\` and `/` stand for themselves.
                utf8.append(kind)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Four hexadecimal digits already checked by `scanEscape`.
    private func hex4(at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<4 {
            value = value << 4 | (Self.hexValue(base[offset + k]) ?? 0)
        }
        return value
    }

    /// Reads a key of a `value` or `status` object as a cell position without building a string.
    ///
    /// A status object for a large table has hundreds of thousands of keys, so
    /// the digits are read in place; anything else is reported with the key's text.
    @inline(__always)
    mutating func readPositionKey(member: String) throws(JSONStatError) -> Int {
        let keyOffset = pos
        if pos + 9 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + pos + 1).loadUnaligned(as: UInt64.self))
            let digits = Self.leadingDigitCount(word)
            if digits > 0, digits < 8, base[pos + 1 + digits] == UInt8(ascii: "\"") {
                pos += digits + 2
                return Int(Self.digitValue(word, count: digits))
            }
        }
        var p = pos + 1
        var value = 0
        var digits = 0
        while p < end {
            let digit = base[p] &- UInt8(ascii: "0")
            guard digit <= 9 else { break }
            value = value &* 10 &+ Int(digit)
            digits += 1
            p += 1
        }
        if p < end, base[p] == UInt8(ascii: "\""), digits > 0, digits <= 18 {
            pos = p + 1
            return value
        }
        let key = try readString()
        throw .positionKeyInvalid(location(keyOffset), member: member, key: key)
    }
}
