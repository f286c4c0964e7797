import Foundation
import KostraTesting
import Testing

/// `kostra decompose` through the real binary, on the external review of NAV Bærum (seed 003).
@Suite("kostra decompose")
struct DecomposeCommandTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }

    func write(_ text: String, to name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func run(_ arguments: [String]) async throws -> KostraCLI.Result {
        try await KostraCLI.run(arguments + ["--database", database])
    }

    func storeSnapshot() async throws -> String {
        try await run(["profile", "Bærum", "--format", "csv"]).stdout
    }

    /// The review publishes growth rates, not levels (slide "Bærum har hatt en økning i utbetalt
    /// økonomisk sosialhjelp på 25 % perioden 2015-2019"): recipients +4,1 %, months of support
    /// +15,7 %, payout per month +3,9 %, combination 1,4 %, total 25 %. So 2015 is set to 1 000
    /// recipients × 10 months × kr 10 000 per month, and 2019 applies the published growths:
    /// 1 041 recipients, 1 041 × 11,57 = 12 044,37 months, 12 044,37 × 10 390 = kr 125 141 004,3.
    static let reviewCSV = """
        # Bærum 2015-2019, levels chosen so the factor growths equal the external review's (seed 003)
        år;mottakere;stønadsmåneder;utbetalt
        2015;1 000;10 000;100 000 000
        2019;1 041;12 044,37;125 141 004,3
        """

    @Test("The review's figures: 4,1 + 15,7 + 3,9 + 1,4 = 25 %, over 60 % from durations")
    func reviewFiguresAsTable() async throws {
        let path = try write(Self.reviewCSV, to: "baerum.csv")
        // The network is asked for by default; with no stored member figures it is left out with a note.
        let result = try await run(["decompose", "Bærum", "--from", "2015", "--to", "2019", "--input", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "ASSS er utelatt: ingen av medlemmene har lagrede mottakere, stønadsmåneder og utbetalinger "
                    + "for både 2015 og 2019. Importer tallene, eller gi nettverkets tall med --input asss=FIL."))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Antall mottakere              4,1 %"))
        #expect(lines.contains("Stønadsmåneder per mottaker  15,7 %"))
        #expect(lines.contains("Utbetaling per stønadsmåned   3,9 %"))
        #expect(lines.contains("Kombinasjonseffekt            1,4 %"))
        // 1,041 × 1,157 × 1,039 − 1 = 25,14 %: "25 %" in the review, which rounds to whole percent.
        #expect(lines.contains("Samlet utbetaling            25,1 %"))
        #expect(lines.contains("Stønadsmåneder per mottaker  62,4 %"))
        #expect(result.stdout.contains("- Utbetalt økonomisk sosialhjelp i Bærum økte med 25,1 % fra 2015 til 2019."))
        #expect(
            result.stdout.contains(
                "- Mer enn 60 % av veksten skyldes lengre stønadsperioder (stønadsmåneder per mottaker +15,7 %)."))
        #expect(result.stdout.contains("- Flere mottakere (+4,1 %) står for 16,3 % av veksten."))
        #expect(result.stdout.contains("- Kombinasjonseffekten av endringene er +1,4 %, 5,7 % av veksten."))
        #expect(result.stdout.contains("Kilder: Bærum: fil baerum.csv."))
    }

    @Test("JSON gives the growths and shares in percent, and the parts add up to the total")
    func reviewFiguresAsJSON() async throws {
        let path = try write(Self.reviewCSV, to: "baerum.csv")
        let result = try await run(["decompose", "3201", "--from", "2015", "--to", "2019", "--input", path, "--network", "none", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let columns = try #require(document["columns"] as? [[String: Any]])
        let baerum = try #require(columns.first)
        let number = { (key: String) in (baerum[key] as? Double) ?? .nan }
        #expect(abs(number("recipients") - 4.1) < 1e-9)
        #expect(abs(number("monthsPerRecipient") - 15.7) < 1e-9)
        #expect(abs(number("payoutPerMonth") - 3.9) < 1e-9)
        #expect(abs(number("combination") - 1.4410043) < 1e-9)
        #expect(abs(number("total") - 25.1410043) < 1e-9)
        #expect(abs(number("recipients") + number("monthsPerRecipient") + number("payoutPerMonth") + number("combination") - number("total")) < 1e-9)
        let share = try #require(baerum["share"] as? [String: Double])
        #expect(try #require(share["monthsPerRecipient"]) > 60)
        #expect(abs(try #require(share["monthsPerRecipient"]) - 62.4478) < 1e-3)
        #expect(abs(share.values.reduce(0, +) - 100) < 1e-9)
        #expect(document["from"] as? Int == 2015)
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        #expect(sentences.contains { ($0["rule"] as? String) == "decomposition.factor.monthsPerRecipient" })
    }

    @Test("Stored base figures: municipality, a peer and the network side by side, with an SVG chart")
    func fromTheStoreWithPeersAndNetwork() async throws {
        // Base figures as SSB publishes them (payout in 1000 kr). Bærum repeats the review's growths;
        // Asker and Oslo are round numbers that make their own growths easy to check by hand.
        let series = """
            series;region;2015;2019
            Sosialhjelpsmottakere;Bærum;1000;1041
            Stønadsmåneder;Bærum;10000;12044,37
            Samlet stønadssum (bidrag + lån);Bærum;100000;125141,0043
            Sosialhjelpsmottakere;Asker;500;600
            Stønadsmåneder;Asker;3000;3600
            Samlet stønadssum (bidrag + lån);Asker;30000;36000
            Sosialhjelpsmottakere;Oslo;10000;11000
            Stønadsmåneder;Oslo;60000;66000
            Samlet stønadssum (bidrag + lån);Oslo;600000;660000
            """
        let file = try write(series, to: "base.csv")
        let imported = try await run(["import", "published", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let svg = folder.appendingPathComponent("chart.svg").path
        let result = try await run(["decompose", "Bærum", "--from", "2015", "--to", "2019", "--peers", "Asker", "--format", "json", "--svg", svg])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let columns = try #require(document["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == ["Bærum", "Asker", "ASSS"])
        #expect(columns.map { $0["role"] as? String } == ["municipality", "peer", "network"])
        #expect(abs((columns[0]["monthsPerRecipient"] as? Double ?? 0) - 15.7) < 1e-9)
        #expect(abs((columns[1]["total"] as? Double ?? 0) - 20) < 1e-9)
        #expect(abs((columns[1]["recipients"] as? Double ?? 0) - 20) < 1e-9)
        // ASSS sums Bærum and Oslo (the members with both years): payout 700 000 → 785 141,0043 (1000 kr).
        let network = columns[2]
        #expect(abs((network["total"] as? Double ?? 0) - (785_141.0043 / 700_000 - 1) * 100) < 1e-9)
        #expect(network["contributors"] as? [String] == ["Bærum", "Oslo"])
        #expect((network["missing"] as? [String])?.count == 8)
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        let texts = sentences.compactMap { $0["text"] as? String }
        #expect(texts.contains("Endringen i Bærum (+25,1 %) var 5,1 prosentpoeng høyere enn i Asker (+20,0 %)."))
        #expect(texts.contains("Endringen i Bærum (+25,1 %) var 12,9 prosentpoeng høyere enn i ASSS samlet (+12,2 %)."))
        // Asker took in Røyken and Hurum in 2020; a period across that year says so.
        let notes = try #require(document["notes"] as? [String])
        #expect(
            notes == [
                "ASSS: uten Bergen, Drammen, Fredrikstad, Kristiansand, Sandnes, Stavanger, Tromsø, Trondheim, "
                    + "som mangler tall for et av årene."
            ])
        let across = try write("år;mottakere;stønadsmåneder;utbetalt\n2019;100;600;6000000\n2021;300;1800;18000000\n", to: "asker.csv")
        let acrossRun = try await run([
            "decompose", "Asker", "--from", "2019", "--to", "2021", "--input", across, "--network", "none",
        ])
        #expect(
            acrossRun.stdout.contains(
                "Asker ble slått sammen med Røyken, Hurum i 2020; veksten fra 2019 til 2021 "
                    + "omfatter sammenslåingen dersom tallene for 2019 gjelder den gamle kommunen."))
        let chart = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(chart.hasPrefix("<svg"))
        #expect(chart.contains("Vekst i utbetalt sosialhjelp fordelt på faktorer, 2015–2019"))
    }

    @Test("A decline gives shares of the decline, and no change says shares are undefined")
    func declineAndNoChange() async throws {
        let decline = try write("år;mottakere;stønadsmåneder;utbetalt\n2020;1000;6000;60000000\n2024;800;5040;50400000\n", to: "down.csv")
        let down = try await run(["decompose", "Bærum", "--from", "2020", "--to", "2024", "--input", decline, "--network", "none"])
        #expect(down.status == 0, "\(down.stderr)")
        #expect(down.stdout.contains("- Utbetalt økonomisk sosialhjelp i Bærum gikk ned med 16,0 % fra 2020 til 2024."))
        #expect(
            down.stdout.contains(
                "- Færre mottakere (-20,0 %) står for 125,0 % av nedgangen, mer enn hele endringen, fordi andre faktorer trakk motsatt vei."))
        #expect(down.stdout.contains("- Lengre stønadsperioder (+5,0 %) trakk utbetalingen opp, tilsvarende 31,3 % av nedgangen."))
        #expect(down.stdout.contains("Andelene er andeler av nedgangen"))

        let flat = try write("år;mottakere;stønadsmåneder;utbetalt\n2018;100;1000;1000000\n2019;125;1000;1000000\n", to: "flat.csv")
        let same = try await run(["decompose", "Bærum", "--from", "2018", "--to", "2019", "--input", flat, "--network", "none", "--format", "json"])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("\"share\" : null"))
        #expect(same.stdout.contains("Samlet utbetaling er uendret fra 2018 til 2019 (vekst 0 %), så andeler av veksten er ikke definert."))
    }

    @Test("Bad input: a zero base year, a missing year, missing stored figures, reversed years; the store is unchanged")
    func badInput() async throws {
        let before = try await storeSnapshot()
        let zero = try write("år;mottakere;stønadsmåneder;utbetalt\n2015;0;0;0\n2019;10;100;1000\n", to: "zero.csv")
        let zeroRun = try await run(["decompose", "Bærum", "--from", "2015", "--to", "2019", "--input", zero, "--network", "none"])
        #expect(zeroRun.status != 0)
        #expect(
            zeroRun.stderr.contains(
                "\(zero): In the base year 2015 the number of recipients for Bærum is 0. "
                    + "Growth from a zero or negative base is undefined."))

        let gap = try write("år;mottakere;stønadsmåneder;utbetalt\n2015;10;100;1000\n2018;10;100;1000\n", to: "gap.csv")
        let gapRun = try await run(["decompose", "Bærum", "--from", "2015", "--to", "2019", "--input", gap, "--network", "none"])
        #expect(gapRun.status != 0)
        #expect(gapRun.stderr.contains("\(gap): There are no figures for Bærum in 2019 (years available: 2015, 2018)."))

        let symbol = try write("år;mottakere;stønadsmåneder;utbetalt\n2015;10;..;1000\n2019;10;100;1000\n", to: "symbol.csv")
        let symbolRun = try await run(["decompose", "Bærum", "--from", "2015", "--to", "2019", "--input", symbol, "--network", "none"])
        #expect(symbolRun.status != 0)
        #expect(symbolRun.stderr.contains("\(symbol): Line 2, column 3 (stønadsmåneder) holds Statistics Norway's symbol \"..\""))

        let stored = try await run(["decompose", "Bærum", "--from", "2015", "--to", "2019"])
        #expect(stored.status != 0)
        #expect(
            stored.stderr.contains(
                "There are no stored figures for Bærum in 2015 for: Sosialhjelpsmottakere (recipients), "
                    + "Stønadsmåneder (benefit-months), Samlet stønadssum (bidrag + lån) (payout-total). Years with all of them: none."))

        let reversed = try await run(["decompose", "Bærum", "--from", "2019", "--to", "2015"])
        #expect(reversed.status == 64)
        #expect(reversed.stderr.contains("--from 2019 must be before --to 2015"))

        let stranger = try write(Self.reviewCSV, to: "x.csv")
        let strangerRun = try await run(["decompose", "Bærum", "--from", "2015", "--to", "2019", "--input", "Bergen=\(stranger)"])
        #expect(strangerRun.status != 0)
        #expect(strangerRun.stderr.contains("--input names 'Bergen', which is not the municipality, a peer or the network"))
        #expect(try await storeSnapshot() == before)
    }
}
