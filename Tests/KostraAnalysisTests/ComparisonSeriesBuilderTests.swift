import KostraAnalysis
import KostraModel
import KostraTesting
import Testing

/// The comparison-series builder against the plain code it replaced
/// (`ReferenceComparisonSeriesBuilder`), on seeded random figures: every series, line and value.
@Suite("Comparison series: builder against the plain reference")
struct ComparisonSeriesBuilderTests {
    static let catalog = try! Definitions.bundled().catalog

    /// Municipalities (two with one name, one merged in 2020), a KOSTRA group and the country, and
    /// a region the registry does not know, whose line is named by its id.
    static let regions: [Region] = {
        var regions = (1...9).map { number in
            Region(id: "k\(number)", kind: .municipality, name: number == 4 ? "Samme navn" : "Kommune \(10 - number)", codes: [])
        }
        regions.append(Region(id: "k10", kind: .municipality, name: "Samme navn", codes: []))
        regions.append(
            Region(id: "k11", kind: .municipality, name: "Sammenslått", codes: [], mergers: [Merger(year: 2020, predecessors: ["k98", "k99"])]))
        regions.append(Region(id: "egk13", kind: .kostraGroup, name: "KOSTRA-gruppe 13", codes: []))
        regions.append(Region(id: "norge", kind: .country, name: "Landet", codes: []))
        return regions
    }()

    static let network = Network(
        id: "nett", name: "Nett", longName: "Nettverket", averageLabel: "Snitt nett",
        members: regions.filter { $0.kind == .municipality }.map { NetworkMembership(region: $0.id) }, source: "test")

    static func randomCase(_ random: inout SeededRandom) -> (figures: [SeriesFigure], aggregates: [PublishedAggregate]) {
        let indicators = Array(catalog.indicators.prefix(12).map(\.id)) + ["ukjent-indikator"]
        let regionIDs = regions.map(\.id) + ["ukjent-region"]
        let bases: [PriceBasis] = [.nominal, .both, .deflated]
        var figures: [SeriesFigure] = []
        for indicator in indicators where random.unit() < 0.8 {
            for basis in bases where basis == .nominal || random.unit() < 0.3 {
                for region in regionIDs where random.unit() < 0.85 {
                    for year in 2015...2024 where random.unit() < 0.75 {
                        figures.append(
                            SeriesFigure(indicator: indicator, region: region, year: year, basis: basis, value: random.uniform(-50...5_000)))
                    }
                }
            }
        }
        var aggregates: [PublishedAggregate] = []
        for indicator in indicators where random.unit() < 0.5 {
            for year in 2013...2024 where random.unit() < 0.6 {
                let statistic = AggregateStatistic.allCases[Int(random.next() % 3)]
                let networkID = random.unit() < 0.8 ? network.id : "annet"
                aggregates.append(
                    PublishedAggregate(
                        indicator: indicator, network: networkID, year: year, basis: random.unit() < 0.8 ? .nominal : .both,
                        statistic: statistic, value: random.unit() < 0.9 ? random.uniform(0...900) : nil,
                        label: random.unit() < 0.3 ? "Snitt publisert" : nil))
            }
        }
        return (figures, aggregates)
    }

    @Test("300 seeded cases, in store order and shuffled: the same series, lines and values as the plain code")
    func builderMatchesReference() {
        let definitions = Definitions(regions: RegionRegistry(regions: Self.regions), networks: [Self.network], catalog: Self.catalog)
        let builder = ComparisonSeriesBuilder(definitions: definitions)
        let reference = ReferenceComparisonSeriesBuilder(definitions: definitions)
        var random = SeededRandom(seed: 2026_12_03)
        var nonEmpty = 0
        for number in 0..<300 {
            var (figures, aggregates) = Self.randomCase(&random)
            if number % 2 == 1 {
                // Another reader's order: the builder must not depend on the store's sorting.
                for index in figures.indices.reversed() where index > 0 {
                    figures.swapAt(index, Int(random.next() % UInt64(index + 1)))
                }
            }
            let municipality = Self.regions[Int(random.next() % 11)]
            let built = builder.build(municipality: municipality, network: Self.network, figures: figures, aggregates: aggregates)
            let expected = reference.build(municipality: municipality, network: Self.network, figures: figures, aggregates: aggregates)
            #expect(built == expected, "case \(number)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        // The cases must exercise something: most have series worth a chart.
        #expect(nonEmpty > 200)
    }
}
