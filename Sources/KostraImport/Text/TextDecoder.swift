/// Reads a text file's bytes as UTF-8 when they are valid UTF-8, and as Windows-1252 otherwise.
///
/// The decision is made on UTF-8 validity, which is reliable: Norwegian letters
/// written in Windows-1252 (`æ` is the single byte 0xE6) almost never form valid
/// UTF-8 sequences. A file that holds both valid multi-byte UTF-8 and bytes that
/// are not UTF-8 was usually pasted together from two sources; guessing would
/// garble one half, so it is refused with the place of the first stray byte.
public enum TextDecoder {
    /// Decodes `bytes`; `origin` names the file in error messages.
    public static func decode(_ bytes: [UInt8], origin: String) throws(ImportError) -> DecodedText {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .unsupportedEncoding(file: origin, found: "UTF-16")
        }
        if let zero = bytes.firstIndex(of: 0) {
            // UTF-16 without a mark has a zero byte beside every ASCII letter.
            let evenOrOddZeros = bytes.prefix(64).enumerated().filter { $0.element == 0 }.count >= 8
            if evenOrOddZeros { throw .unsupportedEncoding(file: origin, found: "UTF-16") }
            let (line, column) = position(of: zero, in: bytes)
            throw .binaryFile(file: origin, line: line, column: column)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        switch validateUTF8(body) {
        case .valid:
            return DecodedText(text: String(decoding: body, as: UTF8.self), encoding: hasBOM ? .utf8WithBOM : .utf8)
        case .invalid(let offset, let sawMultibyte):
            if hasBOM || sawMultibyte {
                let (line, column) = position(of: offset + (hasBOM ? 3 : 0), in: bytes)
                throw .mixedEncoding(file: origin, line: line, column: column, byte: body[offset])
            }
            return DecodedText(
                text: windows1252(body),
                encoding: body.contains { (0x80...0x9F).contains($0) } ? .windows1252 : .iso88591)
        }
    }

    private enum Validity {
        case valid
        case invalid(offset: Int, sawMultibyte: Bool)
    }

    /// Checks UTF-8 by hand so that both "where is the first bad byte" and "was any
    /// multi-byte character valid before it" are known, which decide the error.
    private static func validateUTF8(_ bytes: [UInt8]) -> Validity {
        var index = 0
        var sawMultibyte = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimumSecond: UInt8 = 0x80
            var maximumSecond: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimumSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maximumSecond = 0x9F
            case 0xF0: length = 4; minimumSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximumSecond = 0x8F
            default: return .invalid(offset: index, sawMultibyte: sawMultibyte)
            }
            guard index + length <= bytes.count else { return .invalid(offset: index, sawMultibyte: sawMultibyte) }
            let second = bytes[index + 1]
            guard second >= minimumSecond, second <= maximumSecond else {
                return .invalid(offset: index, sawMultibyte: sawMultibyte)
            }
            for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
                return .invalid(offset: index, sawMultibyte: sawMultibyte)
            }
            sawMultibyte = true
            index += length
        }
        return .valid
    }

    /// The characters Windows-1252 puts in 0x80–0x9F; the five bytes it leaves
    /// undefined are read as ISO-8859-1's control characters, as browsers do.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// Line and column (both from 1) of a byte offset; the column counts characters of
    /// the UTF-8 text before it, which is all that precedes the first stray byte.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
