import Foundation

/// Folds names and labels so that lookups tolerate case, accents, Norwegian
/// letters spelt out (`Baerum`), spacing and punctuation.
public enum NameFolding {
    /// A key for comparing names: lower case, `æ`→`ae`, `ø`→`o`, `å`→`a`,
    /// other accents removed, and only letters and digits kept.
    public static func key(_ text: String) -> String {
        asciiKey(text) ?? foldedKey(text)
    }

    /// The general path, for any text.
    static func foldedKey(_ text: String) -> String {
        var folded = text.lowercased()
        for (from, to) in [("æ", "ae"), ("ø", "o"), ("å", "a"), ("ä", "ae"), ("ö", "o"), ("aa", "a"), ("oe", "o")] {
            folded = folded.replacingOccurrences(of: from, with: to)
        }
        folded = folded.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nb_NO"))
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The same key for plain ASCII text without Foundation's string searching and folding, which
    /// go through ICU and made every lookup by name cost tens of microseconds; `nil` otherwise.
    static func asciiKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        // As the general path: "aa" → "a", then "oe" → "o", each left to right without overlap.
        for (first, second, replacement) in [
            (UInt8(ascii: "a"), UInt8(ascii: "a"), UInt8(ascii: "a")), (UInt8(ascii: "o"), UInt8(ascii: "e"), UInt8(ascii: "o")),
        ] {
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if index + 1 < bytes.count, bytes[index] == first, bytes[index + 1] == second {
                    output.append(replacement)
                    index += 2
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            bytes = output
        }
        let kept = bytes.filter { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
        return String(decoding: kept, as: UTF8.self)
    }

    /// The edit distance between two folded keys, used to suggest close matches.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
