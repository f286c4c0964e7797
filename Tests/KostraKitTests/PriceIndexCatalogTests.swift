import KostraAnalysis
import KostraKit
import KostraModel
import Testing

@Suite("Bundled price indices")
struct PriceIndexCatalogTests {
    @Test("Every bundled rate has a source and a quote that states it")
    func everyFigureIsQuoted() throws {
        let catalog = try PriceIndexCatalog.bundled()
        #expect(Set(catalog.definitions.map(\.id)) == ["kommunal", "kpi"])
        for definition in catalog.definitions {
            #expect(!definition.notFound.isEmpty)
            for figure in definition.figures {
                let printed = NorwegianNumberFormat.standard.number(figure.value, decimals: 1)
                #expect(figure.quote.contains("\(printed) prosent"), "\(definition.id) \(figure.year): \(figure.quote)")
                #expect(figure.source.contains("http"))
            }
        }
    }

    @Test("Chained levels follow the quoted rates, and missing years are named with how to supply them")
    func chaining() throws {
        let catalog = try PriceIndexCatalog.bundled()
        let (index, inputs) = try catalog.index("kpi", covering: 2021...2023)
        #expect(abs(try index.level(in: 2023) / index.level(in: 2021) - 1.058 * 1.055) < 1e-12)
        #expect(inputs.map(\.year) == [2022, 2023])
        #expect(
            throws: KitError.missingInputs(
                analysis: "Deflating to 2018–2020 prices with the KPI",
                missing: [
                    "KPI for 2019 missing — supply it with --deflator-file FILE (CSV 'år;deflator', yearly change in percent, e.g. '2019;4,5')",
                    "KPI for 2020 missing — supply it with --deflator-file FILE (CSV 'år;deflator', yearly change in percent, e.g. '2020;4,5')",
                ])
        ) {
            try catalog.index("kpi", covering: 2018...2020)
        }
        let completed = try catalog.index("kpi", covering: 2018...2020, supplied: [2019: 2.0, 2020: 1.0], suppliedSource: "f.csv")
        #expect(completed.inputs.map(\.source) == ["f.csv", "f.csv"])
        #expect(throws: KitError.unknownPriceIndex("ssb", known: ["kommunal", "kpi"])) { try catalog.definition("ssb") }
    }
}
