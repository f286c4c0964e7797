import FoundationXML
import KostraRender
import Testing

@Suite("ProfileChart")
struct ChartProfileTests {
    @Test("The Bærum profile is a well-formed, accessible SVG with one row group per indicator")
    func baerumProfile() throws {
        let chart = try ChartFixtures.baerumProfile()
        #expect(chart.rows.count == 19)
        let root = try ChartChecks.standard(chart.svg(), id: "tjenesteprofil-sosial")
        let rows = ChartFixtures.elements(root, withClass: "profile-row")
        #expect(rows.count == 19)
        #expect(rows.map { ChartFixtures.attribute($0, "id") } == (1...19).map { "tjenesteprofil-sosial-row-\($0)" })
        // Every row has data: one dot, two network extremes and a printed index.
        for row in rows {
            #expect(ChartFixtures.elements(row, withClass: "municipality-mark").count == 1)
            #expect(ChartFixtures.elements(row, withClass: "network-extreme").count == 2)
            #expect(ChartFixtures.elements(row, withClass: "index-value").count == 1)
        }
        #expect(ChartFixtures.elements(root, withClass: "reference-line").count == 1)
    }

    @Test("Indices are Bærum 2024 over the ASSS average × 100, printed whole")
    func indices() throws {
        let chart = try ChartFixtures.baerumProfile()
        let root = try ChartFixtures.parse(chart.svg())
        let printed = ChartFixtures.elements(root, withClass: "index-value").map { $0.stringValue ?? "" }
        // Ressursbruk 0,877 → 88; net expenses 5 881 / 8 688 → 68; support per
        // recipient 70 784 / 78 830 → 90; KVP to work 73,5 / 67,2 → 109;
        // support length 7,9 / 7,1 → 111; sickness absence 8,01 / 9,46 → 85.
        #expect(printed.count == 19)
        #expect(printed[0] == "88")
        #expect(printed[1] == "68")
        #expect(printed[12] == "90")
        #expect(printed[14] == "111")
        #expect(printed[17] == "109")
        #expect(printed[18] == "85")
        // Supplementary assistance 69,2 / 63,9 → 108; households with children 23,69 / 20,58 → 115.
        #expect(printed[6] == "108")
        #expect(printed[11] == "115")
        let rows = try ChartFixtures.baerumProfileRows()
        #expect(abs((rows[1].highestIndex ?? 0) - 11141.0 / 8688 * 100) < 1e-9)
        #expect(abs((rows[1].lowestIndex ?? 0) - 5881.0 / 8688 * 100) < 1e-9)
    }

    @Test("Legend, axis and note are in Norwegian")
    func labels() throws {
        let chart = try ChartFixtures.baerumProfile()
        let texts = ChartFixtures.texts(try ChartFixtures.parse(chart.svg()))
        for expected in ["Snitt ASSS", "Høyest og lavest i ASSS", "Bærum", "Indeks, snitt ASSS = 100", "Kilde: asss.no, KOSTRA 2024 (SSB)"] {
            #expect(texts.contains(expected), "missing \(expected)")
        }
        // Ticks every 20 from 0 to 200.
        for tick in stride(from: 0, through: 200, by: 20) { #expect(texts.contains("\(tick)")) }
        #expect(!texts.contains("220"))
    }

    @Test("Long labels wrap onto at most three lines")
    func wrapping() throws {
        let chart = try ChartFixtures.baerumProfile()
        let root = try ChartFixtures.parse(chart.svg())
        let rows = ChartFixtures.elements(root, withClass: "profile-row")
        let lineCounts = rows.map { row in
            ChartFixtures.elements(row, named: "text").first.map { max(1, ChartFixtures.elements($0, named: "tspan").count) } ?? 0
        }
        #expect(lineCounts.allSatisfy { (1...3).contains($0) })
        #expect(lineCounts.contains { $0 >= 2 })
    }

    @Test("A row without data says 'ingen data' and draws no marks")
    func missingData() throws {
        var chart = try ChartFixtures.baerumProfile()
        chart.rows.append(.init(label: "Andel nye mottakere", index: nil, highestIndex: 150, lowestIndex: 40))
        chart.rows.append(.init(label: "Uten nettverkstall", value: 3, average: 0, highest: nil, lowest: nil))
        let root = try ChartChecks.standard(chart.svg(), id: "tjenesteprofil-sosial")
        let rows = ChartFixtures.elements(root, withClass: "profile-row")
        #expect(rows.count == 21)
        for row in rows.suffix(2) {
            #expect(ChartFixtures.elements(row, withClass: "no-data").map { $0.stringValue } == ["ingen data"])
            #expect(ChartFixtures.elements(row, withClass: "municipality-mark").isEmpty)
            #expect(ChartFixtures.elements(row, withClass: "network-extreme").isEmpty)
        }
        let desc = ChartFixtures.elements(root, named: "desc").first?.stringValue ?? ""
        #expect(desc.contains("Andel nye mottakere: ingen data."))
    }

    @Test("The axis extends beyond 200 to cover a larger index")
    func extendedAxis() throws {
        let chart = ProfileChart(
            id: "profil", title: "Tjenesteprofil", municipalityName: "Bærum", networkName: "ASSS",
            rows: [.init(label: "Høy indeks", index: 312, highestIndex: 312, lowestIndex: 20)]
        )
        let texts = ChartFixtures.texts(try ChartChecks.standard(chart.svg(), id: "profil"))
        #expect(texts.contains("312"))
        #expect(texts.contains("350") || texts.contains("400"))
    }

    @Test("The description lists every indicator for screen readers")
    func description() throws {
        let chart = try ChartFixtures.baerumProfile()
        let root = try ChartFixtures.parse(chart.svg())
        let desc = try #require(ChartFixtures.elements(root, named: "desc").first?.stringValue)
        #expect(desc.hasPrefix("Tjenesteprofil for Bærum med 19 indikatorer"))
        #expect(desc.contains("Sykefravær sosiale tjenester: 85 (høyest i ASSS 114, lavest 85)."))
    }
}
