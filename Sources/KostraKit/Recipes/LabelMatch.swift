import Foundation

/// How a recipe's label is compared with SSB's category labels: after normalising case,
/// spaces, dashes and punctuation, so `Sosialhjelpstilfeller  (antall)` and
/// `sosialhjelpstilfeller antall` match, and `18–24` matches `18 - 24`. Nothing looser:
/// two different words never match, and a label that matches two categories is ambiguous.
public enum LabelMatch {
    /// Dash-like characters written as `-`.
    private static let dashes: Set<Character> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]
    /// Punctuation that carries no meaning in a label (parentheses, commas, quotes, full stops).
    private static let punctuation: Set<Character> = [".", ",", ";", ":", "(", ")", "[", "]", "{", "}", "'", "\"", "«", "»", "!", "?", "*", "/"]

    /// The normalised form of a label.
    public static func normalise(_ label: String) -> String {
        var text = ""
        for character in label.lowercased() {
            if dashes.contains(character) {
                text.append("-")
            } else if punctuation.contains(character) || character.isWhitespace {
                text.append(" ")
            } else {
                text.append(character)
            }
        }
        let words = text.split(separator: " ").map(String.init)
        // Spaces around a dash are not meaningful: "18 - 24" is "18-24".
        return words.joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
            .replacingOccurrences(of: " -", with: "-").replacingOccurrences(of: "- ", with: "-")
    }

    /// The codes whose label matches `label` after normalising, in the table's order.
    public static func codes(labelled label: String, in codes: [String], labels: (String) -> String) -> [String] {
        let wanted = normalise(label)
        return codes.filter { normalise(labels($0)) == wanted }
    }

    /// The `count` codes whose labels are closest to `text` (edit distance of the normalised
    /// forms), for messages that help the analyst choose a pin; never used to pick a code.
    public static func closest(to text: String, in codes: [String], labels: (String) -> String, count: Int = 3) -> [String] {
        let wanted = Array(normalise(text))
        let scored = codes.map { code in (code, distance(wanted, Array(normalise(labels(code))))) }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(count).map(\.0)
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
