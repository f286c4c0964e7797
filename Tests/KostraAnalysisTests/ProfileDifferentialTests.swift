import Foundation
import KostraAnalysis
import KostraImport
import KostraModel
import KostraTesting
import Testing

/// The columnar profile (`ProfileFigures`, `NationalProfile`, `ServiceProfileBuilder`) against the
/// plain computation it replaced (`ReferenceServiceProfileBuilder`), on the synthetic nation and on
/// the bundled Bærum figures: every profile's JSON byte for byte, and the national table's columns
/// figure by figure against the reference's rows.
@Suite("Profile: columnar against the plain reference")
struct ProfileDifferentialTests {
    static let definitions = try! Definitions.bundled()

    static func json(_ profile: ServiceProfile) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(profile)
    }

    /// The members' figures of the profile's indicators for the table's years, in the nation's order.
    static func comparisonFigures(
        _ nation: SyntheticNation, byRegion: [RegionID: [Observation]], network: Network, year: Int
    ) -> [Observation] {
        let years = (year - ServiceProfileBuilder.tableYears + 1)...year
        return network.members(in: year).flatMap { member in
            (byRegion[member] ?? []).filter { years.contains($0.year) }
        }
    }

    @Test func syntheticNationIsIdenticalProfileByProfileAndFigureByFigure() throws {
        let nation = SyntheticNation(catalog: Self.definitions.catalog)
        let profile = try #require(Self.definitions.catalog.profile(id: "sosial"))
        let wanted = Set(profile.indicators)
        var byRegion: [RegionID: [Observation]] = [:]
        for observation in nation.observations where wanted.contains(observation.indicator) {
            byRegion[observation.region, default: []].append(observation)
        }
        let reference = ReferenceServiceProfileBuilder(definitions: nation.definitions)
        let builder = ServiceProfileBuilder(definitions: nation.definitions)
        let table = NationalProfile(
            networks: nation.networks, years: SyntheticNation.years, profile: profile, observations: nation.observations,
            definitions: nation.definitions)
        var expectedAll: [ServiceProfile] = []
        for network in nation.networks {
            for year in SyntheticNation.years {
                let observations = Self.comparisonFigures(nation, byRegion: byRegion, network: network, year: year)
                let expected = reference.buildMembers(
                    year: year, network: network, profile: profile, observations: observations, aggregates: [])
                let actual = builder.buildMembers(
                    year: year, network: network, profile: profile, observations: observations, aggregates: [])
                #expect(actual.count == expected.count)
                for (a, e) in zip(actual, expected) { #expect(try Self.json(a) == Self.json(e)) }
                expectedAll += expected
            }
        }
        #expect(table.profileCount == expectedAll.count)
        let rows = table.rowsPerProfile
        var partial = 0
        for (number, expected) in expectedAll.enumerated() {
            let rich = try table.profile(number)
            #expect(try Self.json(rich) == Self.json(expected), "profile \(number): \(expected.municipality.id) \(expected.year)")
            let comparison = Int(table.profileComparisons[number])
            for (position, row) in expected.rows.enumerated() {
                let k = number * rows + position
                let c = comparison * rows + position
                func same(_ column: Double, _ figure: Double?) -> Bool { figure.map { $0 == column } ?? column.isNaN }
                #expect(same(table.values[k], row.values[expected.year]))
                #expect(same(table.averages[c], row.average?.value))
                #expect(same(table.highests[c], row.highest?.value))
                #expect(same(table.lowests[c], row.lowest?.value))
                #expect(same(table.indices[k], row.index))
                #expect(same(table.highestIndices[k], row.highestIndex))
                #expect(same(table.lowestIndices[k], row.lowestIndex))
                #expect(same(table.changes[k], row.change?.difference))
                let direction: Int8 = row.change.map { $0.direction == .up ? 1 : $0.direction == .down ? -1 : 0 } ?? 0
                let judgement: Int8 = row.change.map { $0.judgement == .better ? 1 : $0.judgement == .worse ? -1 : 0 } ?? 0
                #expect(table.directions[k] == direction)
                #expect(table.judgements[k] == judgement)
                if let highest = row.highest, highest.source == .computed {
                    let start = c == 0 ? 0 : Int(table.highestHolderEnds[c - 1])
                    let holders = table.highestHolders[start..<Int(table.highestHolderEnds[c])].map { table.figures.regions[Int($0)] }
                    #expect(holders == highest.holders)
                    let lowStart = c == 0 ? 0 : Int(table.lowestHolderEnds[c - 1])
                    let lowHolders = table.lowestHolders[lowStart..<Int(table.lowestHolderEnds[c])].map { table.figures.regions[Int($0)] }
                    #expect(lowHolders == row.lowest?.holders)
                }
                if let average = row.average, average.source == .computed {
                    #expect(Int(table.contributorCounts[c]) == average.contributors.count)
                    if average.contributors.count < expected.members.count { partial += 1 }
                }
            }
        }
        // The synthetic gaps reach the partial-average path, so it is compared too.
        #expect(partial > 0)
    }

    /// Every profile area, network and year of the bundled Bærum figures (with SSB's published
    /// averages, and without them), with sources on the figures so their order is compared too.
    @Test func bundledFiguresAreIdenticalForEveryAreaNetworkAndYear() throws {
        let definitions = Self.definitions
        let municipality = try definitions.regions.find("Bærum")
        let reader = PublishedFiguresReader(definitions: definitions)
        var observations: [Observation] = []
        var aggregates: [PublishedAggregate] = []
        for file in ["baerum-2024-profile.csv", "baerum-2021-2024-series.csv"] {
            let figures = try reader.read(try Self.bundled(file), origin: file, municipality: municipality)
            observations += figures.observations
            aggregates += figures.aggregates
        }
        #expect(!observations.isEmpty)
        let sources = [
            DataSource(id: 7, kind: .bundled, title: "A", reference: "a", retrievedAt: Date(timeIntervalSince1970: 0)),
            DataSource(id: 3, kind: .bundled, title: "B", reference: "b", retrievedAt: Date(timeIntervalSince1970: 0)),
        ]
        for index in observations.indices where index % 3 != 2 { observations[index].source = sources[index % 3] }
        let reference = ReferenceServiceProfileBuilder(definitions: definitions)
        let builder = ServiceProfileBuilder(definitions: definitions)
        let years = Set(observations.map(\.year)).sorted()
        var built = 0
        var publishedAverages = 0
        var ranked = 0
        for profile in definitions.catalog.profiles {
            for network in definitions.networks {
                for year in (years.first ?? 2024)...((years.last ?? 2024) + 1) {
                    let window = (year - ServiceProfileBuilder.tableYears + 1)...year
                    let figures = observations.filter { window.contains($0.year) }
                    for published in [aggregates, []] {
                        let input = ServiceProfileBuilder.Input(
                            municipality: municipality, year: year, network: network, profile: profile,
                            observations: figures, aggregates: published)
                        let expected = Result { () throws(AnalysisError) in try reference.build(input) }
                        let actual = Result { () throws(AnalysisError) in try builder.build(input) }
                        switch (expected, actual) {
                        case (.success(let e), .success(let a)):
                            #expect(try Self.json(a) == Self.json(e), "\(profile.id) \(network.id) \(year)")
                            built += 1
                            publishedAverages += e.rows.count { $0.average?.source == .published }
                            ranked += e.rows.count { $0.rank != nil || $0.rankNote != nil }
                        case (.failure(let e), .failure(let a)):
                            #expect("\(a)" == "\(e)")
                        default:
                            Issue.record("\(profile.id) \(network.id) \(year): \(expected) against \(actual)")
                        }
                    }
                }
            }
        }
        // Profiles were built (not only errors compared), with SSB's published averages and rank notes.
        #expect(built > 10)
        #expect(publishedAverages > 0)
        #expect(ranked > 0)
    }

    static func bundled(_ file: String) throws -> String {
        let relative = "Sources/KostraKit/Resources/bundled/" + file
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return try String(contentsOf: candidate, encoding: .utf8) }
            dir.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile)
    }
}
