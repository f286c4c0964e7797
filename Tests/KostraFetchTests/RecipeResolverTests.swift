import Foundation
import KostraFetch
import KostraKit
import KostraModel
import Testing

@Suite("Recipe resolution against metadata")
struct RecipeResolverTests {
    /// A made-up table (test data): codes and labels chosen to exercise the rules.
    static let metadata = TableMetadata(
        table: "99999", label: "99999: test", updated: Date(timeIntervalSince1970: 1_773_644_400),
        dimensions: [
            .init(id: "KOKkommuneregion0000", label: "region", codes: ["0301"]),
            .init(
                id: "ContentsCode", label: "statistikkvariabel", codes: ["A1", "B1", "C1", "D1"],
                labels: [
                    "A1": "Sosialhjelpstilfeller (antall)", "B1": "Antall sosialhjelpstilfeller 18 – 24 år (antall)",
                    "C1": "Samlet stønadssum (bidrag + lån) (1000 kr)", "D1": "Samlet stønadssum (bidrag + lån)  (1000 KR)",
                ]),
            .init(id: "Tid", label: "år", codes: ["2024"]),
        ])

    func part(contents: String? = nil, label: String? = nil) -> RecipePart {
        RecipePart(table: "99999", regionVariable: "KOKkommuneregion0000", contents: contents, contentsLabel: label)
    }

    @Test("Labels match after normalising case, spaces, dashes and punctuation; nothing looser")
    func normalising() {
        #expect(LabelMatch.normalise("Antall sosialhjelpstilfeller 18 – 24 år (antall)") == "antall sosialhjelpstilfeller 18-24 år antall")
        #expect(LabelMatch.normalise("Sosialhjelpstilfeller  (Antall)") == LabelMatch.normalise("sosialhjelpstilfeller antall"))
        #expect(LabelMatch.normalise("Sosialhjelpstilfeller") != LabelMatch.normalise("Sosialhjelpstilfelle"))
    }

    @Test("A confirmed code wins; a code the table lacks falls back to the label")
    func codeThenLabel() {
        let resolver = RecipeResolver()
        let byCode = resolver.resolve(indicator: "recipients", part: part(contents: "a1", label: "whatever"), metadata: Self.metadata)
        #expect(byCode.resolved?.contents == "A1")
        #expect(byCode.dimensions.first?.how == .code)
        let byLabel = resolver.resolve(
            indicator: "recipients-18-24", part: part(contents: "KOSant18240000", label: "Antall sosialhjelpstilfeller 18-24 år (antall)"),
            metadata: Self.metadata)
        #expect(byLabel.resolved?.contents == "B1")
        #expect(byLabel.dimensions.first?.how == .label)
        #expect(
            byLabel.provenance
                == "recipients-18-24 (tabell 99999, metadata oppdatert 2026-03-16): ContentsCode = B1 «Antall sosialhjelpstilfeller 18 – 24 år (antall)», funnet ved etikett"
        )
    }

    @Test("Two matching labels leave the part unresolved, naming both; nothing is guessed")
    func ambiguous() {
        let result = RecipeResolver().resolve(
            indicator: "payout-total", part: part(label: "Samlet stønadssum (bidrag + lån) (1000 kr)"), metadata: Self.metadata)
        #expect(result.resolved == nil)
        #expect(
            result.reason
                == "ContentsCode: «Samlet stønadssum (bidrag + lån) (1000 kr)» matches 2 categories (C1 «Samlet stønadssum (bidrag + lån) (1000 kr)», D1 «Samlet stønadssum (bidrag + lån)  (1000 KR)»); nothing is guessed, pin one"
        )
    }

    @Test("No matching label: unresolved with the three closest labels; a pin resolves it and is named")
    func closestAndPin() {
        let unresolved = RecipeResolver().resolve(
            indicator: "recipients", part: part(label: "Sosialhjelpsmottakere (antall)"), metadata: Self.metadata)
        #expect(unresolved.resolved == nil)
        #expect(unresolved.dimensions.first?.problem == "no category is labelled «Sosialhjelpsmottakere (antall)»")
        #expect(unresolved.dimensions.first?.closest.count == 3)
        #expect(unresolved.dimensions.first?.closest.first == "A1 «Sosialhjelpstilfeller (antall)»")
        let pinned = RecipeResolver(
            pins: [RecipePin(indicator: "recipients", table: "99999", dimension: "contentscode", codes: ["a1"])], pinFile: "/tmp/mine.json"
        )
        .resolve(indicator: "recipients", part: part(label: "Sosialhjelpsmottakere (antall)"), metadata: Self.metadata)
        #expect(pinned.resolved?.contents == "A1")
        #expect(pinned.provenance.hasSuffix("ContentsCode = A1 «Sosialhjelpstilfeller (antall)», festet i /tmp/mine.json"))
        let badPin = RecipeResolver(pins: [RecipePin(indicator: "recipients", table: "99999", dimension: "ContentsCode", codes: ["ZZ"])])
            .resolve(indicator: "recipients", part: part(), metadata: Self.metadata)
        #expect(badPin.reason == "ContentsCode: the pinned code ZZ is not in the table")
    }

    @Test("A part with neither code nor label is unresolved and says to pin")
    func neither() {
        let result = RecipeResolver().resolve(indicator: "recipients-18-67", part: part(), metadata: Self.metadata, hint: "Sosialhjelpstilfeller")
        #expect(result.reason == "ContentsCode: no code or label was seen for it in any source; pin one with 'kostra recipes pin'")
        #expect(result.dimensions.first?.closest.first == "A1 «Sosialhjelpstilfeller (antall)»")
    }

    @Test("Every profile indicator has a way in: fetched, imported from a named publisher's file, or computed")
    func profileHasAWayIn() throws {
        let definitions = try Definitions.bundled()
        let recipes = try RecipeBook.bundled()
        let profile = try #require(definitions.catalog.profile(id: "sosial"))
        #expect(profile.indicators.count == 19)
        for id in profile.indicators {
            let recipe = try #require(recipes.recipe(for: id))
            #expect(recipe.method != .unavailable, "\(id) has a way in")
        }
    }
}
