import KostraModel

/// Turns status strings into one-byte codes so a table stores one byte per cell, not one string.
///
/// Codes 1 to 4 are SSB's symbols, recognised from the raw bytes without
/// building a string; other strings get codes 5 to 254 in order of first use.
/// Code 0 means "no status" and 255 means "look in the overflow dictionary",
/// for the unlikely table with more than 250 distinct status strings.
struct JSONStatStatusTable: Sendable {
    /// The status behind each code; code `c` is `entries[c - 1]`.
    private(set) var entries: [JSONStatStatus] = [
        .symbol(.notApplicable), .symbol(.missing), .symbol(.confidential), .symbol(.nil_),
    ]
    private var codesByText: [String: UInt8] = [:]

    /// The code meaning "no status".
    static let none: UInt8 = 0
    /// The code meaning "too many distinct statuses; the cell's status is in the overflow dictionary".
    static let overflow: UInt8 = 255

    /// The code of SSB's symbol, in the order of `entries`.
    static func code(of symbol: StatusSymbol) -> UInt8 {
        switch symbol {
        case .notApplicable: 1
        case .missing: 2
        case .confidential: 3
        case .nil_: 4
        }
    }

    /// The code of a status written without escapes, read straight from the input bytes.
    @inline(__always)
    mutating func code(bytes: UnsafePointer<UInt8>, count: Int) -> UInt8 {
        if count == 2, bytes[0] == UInt8(ascii: "."), bytes[1] == UInt8(ascii: ".") { return 2 }
        if count == 1 {
            switch bytes[0] {
            case UInt8(ascii: "."): return 1
            case UInt8(ascii: ":"): return 3
            case UInt8(ascii: "-"): return 4
            default: break
            }
        }
        return code(text: String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
    }

    /// The code of any status text; blank text means no status.
    mutating func code(text: String) -> UInt8 {
        if let known = codesByText[text] { return known }
        let code: UInt8
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            code = Self.none
        } else {
            let status = JSONStatStatus(text)
            if let symbol = status.symbol {
                code = Self.code(of: symbol)
            } else if entries.count < 254 {
                entries.append(status)
                code = UInt8(entries.count)
            } else {
                return Self.overflow
            }
        }
        codesByText[text] = code
        return code
    }

    /// The status a code stands for (`nil` for "no status" and for the overflow marker).
    @inline(__always)
    func status(code: UInt8) -> JSONStatStatus? {
        guard code != Self.none, code != Self.overflow else { return nil }
        return entries[Int(code) - 1]
    }
}
