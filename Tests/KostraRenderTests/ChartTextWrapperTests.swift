import FoundationXML
import KostraRender
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
}
