import KostraImport
import KostraModel
import KostraTesting
import Testing

@Suite("Published-figures files")
struct PublishedFiguresReaderTests {
    let definitions = try! Definitions.bundled()
    var reader: PublishedFiguresReader { PublishedFiguresReader(definitions: definitions) }

    @Test("The published 2024 profile table reads into Bærum's figures and ASSS aggregates")
    func profileTable() throws {
        let text = try SharedFixtures.text("reference/baerum-kostra-2024.csv")
        let figures = try reader.read(text, origin: "baerum-kostra-2024.csv", municipality: definitions.regions.find("Bærum"))
        #expect(figures.observations.count == 19 * 3)
        #expect(figures.aggregates.count == 19 * 3)
        let payout = figures.observations.first { $0.indicator == "payout-per-recipient" && $0.year == 2024 }
        #expect(payout?.value == 70784 && payout?.region == "baerum")
        let high = figures.aggregates.first { $0.indicator == "payout-per-recipient" && $0.statistic == .highest }
        #expect(high?.value == 91051 && high?.network == "asss")
    }

    @Test("The published time series read into regions, groups and the network's printed average")
    func timeSeries() throws {
        let text = try SharedFixtures.text("reference/baerum-timeseries-2021-2024.csv")
        let figures = try reader.read(text, origin: "series.csv", municipality: nil)
        let spending = figures.observations.filter { $0.indicator == "net-expenditure-social-per-capita" && $0.region == "baerum" }
        #expect(spending.map(\.value) == [3899, 3591, 4057, 4329])
        #expect(spending.allSatisfy { $0.basis == .both })
        let group = figures.observations.first { $0.region == "kostragruppe-13" && $0.indicator == "kvp-per-1000" && $0.year == 2021 }
        #expect(group?.value == 4.3 && group?.basis == .nominal)
        let average = figures.aggregates.first { $0.indicator == "main-income-share" && $0.year == 2024 }
        #expect(average?.value == 36.1 && average?.label == "ASSS med Oslo")
        #expect(figures.notes.count == 3)
    }

    @Test("Decimal commas, spaces in thousands and SSB symbols are read; missing is not zero")
    func cells() throws {
        let text =
            "category;indicator;unit;oslo_2023;oslo_2024;asss_avg_2024\nx;Stønad (bidrag+lån) per sosialhjelpsmottaker;kroner;..;91 051;78830\nx;Andel uføre av innbyggere 18-67 år;prosent;:;-;8,6\n"
        let figures = try reader.read(text, origin: "f.csv", municipality: nil)
        let payout = figures.observations.filter { $0.indicator == "payout-per-recipient" }.sorted { $0.year < $1.year }
        #expect(payout.map(\.value) == [nil, 91051])
        #expect(payout.first?.status == .missing)
        let disability = figures.observations.filter { $0.indicator == "disability-18-67-share" }.sorted { $0.year < $1.year }
        #expect(disability.map(\.status) == [.confidential, .nil_])
        #expect(disability.map(\.value) == [nil, 0])
    }

    @Test("Header faults and unit mismatches are named")
    func faults() throws {
        #expect(
            throws: ImportError.missingHeader(
                file: "f.csv", expected: "'category;indicator;unit;<municipality>_<year>;…;<network>_avg_<year>;…' or 'series;region;<year>;…'")
        ) {
            try reader.read("a;b;c\n", origin: "f.csv", municipality: nil)
        }
        #expect(
            throws: ImportError.badHeader(
                file: "f.csv", line: 1, column: "baerum2024",
                expected: "'<municipality>_<year>' (e.g. baerum_2024) or '<network>_avg|high|low_<year>' (e.g. asss_avg_2024)")
        ) {
            try reader.read("category;indicator;unit;baerum2024\n", origin: "f.csv", municipality: nil)
        }
        #expect(
            throws: ImportError.unitMismatch(
                file: "f.csv", line: 2, indicator: "'Stønad (bidrag+lån) per sosialhjelpsmottaker'", found: "prosent", expected: "kroner")
        ) {
            try reader.read(
                "category;indicator;unit;baerum_2024\nx;Stønad (bidrag+lån) per sosialhjelpsmottaker;prosent;1\n", origin: "f.csv", municipality: nil)
        }
        #expect(throws: ImportError.empty(file: "f.csv")) {
            try reader.read("category;indicator;unit;baerum_2024\n# nothing\n", origin: "f.csv", municipality: nil)
        }
    }
}
