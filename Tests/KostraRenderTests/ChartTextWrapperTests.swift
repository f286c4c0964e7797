import FoundationXML
import KostraModel
@testable import KostraRender
import Testing

@Suite("TextWrapper")
struct ChartTextWrapperTests {
    let wrapper = TextWrapper(maxWidth: 300, fontSize: 12, maxLines: 3)

    @Test("Long Norwegian indicator names wrap at spaces within the width")
    func wrapsAtSpaces() {
        let label = "Stønadslengde sosialhjelpsmottakere 18-24 år. Gjennomsnittlig antall måneder per år"
        let lines = wrapper.wrap(label)
        #expect(lines.count == 2)
        #expect(lines.joined(separator: " ") == label)
        #expect(lines.allSatisfy { wrapper.width(of: $0) <= 300 })
    }

    @Test("Function codes stay on one line when they fit")
    func keepsCodes() {
        let label = "Netto driftsutgifter til sosialtjenesten (f242/f243/f273/f276/f281) pr innbygger 18-66 år"
        let lines = wrapper.wrap(label)
        #expect(lines.contains { $0.contains("(f242/f243/f273/f276/f281)") })
        #expect(lines.joined(separator: " ") == label)
    }

    @Test("A word wider than the line breaks after a slash, not mid-code")
    func breaksAfterSlash() {
        let narrow = TextWrapper(maxWidth: 90, fontSize: 12, maxLines: 4)
        let lines = narrow.wrap("(f242/f243/f273/f276/f281)")
        #expect(lines.count > 1)
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("/") })
        #expect(lines.joined() == "(f242/f243/f273/f276/f281)")
        #expect(lines.allSatisfy { narrow.width(of: $0) <= 90 })
    }

    @Test("Text beyond the line limit ends in an ellipsis")
    func truncates() {
        let short = TextWrapper(maxWidth: 120, fontSize: 12, maxLines: 2)
        let lines = short.wrap("Andel med sosialhjelp som hovedinntekt/mottak i 6 mnd eller mer (alle mottakere/aldre)")
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { short.width(of: $0) <= 120 })
    }

    @Test("Æ, ø and å are measured, bold is wider, and spaces collapse")
    func measuring() {
        #expect(wrapper.width(of: "Bærum") > wrapper.width(of: "Barum") - 0.01)
        #expect(TextWrapper(maxWidth: 100, fontSize: 12, bold: true).width(of: "Sykefravær") > wrapper.width(of: "Sykefravær"))
        #expect(wrapper.wrap("  Høyest   og lavest  ") == ["Høyest og lavest"])
        #expect(wrapper.wrap("").isEmpty)
    }

    @Test("Measured word by word, a line wraps exactly as measuring the whole line wraps it")
    func sameAsWholeLineMeasuring() throws {
        let definitions = try Definitions.bundled()
        let labels =
            definitions.catalog.indicators.map(\.label) + definitions.regions.regions.map(\.name)
            + ["  Høyest   og lavest  ", "(f242/f243/f273/f276/f281)", "a\u{00A0}b\tc\r\nd", "Kr\u{2009}1\u{202F}000 – 2 000 …"]
        var compared = 0
        for bold in [false, true] {
            for maxLines in 1...4 {
                for width in stride(from: 30.0, through: 420, by: 13) {
                    let wrapper = TextWrapper(maxWidth: width, fontSize: 11.5, bold: bold, maxLines: maxLines)
                    for label in labels {
                        #expect(wrapper.wrap(label) == WholeLineWrapper(wrapper).wrap(label), "\(label) at \(width) px")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 10_000)
    }

    @Test("Spaces are the characters Character.isWhitespace names, ASCII or not")
    func spacesAsStandardLibrary() throws {
        let definitions = try Definitions.bundled()
        var characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["\r\n", "\u{00A0}", "\u{0085}", "\u{2009}", "\u{202F}", "\u{3000}", "æ", "ø", "å", " \u{0301}"]
        characters += definitions.catalog.indicators.flatMap { Array($0.label) }
        for character in characters {
            #expect(TextWrapper.isSpace(character) == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
    }
}

/// The wrapping `TextWrapper` did before it kept a line's width as it grew: every candidate line
/// measured whole, words split with `Character.isWhitespace`. Splitting a word too long for a
/// line and shortening the last line did not change, so they are the wrapper's own.
private struct WholeLineWrapper {
    let wrapper: TextWrapper
    init(_ wrapper: TextWrapper) { self.wrapper = wrapper }

    func width(of text: String) -> Double { wrapper.width(of: text) }

    func wrap(_ text: String) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var lines: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if width(of: candidate) <= wrapper.maxWidth {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            if width(of: word) <= wrapper.maxWidth {
                current = word
            } else {
                var pieces = wrapper.split(word)
                current = pieces.removeLast()
                lines.append(contentsOf: pieces)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > wrapper.maxLines else { return lines }
        var kept = Array(lines.prefix(wrapper.maxLines))
        kept[wrapper.maxLines - 1] = wrapper.shortened(kept[wrapper.maxLines - 1] + " " + lines[wrapper.maxLines])
        return kept
    }
}
