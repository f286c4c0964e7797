/// Percent-encoding for PxWebApi GET URLs.
///
/// Square brackets are encoded (`valueCodes%5BTid%5D`): RFC 3986 reserves them for IP
/// literals, some URL parsers reject them in a query, and SSB accepts both spellings.
/// Commas, `*`, `?`, parentheses and `:` stay readable: they are legal in a query
/// and SSB's own examples (and its error "Illegal selection expression") rely on them.
enum QueryEncoding {
    /// Bytes left as they are in a query component.
    private static let readable: Set<UInt8> = {
        var set = Set<UInt8>()
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { set.insert(byte) }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { set.insert(byte) }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { set.insert(byte) }
        for byte in "-._~,*()?:@!$'/".utf8 { set.insert(byte) }
        return set
    }()

    /// Bytes left as they are in one path segment (no `/`, `?`).
    private static let pathReadable: Set<UInt8> = readable.subtracting([UInt8(ascii: "/"), UInt8(ascii: "?")])

    /// Encodes a query key or value.
    static func component(_ text: String) -> String {
        encode(text, keeping: readable)
    }

    /// Encodes one path segment, such as a table id.
    static func pathSegment(_ text: String) -> String {
        encode(text, keeping: pathReadable)
    }

    /// Encodes `name[variable]` with encoded brackets.
    static func bracketed(_ name: String, _ variable: String) -> String {
        "\(name)%5B\(component(variable))%5D"
    }

    private static func encode(_ text: String, keeping allowed: Set<UInt8>) -> String {
        let hex: [Character] = Array("0123456789ABCDEF")
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if allowed.contains(byte) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
