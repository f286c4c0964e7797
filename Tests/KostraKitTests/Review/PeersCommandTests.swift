import Foundation
import KostraTesting
import Testing

/// `kostra peers` through the real binary: on SSB's population figures (table 07459) for the ASSS
/// municipalities, and on a hand-made case whose answer is known.
@Suite("kostra peers")
struct PeersCommandTests {
    let store = try! CLIStore()
    var folder: URL { store.folder }
    var database: String { store.database }

    func run(_ arguments: [String]) async throws -> KostraCLI.Result {
        try await store.run(arguments)
    }

    func importText(_ text: String, name: String) async throws {
        let result = try await store.importPublished(text, name: name)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The shared 07459 age-group file rewritten as a published time series, one row per figure and
    /// municipality code. 07459 counts on 1 January, KOSTRA on 31 December: 1 January Y+1 is stored as Y.
    static func populationSeries() throws -> String {
        let lines = try SharedFixtures.text("data/ssb07459_population_agegroups_asss_2005_2024.csv")
            .split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return "" }
        let column = { (name: String) in header.firstIndex(of: name) ?? 0 }
        let series = [("pop_total", "Innbyggere"), ("pop_0_17", "Innbyggere 0-17 år"), ("pop_67_plus", "Innbyggere 67 år og over")]
        let years = Array(2004...2023)
        var values: [String: [Int: String]] = [:]  // "label;code" → KOSTRA year → value
        for fields in lines.dropFirst() {
            guard let year = Int(fields[column("year_1jan")]) else { continue }
            for (name, label) in series {
                values["\(label);\(fields[column("region_code")])", default: [:]][year - 1] = fields[column(name)]
            }
        }
        var text = "series;region;" + years.map(String.init).joined(separator: ";") + "\n"
        for key in values.keys.sorted() {
            text += key + ";" + years.map { values[key]?[$0] ?? "" }.joined(separator: ";") + "\n"
        }
        return text
    }

    @Test("Bærum's nearest by size and age structure on SSB 07459 (31.12.2023): Asker first, Oslo farthest")
    func baerumOnRealPopulation() async throws {
        try await importText(try Self.populationSeries(), name: "07459.csv")
        let result = try await run(["peers", "Bærum", "--n", "11", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["year"] as? Int == 2023)
        let neighbours = try #require(document["neighbours"] as? [[String: Any]])
        let names = neighbours.compactMap { $0["name"] as? String }
        // Checked by hand from the file's 1 January 2024 row: Asker 98 815 people, 22,2 % aged 0–17 and
        // 15,8 % aged 67+, against Bærum's 130 921, 22,4 % and 15,9 %; Oslo (717 710) is farthest.
        #expect(names.first == "Asker")
        #expect(names.last == "Oslo")
        #expect(names.count == 11)
        #expect(abs((neighbours[0]["distance"] as? Double ?? 0) - 0.0476) < 5e-4)
        #expect(neighbours.last?["distance"] as? Double == 1)
        #expect(Array(names.prefix(2)) == ["Asker", "Kristiansand"])
        let target = try #require(document["target"] as? [String: Any])
        let values = try #require(target["values"] as? [String: Double])
        #expect(values["population"] == 130_921)
        #expect(abs((values["share-0-17"] ?? 0) - 29_348.0 / 130_921 * 100) < 1e-9)
        #expect(document["candidatesWithData"] as? Int == 12)

        let table = try await run(["peers", "Bærum", "--n", "3"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("For andre kommandoer: --peers asker,kristiansand,"))
        #expect(table.stdout.contains("vektet euklidsk avstand"))
        #expect(table.stdout.contains("Innbyggere: SSB, Statistikkbanken tabell 07459"))

        // The same peer set passed to another command as @nearest:2.
        let reused = try await run([
            "peer-table", "Bærum", "--indicators", "population-total", "--peers", "@nearest:2", "--network", "none", "--format", "json",
        ])
        #expect(reused.status == 0, "\(reused.stderr)")
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(reused.stdout.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["name"] as? String } == ["Bærum", "Asker", "Kristiansand"])
        #expect(rows.compactMap { ($0["values"] as? [Double])?.first } == [130_921, 98_815, 116_986])
        let badSet = try await run(["peer-table", "Bærum", "--indicators", "population-total", "--peers", "@nearest:x"])
        #expect(badSet.status != 0)
        #expect(badSet.stderr.contains("'@nearest:x' is not a peer set."))
    }

    @Test("A hand-made case: one variable, so distances are the differences over the largest (0,1; 0,3; 1)")
    func handMadeKnownAnswer() async throws {
        try await importText(
            """
            series;region;2023
            Innbyggere;Bærum;100
            Innbyggere;Asker;110
            Innbyggere;Drammen;130
            Innbyggere;Oslo;200
            """, name: "tiny.csv")
        let result = try await run(["peers", "Bærum", "--by", "population", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let neighbours = try #require(document["neighbours"] as? [[String: Any]])
        #expect(neighbours.compactMap { $0["name"] as? String } == ["Asker", "Drammen", "Oslo"])
        let distances = neighbours.compactMap { $0["distance"] as? Double }
        #expect(distances.count == 3)
        #expect(abs(distances[0] - 0.1) < 1e-12 && abs(distances[1] - 0.3) < 1e-12 && distances[2] == 1)

        // Weighting the only variable changes no order and, after rebasing, no distance; the raw distance
        // doubles (√4): the population SD of 100, 110, 130, 200 is √1 525 = 39,05, so Asker is 2 × 10 / 39,05.
        let weighted = try await run(["peers", "Bærum", "--by", "population", "--weights", "population=4", "--format", "csv"])
        #expect(weighted.status == 0, "\(weighted.stderr)")
        #expect(weighted.stdout.contains("1;Asker;0,100000;0,512148;110\r\n"))
        #expect(weighted.stdout.contains("3;Oslo;1,000000;5,121475;200\r\n"))
    }

    @Test("Bad input: unknown variable, bad weight, no figures; the store is unchanged")
    func badInput() async throws {
        let before = try await run(["profile", "Bærum", "--format", "csv"]).stdout
        let none = try await run(["peers", "Bærum"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("Bærum has no stored figures for every chosen variable (population, share-0-17, share-67-plus)."))
        let unknown = try await run(["peers", "Bærum", "--by", "income"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("'income' is neither a structural variable nor an indicator id."))
        let weight = try await run(["peers", "Bærum", "--weights", "population=heavy"])
        #expect(weight.status != 0)
        #expect(weight.stderr.contains("--weights 'population=heavy': it is not name=number"))
        let count = try await run(["peers", "Bærum", "--n", "0"])
        #expect(count.status == 64)
        #expect(try await run(["profile", "Bærum", "--format", "csv"]).stdout == before)
    }
}
