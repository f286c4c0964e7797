import KostraModel
import KostraTesting
import Testing

@Suite("Regions and networks")
struct RegionRegistryTests {
    let definitions = try! Definitions.bundled()

    @Test(
        "Bærum is found by every name form and every code it has had", arguments: ["bærum", "Baerum", "BÆRUM", "0219", "3024", "3201", "3201 Bærum"])
    func findsBaerum(query: String) throws {
        #expect(try definitions.regions.find(query).id == "baerum")
    }

    @Test("A code is valid only in its years")
    func codesByYear() throws {
        let baerum = try definitions.regions.find("Bærum")
        #expect(baerum.code(in: 2019) == "0219")
        #expect(baerum.code(in: 2020) == "3024")
        #expect(baerum.code(in: 2023) == "3024")
        #expect(baerum.code(in: 2024) == "3201")
        #expect(definitions.regions.region(code: "3024", year: 2021)?.name == "Bærum")
        #expect(definitions.regions.region(code: "3024", year: 2024) == nil)
    }

    @Test("An unknown name lists the closest matches")
    func unknownName() {
        #expect(throws: ModelError.unknownRegion("Bærumm", suggestions: ["Bærum", "Bergen", "Hurum"])) {
            try definitions.regions.find("Bærumm")
        }
        let message =
            (try? definitions.regions.find("Bærumm")).map { _ in "" }
            ?? ModelError.unknownRegion("Bærumm", suggestions: ["Bærum", "Bergen", "Hurum"]).errorDescription
        #expect(
            message
                == "No municipality or region is called 'Bærumm'. Did you mean 'Bærum', 'Bergen' or 'Hurum'? Run 'kostra regions' to list the known regions."
        )
    }

    @Test("ASSS has ten members before 2022 and twelve from 2022")
    func asssMembership() throws {
        let asss = try definitions.network(named: "ASSS med Oslo")
        #expect(asss.members(in: 2021).count == 10)
        #expect(!asss.members(in: 2021).contains("asker"))
        #expect(asss.members(in: 2022).count == 12)
        #expect(asss.members(in: 2024).contains("lillestrom"))
    }

    @Test("Mergers name their predecessors, and predecessors their successor")
    func mergers() throws {
        let drammen = try definitions.regions.find("Drammen")
        #expect(drammen.mergers == [Merger(year: 2020, predecessors: ["nedre-eiker", "svelvik"])])
        #expect(drammen.mergerYear(between: 2015, and: 2024) == 2020)
        #expect(try definitions.regions.find("0625").successor == "drammen")
        #expect(try definitions.regions.find("Lillestrøm").code(in: 2019) == nil)
    }

    @Test("Every region code in the bundled file matches KLASS 131's change feed")
    func codesMatchKlass() throws {
        let feed = try SharedFixtures.text("data/klass131_municipality_changes_2011_2024.csv")
        var renamed: [String: String] = [:]
        for line in feed.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            renamed[fields[1]] = fields[4]
        }
        for region in definitions.regions.regions where region.kind == .municipality {
            for (old, new) in zip(region.codes, region.codes.dropFirst()) {
                #expect(renamed[old.code] == new.code, "\(region.name): \(old.code) → \(new.code)")
            }
            for merger in region.mergers ?? [] {
                for predecessor in merger.predecessors {
                    let code = try #require(definitions.regions.region(id: predecessor)?.codes.last?.code)
                    let target = try #require(region.code(in: merger.year))
                    #expect(renamed[code] == target, "\(predecessor) \(code) → \(region.name) \(target)")
                }
            }
        }
    }
}
