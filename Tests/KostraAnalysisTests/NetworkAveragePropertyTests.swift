import KostraAnalysis
import KostraModel
import PropertyBased
import Testing

/// Properties every network average and profile index must keep, whatever the members' figures.
@Suite("Network average properties")
struct NetworkAveragePropertyTests {
    static let definitions = try! Definitions.bundled()
    static let weighted = definitions.catalog.indicators.first { $0.averaging == .weighted }!
    static let unweighted = definitions.catalog.indicators.first { $0.averaging == .unweighted }!

    /// Members' figures as (numerator, denominator) pairs with positive denominators.
    static let members = zip(Gen.double(in: 1...50_000), Gen.double(in: 1...80_000)).array(of: 1...25)

    static func figures(_ indicator: Indicator, _ members: [(Double, Double)]) -> [RegionID: Observation] {
        var figures: [RegionID: Observation] = [:]
        for (offset, (numerator, denominator)) in members.enumerated() {
            let value =
                indicator.averaging == .weighted
                ? indicator.ratio(numerator: numerator, denominator: denominator)
                : numerator / denominator
            figures["k\(offset)"] = Observation(
                indicator: indicator.id, region: "k\(offset)", year: 2024, value: value, numerator: numerator,
                denominator: denominator)
        }
        return figures
    }

    @Test(arguments: [AveragingRule.weighted, .unweighted])
    func averageLiesBetweenLowestAndHighest(_ rule: AveragingRule) async {
        let indicator = rule == .weighted ? Self.weighted : Self.unweighted
        await propertyCheck(count: 300, input: Self.members) { members in
            let figures = Self.figures(indicator, members)
            let regions = figures.keys.sorted()
            let average = try NetworkAverage.compute(indicator, year: 2024, over: regions, figures: figures)
            let extremes = try #require(NetworkAverage.extremes(over: regions, figures: figures))
            let tolerance = 1e-9 * max(1, abs(extremes.highest.value))
            #expect(average.value >= extremes.lowest.value - tolerance)
            #expect(average.value <= extremes.highest.value + tolerance)
            #expect(average.contributors.count == regions.count)
        }
    }

    @Test(arguments: [AveragingRule.weighted, .unweighted])
    func indexOfTheAverageIs100(_ rule: AveragingRule) async throws {
        let indicator = rule == .weighted ? Self.weighted : Self.unweighted
        let profile = try #require(Self.definitions.catalog.profile(id: "sosial"))
        await propertyCheck(count: 200, input: Self.members) { members in
            let figures = Self.figures(indicator, members)
            let regions = figures.keys.sorted()
            let average = try NetworkAverage.compute(indicator, year: 2024, over: regions, figures: figures)
            // A municipality outside the network whose figure is exactly the network average.
            let outsider = Region(id: "x", kind: .municipality, name: "Utenfor", codes: [DatedCode(code: "9999")])
            let network = Network(
                id: "nett", name: "Nett", longName: "Nettverket", averageLabel: "Snitt nett",
                members: regions.map { NetworkMembership(region: $0) }, source: "test")
            let own = Observation(indicator: indicator.id, region: "x", year: 2024, value: average.value)
            let input = ServiceProfileBuilder.Input(
                municipality: outsider, year: 2024, network: network,
                profile: ServiceProfileDefinition(id: profile.id, title: profile.title, service: profile.service, indicators: [indicator.id]),
                observations: Array(figures.values) + [own], aggregates: [])
            let row = try #require(try ServiceProfileBuilder(definitions: Self.definitions).build(input).rows.first)
            let index = try #require(row.index)
            #expect(abs(index - 100) <= 1e-9)
            // The highest member indexes at or above 100 and the lowest at or below.
            #expect(try #require(row.highestIndex) >= 100 - 1e-9)
            #expect(try #require(row.lowestIndex) <= 100 + 1e-9)
        }
    }
}
