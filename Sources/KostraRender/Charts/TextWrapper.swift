/// Wraps text into lines that fit a width, for labels drawn in SVG (which has
/// no line breaking of its own).
///
/// Lines break at spaces; a word too long for a line on its own breaks after
/// `/` or `-` (as in `f242/f243/f273`), and only as a last resort inside the
/// word. Text that needs more than `maxLines` lines ends in `…`.
public struct TextWrapper: Sendable, Hashable {
    /// The widest a line may be, in px.
    public var maxWidth: Double
    /// The font size the text is drawn at, in px.
    public var fontSize: Double
    /// Whether the text is drawn bold (which is wider).
    public var bold: Bool
    /// The most lines the text may take; the last is cut short with `…`.
    public var maxLines: Int

    /// Creates a wrapper for text drawn at `fontSize` px within `maxWidth` px.
    public init(maxWidth: Double, fontSize: Double, bold: Bool = false, maxLines: Int = 3) {
        self.maxWidth = maxWidth
        self.fontSize = fontSize
        self.bold = bold
        self.maxLines = max(1, maxLines)
    }

    /// The estimated width of `text` in px when drawn in DejaVu Sans (the widest
    /// font of the charts' font stack, so the estimate errs on the safe side).
    public func width(of text: String) -> Double {
        TextMeasure.width(text, fontSize: fontSize, bold: bold)
    }

    /// The lines `text` is drawn on. Runs of white space count as one space;
    /// empty text gives no lines.
    public func wrap(_ text: String) -> [String] {
        let words = text.split(whereSeparator: Self.isSpace).map(String.init)
        // A line's width is kept as it grows, in whole units, so each word is measured once: the
        // units of a line and a word add up exactly to those of the two joined, so every
        // comparison is the one measuring the whole line gives (`ChartTextWrapperTests` compares
        // with that on every label of the catalogue at many widths).
        let space = TextMeasure.units(" ", bold: bold)
        var lines: [String] = []
        var current = ""
        var currentUnits = 0
        for word in words {
            let wordUnits = TextMeasure.units(word, bold: bold)
            let candidateUnits = current.isEmpty ? wordUnits : currentUnits + space + wordUnits
            if TextMeasure.width(units: candidateUnits, fontSize: fontSize) <= maxWidth {
                current = current.isEmpty ? word : current + " " + word
                currentUnits = candidateUnits
                continue
            }
            if !current.isEmpty { lines.append(current) }
            if TextMeasure.width(units: wordUnits, fontSize: fontSize) <= maxWidth {
                current = word
                currentUnits = wordUnits
            } else {
                var pieces = split(word)
                current = pieces.removeLast()
                currentUnits = TextMeasure.units(current, bold: bold)
                lines.append(contentsOf: pieces)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = shortened(kept[maxLines - 1] + " " + lines[maxLines])
        return kept
    }

    /// `Character.isWhitespace`, answered without Unicode's property tables for ASCII (most of
    /// a Norwegian label): looking them up for every character was a third of wrapping.
    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 32 || (9...13).contains(ascii) }
        return character.isWhitespace
    }

    /// Splits a word wider than a line: greedily after `/` or `-`, and inside
    /// a part only when that part alone is still too wide.
    func split(_ word: String) -> [String] {
        var parts: [String] = []
        var part = ""
        for character in word {
            part.append(character)
            if character == "/" || character == "-" {
                parts.append(part)
                part = ""
            }
        }
        if !part.isEmpty { parts.append(part) }
        var lines: [String] = []
        var current = ""
        for part in parts {
            if width(of: current + part) <= maxWidth {
                current += part
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for character in part {
                if !current.isEmpty, width(of: current + String(character)) > maxWidth {
                    lines.append(current)
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [word] : lines
    }

    /// `line` cut at a word boundary (or inside a word if it must) so that it
    /// fits with `…` appended.
    func shortened(_ line: String) -> String {
        var text = line
        while !text.isEmpty, width(of: text + "…") > maxWidth {
            if let space = text.lastIndex(of: " "), width(of: String(text[..<space]) + "…") <= maxWidth {
                text = String(text[..<space])
                break
            }
            text.removeLast()
        }
        while text.last == " " || text.last == "," || text.last == "(" { text.removeLast() }
        return text + "…"
    }
}
