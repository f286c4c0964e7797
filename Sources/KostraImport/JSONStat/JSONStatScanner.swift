/// The lexical layer of the decoder: a cursor over the raw bytes that reads JSON tokens.
///
/// It never builds a tree: the reader asks it for exactly the token it expects
/// next, so bytes are looked at once and only metadata strings are allocated.
/// Every read checks bounds, which keeps truncated or corrupt input from
/// reading past the buffer.
struct JSONStatScanner {
    /// The whole input, kept for computing line and column of an error.
    let bytes: UnsafeRawBufferPointer
    /// The first byte of the input, typed for cheap reads.
    let base: UnsafePointer<UInt8>
    /// One past the last byte.
    let end: Int
    /// The caller's name for the input, repeated in every error.
    let origin: String
    /// The offset of the next byte to read.
    var pos = 0
    /// How many arrays and objects enclose the cursor; bounded so hostile input cannot exhaust the stack.
    var depth = 0

    /// Deeper than any JSON-stat document (SSB's deepest member is about six levels down).
    static let depthLimit = 128

    init(bytes: UnsafeRawBufferPointer, base: UnsafePointer<UInt8>, origin: String) {
        self.bytes = bytes
        self.base = base
        self.end = bytes.count
        self.origin = origin
    }

    // MARK: Errors

    /// The source location of a byte offset.
    func location(_ offset: Int) -> JSONStatSourceLocation {
        JSONStatSourceLocation(origin: origin, offset: offset, in: bytes)
    }

    /// The error for "not what was expected here": end of input or the wrong byte.
    func unexpected(_ expected: String) -> JSONStatError {
        if pos >= end {
            return .unexpectedEnd(location(end), expected: expected)
        }
        return .invalidJSON(location(pos), found: describeByte(at: pos), expected: expected)
    }

    /// The wrong-shape error for a member whose JSON is fine but whose type is not.
    func invalid(_ member: String, _ expected: String, at offset: Int) -> JSONStatError {
        .invalidMember(location(offset), member: member, expected: expected)
    }

    /// A readable name for the byte at `offset`, decoding a whole UTF-8 character when possible.
    func describeByte(at offset: Int) -> String {
        let byte = base[offset]
        switch byte {
        case 0x20: return "a space"
        case 0x0A, 0x0D: return "a line break"
        case 0x09: return "a tab"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0..<0x20, 0x7F: return "the control character U+\(hex(UInt32(byte)))"
        default:
            let length = min(4, end - offset)
            let text = String(decoding: UnsafeBufferPointer(start: base + offset, count: length), as: UTF8.self)
            if let scalar = text.unicodeScalars.first, scalar != "\u{FFFD}" {
                return "'\(Character(scalar))'"
            }
            return "the byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: Structure

    /// Skips JSON white space (space, tab, line feed, carriage return).
    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end {
            let byte = base[pos]
            guard byte <= 0x20, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            pos += 1
        }
    }

    /// Skips white space and returns the next byte without consuming it.
    @inline(__always)
    mutating func peek(_ expected: @autoclosure () -> String) throws(JSONStatError) -> UInt8 {
        skipWhitespace()
        guard pos < end else { throw unexpected(expected()) }
        return base[pos]
    }

    /// Consumes `byte` (after white space) or fails naming what was expected.
    @inline(__always)
    mutating func expect(_ byte: UInt8, _ expected: @autoclosure () -> String) throws(JSONStatError) {
        if pos < end, base[pos] == byte {
            pos += 1
            return
        }
        guard try peek(expected()) == byte else { throw unexpected(expected()) }
        pos += 1
    }

    private mutating func enter() throws(JSONStatError) {
        depth += 1
        if depth > Self.depthLimit {
            throw .nestingTooDeep(location(pos), limit: Self.depthLimit)
        }
    }

    /// Consumes `{` and reports whether a member follows (the cursor is then at its name).
    mutating func beginObject(_ what: @autoclosure () -> String) throws(JSONStatError) -> Bool {
        guard try peek(what()) == UInt8(ascii: "{") else { throw unexpected(what()) }
        try enter()
        pos += 1
        let next = try peek("a member name in quotes or '}'")
        if next == UInt8(ascii: "}") {
            pos += 1
            depth -= 1
            return false
        }
        guard next == UInt8(ascii: "\"") else { throw unexpected("a member name in quotes or '}'") }
        return true
    }

    /// After a member's value: consumes `,` or `}` and reports whether another member follows.
    @inline(__always)
    mutating func nextMember() throws(JSONStatError) -> Bool {
        let byte = try peek("',' or '}'")
        if byte == UInt8(ascii: ",") {
            pos += 1
            guard try peek("a member name in quotes") == UInt8(ascii: "\"") else {
                throw unexpected("a member name in quotes")
            }
            return true
        }
        if byte == UInt8(ascii: "}") {
            pos += 1
            depth -= 1
            return false
        }
        throw unexpected("',' or '}'")
    }

    /// Reads a member name and the `:` after it.
    mutating func readKey() throws(JSONStatError) -> String {
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':' after a member name")
        return key
    }

    /// Consumes `[` and reports whether an element follows.
    mutating func beginArray(_ what: @autoclosure () -> String) throws(JSONStatError) -> Bool {
        guard try peek(what()) == UInt8(ascii: "[") else { throw unexpected(what()) }
        try enter()
        pos += 1
        if try peek("a value or ']'") == UInt8(ascii: "]") {
            pos += 1
            depth -= 1
            return false
        }
        return true
    }

    /// After an element: consumes `,` or `]` and reports whether another element follows.
    @inline(__always)
    mutating func nextElement() throws(JSONStatError) -> Bool {
        let byte = try peek("',' or ']'")
        if byte == UInt8(ascii: ",") {
            pos += 1
            return true
        }
        if byte == UInt8(ascii: "]") {
            pos += 1
            depth -= 1
            return false
        }
        throw unexpected("',' or ']'")
    }

    /// Consumes the literal `null`, `true` or `false` at the cursor.
    mutating func readLiteral(_ literal: StaticString) throws(JSONStatError) {
        let count = literal.utf8CodeUnitCount
        let text = literal.utf8Start
        for i in 0..<count {
            guard pos + i < end else {
                pos = end
                throw unexpected("the rest of '\(literal)'")
            }
            guard base[pos + i] == text[i] else {
                pos += i
                throw unexpected(i == 0 ? "a value" : "the rest of '\(literal)'")
            }
        }
        pos += count
    }

    /// Consumes `null` if it is next, for members where null means "not given".
    mutating func skipNull() throws(JSONStatError) -> Bool {
        guard try peek("a value") == UInt8(ascii: "n") else { return false }
        try readLiteral("null")
        return true
    }

    /// Skips any JSON value, checking that it is well formed.
    ///
    /// Unknown members (`link`, `extension`, `child`, future additions) go
    /// through here, so they cost a scan but never an allocation.
    mutating func skipValue() throws(JSONStatError) {
        let byte = try peek("a value")
        switch byte {
        case UInt8(ascii: "{"):
            var more = try beginObject("an object")
            while more {
                try skipString()
                try expect(UInt8(ascii: ":"), "':' after a member name")
                try skipValue()
                more = try nextMember()
            }
        case UInt8(ascii: "["):
            var more = try beginArray("an array")
            while more {
                try skipValue()
                more = try nextElement()
            }
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "t"):
            try readLiteral("true")
        case UInt8(ascii: "f"):
            try readLiteral("false")
        case UInt8(ascii: "n"):
            try readLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try readNumber()
        default:
            throw unexpected("a value")
        }
    }
}
