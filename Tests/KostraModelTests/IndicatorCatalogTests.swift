import KostraModel
import KostraTesting
import Testing

@Suite("Indicator catalogue")
struct IndicatorCatalogTests {
    let catalog = try! Definitions.bundled().catalog

    @Test("The social-services profile has the 19 indicators of the 2024 profile, each defined")
    func profileIndicators() throws {
        let profile = try #require(catalog.profile(id: "sosial"))
        #expect(profile.indicators.count == 19)
        #expect(Set(profile.indicators).count == 19)
        for id in profile.indicators {
            let indicator = try #require(catalog.indicator(id: id))
            #expect(catalog.categories.contains(indicator.category))
            if indicator.averaging == .weighted {
                let numerator = try #require(indicator.numerator.flatMap(catalog.indicator(id:)), "\(id) numerator")
                let denominator = try #require(indicator.denominator.flatMap(catalog.indicator(id:)), "\(id) denominator")
                #expect(numerator.isBaseFigure && denominator.isBaseFigure)
            }
        }
        let starred = profile.indicators.compactMap(catalog.indicator(id:)).filter(\.isStarred).map(\.id)
        #expect(starred == ["rbi", "duration-18-24", "duration-main-income", "kvp-work-education-share"])
    }

    @Test("Every label of the published 2024 table maps to its indicator")
    func publishedLabelsMap() throws {
        let text = try SharedFixtures.text("reference/baerum-kostra-2024.csv")
        let labels = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
            .map { $0.split(separator: ";")[1] }
        #expect(labels.count == 19)
        let profile = try #require(catalog.profile(id: "sosial"))
        #expect(labels.compactMap { catalog.indicator(matchingLabel: String($0))?.id } == profile.indicators)
    }

    @Test("Labels match despite case, spacing, pr/per, units and the * mark")
    func tolerantLabels() {
        #expect(catalog.indicator(matchingLabel: "STØNAD (BIDRAG + LÅN) PER SOSIALHJELPSMOTTAKER (kroner)")?.id == "payout-per-recipient")
        #expect(
            catalog.indicator(matchingLabel: "Netto driftsutgifter til sosialtjenesten(f242/f243/f273/f276/f281) per innbygger 18 - 66 år")?.id
                == "net-expenditure-per-18-66")
        #expect(catalog.indicator(matchingLabel: "Etter KVP: Andel deltakere som gikk til arbeid/skole/utdanning*")?.id == "kvp-work-education-share")
        #expect(catalog.indicator(matchingLabel: "payout-per-recipient")?.id == "payout-per-recipient")
        #expect(catalog.indicator(matchingLabel: "Andel som bor i kommunale boliger") == nil)
    }
}
