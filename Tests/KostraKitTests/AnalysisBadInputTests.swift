import Foundation
import KostraModel
import KostraTesting
import Testing

/// The analysis commands tried with bad input, as a new user would: a clear message, no crash, no zero.
@Suite("Bad input to the analysis commands")
struct AnalysisBadInputTests {
    @Test("A peer set with an unknown name suggests the closest")
    func unknownPeer() async throws {
        let database = try await AnalysisFixtures.database(with: [])
        let result = try await KostraCLI.run(["average", "population-total", "--year", "2023", "--peers", "Asker,Bærumm", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("No municipality or region is called 'Bærumm'. Did you mean 'Bærum'"))
        #expect(result.stdout.isEmpty)
    }

    @Test("An average over members that all lack data says so instead of printing zero")
    func allMembersLackData() async throws {
        let database = try await AnalysisFixtures.database(with: [])
        let result = try await KostraCLI.run(["average", "payout-per-recipient", "--year", "2019", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("No figures for 'Stønad (bidrag+lån) per sosialhjelpsmottaker' in 2019 for any of Bergen, Bærum"))
        #expect(!result.stdout.contains("0"))
    }

    @Test("A zero denominator is an error naming the municipality, not a zero")
    func zeroDenominator() async throws {
        let database = try await AnalysisFixtures.database(with: [
            Observation(indicator: "recipients-18-24", region: "asker", year: 2030, value: 0),
            Observation(indicator: "population-18-24", region: "asker", year: 2030, value: 0),
        ])
        let result = try await KostraCLI.run(
            ["average", "recipients-18-24-share", "--year", "2030", "--peers", "Asker", "--database", database])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "The denominator of 'Andel sosialhjelpsmottakere 18-24 år av innbyggere 18-24 år' for Asker in 2030 is zero"))
    }

    @Test("A zero denominator inside a series' network average is reported, not skipped")
    func zeroDenominatorInSeries() async throws {
        let database = try await AnalysisFixtures.database(with: [
            Observation(indicator: "recipients-18-24-share", region: "baerum", year: 2030, value: 2),
            Observation(indicator: "recipients-18-24", region: "asker", year: 2030, value: 0),
            Observation(indicator: "population-18-24", region: "asker", year: 2030, value: 0),
        ])
        let result = try await KostraCLI.run([
            "series", "Bærum", "recipients-18-24-share", "--from", "2030", "--to", "2030",
            "--compare", "asss", "--database", database,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("for Asker in 2030 is zero"))
    }

    @Test("Conflicting scopes are rejected before anything runs")
    func conflictingScopes() async throws {
        let result = try await KostraCLI.run(["average", "rbi", "--year", "2024", "--national", "--peers", "Asker"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Give at most one of --network, --group, --national and --peers."))
    }

    @Test("An average through the CLI with --explain lists inputs with year, region and source")
    func explainThroughCLI() async throws {
        let figures = try AnalysisFixtures.population(column: "pop_total", kostraYear: 2023, indicator: "population-total")
        let database = try await AnalysisFixtures.database(with: figures, title: "SSB 07459 (test)")
        let result = try await KostraCLI.run(
            ["average", "population-total", "--year", "2023", "--peers", "Bærum,Asker", "--explain", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Antall kommuner i snittet  2"))
        #expect(result.stdout.contains("Metode: Sum over 2 kommuner"))
        #expect(result.stdout.contains("Bærum   2023"))
        #expect(result.stdout.contains("SSB 07459 (test)"))
    }
}
