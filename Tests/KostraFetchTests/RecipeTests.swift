import Foundation
import KostraFetch
import KostraImport
import KostraKit
import KostraModel
import KostraTesting
import Testing

@Suite("Recipes")
struct RecipeTests {
    let recipes = try! RecipeBook.bundled()
    let definitions = try! Definitions.bundled()

    @Test("Every catalogue indicator has exactly one recipe, and every recipe a catalogue indicator")
    func coverage() throws {
        let catalogue = definitions.catalog.indicators.map(\.id)
        #expect(recipes.recipes.map(\.indicator).sorted() == catalogue.sorted())
        for recipe in recipes.recipes {
            #expect(!recipe.source.isEmpty, "\(recipe.indicator) names a source")
            switch recipe.method {
            case .sum, .ratio:
                #expect(!(recipe.parts ?? []).isEmpty, "\(recipe.indicator) has table parts")
            case .derived:
                let indicator = try #require(definitions.catalog.indicator(id: recipe.indicator))
                #expect(indicator.numerator != nil && indicator.denominator != nil, "\(recipe.indicator) has a numerator and denominator")
            case .unavailable:
                #expect(recipe.parts == nil)
            case .imported:
                #expect(recipe.parts == nil)
                #expect(recipe.importedFrom?.isEmpty == false, "\(recipe.indicator) names the publisher's file")
            }
            // Every code or label names where it was seen; a part with neither says what was searched.
            for part in recipe.parts ?? [] {
                if part.contents == nil && part.contentsLabel == nil {
                    #expect(part.searched?.isEmpty == false, "\(recipe.indicator) \(part.table) says what was searched")
                }
                if part.contentsLabel != nil || part.filterLabels != nil {
                    #expect(part.labelSource?.isEmpty == false, "\(recipe.indicator) \(part.table) names where its labels were seen")
                }
            }
            // Ready ratios are averaged unweighted (*), counts are summed.
            if recipe.method == .ratio { #expect(definitions.catalog.indicator(id: recipe.indicator)?.averaging == .unweighted) }
            if recipe.method == .sum { #expect(definitions.catalog.indicator(id: recipe.indicator)?.averaging == .sum) }
        }
    }

    @Test("Each part is checked against a real metadata answer in shared/data, or marked unverified")
    func checkedOrMarked() throws {
        for recipe in recipes.recipes {
            for part in recipe.parts ?? [] {
                if let file = part.checkedAgainst {
                    let metadata = try TableMetadata.parse(SharedFixtures.data(file), table: part.table, url: file)
                    #expect(RecipeCheck.problems(part, metadata: metadata).isEmpty, "\(recipe.indicator) against \(file)")
                } else {
                    #expect(
                        recipe.verification.hasPrefix("unverified") || recipe.verification.hasPrefix("not checked"),
                        "\(recipe.indicator) (table \(part.table)) is marked as not verified by a test")
                }
            }
        }
    }

    @Test("The check finds a wrong contents code, variable or missing selection in a real answer")
    func checkCatchesMismatches() throws {
        let file = "data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json"
        let metadata = try TableMetadata.parse(SharedFixtures.data(file), table: "12134", url: file)
        let good = RecipePart(table: "12134", regionVariable: "KOKkommuneregion0000", contents: "KOSAG110000")
        #expect(RecipeCheck.problems(good, metadata: metadata).isEmpty)
        var wrongCode = good
        wrongCode.contents = "KOSAG999999"
        #expect(RecipeCheck.problems(wrongCode, metadata: metadata) == ["variable ContentsCode of table 12134 has no code KOSAG999999"])
        var wrongVariable = good
        wrongVariable.filters = ["KOKfunksjon0000": ["281"]]
        #expect(RecipeCheck.problems(wrongVariable, metadata: metadata) == ["table 12134 has no variable KOKfunksjon0000"])
        let wrongRegion = RecipePart(table: "12134", regionVariable: "Region", contents: "KOSAG110000")
        #expect(RecipeCheck.problems(wrongRegion, metadata: metadata).contains("table 12134 has no region variable Region"))
    }

    @Test("Recipe cells from the real 12134 answer carry SSB's values")
    func cellsFromRealAnswer() throws {
        let file = "data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json"
        let dataset = try JSONStatDecoder.decode(SharedFixtures.data(file), origin: file)
        let book = RecipeBook(
            recipes: [
                Recipe(
                    indicator: "free-income-test", method: .ratio, formula: "", confidence: "response", source: file, verification: file)
            ]
            .map {
                var recipe = $0; recipe.parts = [RecipePart(table: "12134", regionVariable: "KOKkommuneregion0000", contents: "KOSAG110000")];
                return recipe
            })
        let cells = RecipeMapping.cells(from: dataset, recipes: book)
        let values = Dictionary(cells.map { ($0.key.code, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(values["0301"] == 81_240)
        #expect(values["4601"] == 66_605)
        #expect(values["5001"] == 62_853)
        #expect(cells.allSatisfy { $0.key.tableYear == 2024 })
    }

    @Test("A decoded 07459 table maps to catalogue observations under the region, across codes")
    func observationsFromDecodedTable() throws {
        let table = try Population07459Table.table()
        let ages = (18...66).map { String(format: "%03d", $0) }.joined(separator: ",")
        let answer = table.dataAnswer(
            QueryParameter.parse(
                "valueCodes[Region]=0219,3024,0602,0625,0711&valueCodes[Alder]=\(ages)&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=2019,2020"))
        #expect(answer.status == 200)
        let dataset = try JSONStatDecoder.decode(answer.body, origin: "07459 answer")
        let result = RecipeMapping.observations(from: dataset, definitions: definitions, recipes: recipes)
        let persons = try Population07459Table.persons()
        let baerum = result.observations.filter { $0.region == "baerum" && $0.indicator == "population-18-66" }
        #expect(baerum.map(\.year) == [2018, 2019])
        #expect(baerum.first?.value == Population07459Table.sum(code: "0219", ages: 18...66, year: 2019, in: persons))
        #expect(baerum.last?.value == Population07459Table.sum(code: "3024", ages: 18...66, year: 2020, in: persons))
        // Drammen 2018 needs Nedre Eiker and Svelvik too; the data lack them, so SSB's '..' is kept.
        let drammen = result.observations.first { $0.region == "drammen" && $0.indicator == "population-18-66" && $0.year == 2018 }
        #expect(drammen?.value == nil)
        #expect(drammen?.status == .missing)
        // Other population bands need ages the answer lacks: they are left out, not guessed.
        #expect(!result.observations.contains { $0.indicator == "population-total" })
    }
}

@Suite("Recipes in the docs")
struct RecipeDocsTests {
    /// `docs/fetching.md` shows the recipes table generated from `recipes.json`; set
    /// `KOSTRA_WRITE_DOCS=1` to rewrite it after changing the recipes.
    @Test("docs/fetching.md holds the recipes table of recipes.json")
    func docsTable() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/fetching.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let begin = "<!-- recipes:begin (generated from recipes.json; RecipeDocsTests checks it) -->\n"
        let end = "<!-- recipes:end -->"
        let table = RecipeTable.markdown(try RecipeBook.bundled())
        let head = try #require(text.range(of: begin))
        let tail = try #require(text.range(of: end))
        if ProcessInfo.processInfo.environment["KOSTRA_WRITE_DOCS"] == "1" {
            let updated = String(text[..<head.upperBound]) + table + String(text[tail.lowerBound...])
            try updated.write(to: docs, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[head.upperBound..<tail.lowerBound]) == table)
    }
}
