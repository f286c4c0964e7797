import Foundation
import KostraImport
import KostraModel
import KostraTesting
import Testing

/// Real SSB answers from shared/data (README sections 4 and 5), decoded and spot-checked.
@Suite("JSON-stat: real SSB answers")
struct JSONStatSSBFixtureTests {
    static let table12134 = "data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json"
    static let table07221 = "data/ssb_pxwebapi_v2_jsonstat2_table07221_fixture.json"

    @Test("KOSTRA table 12134: free income per inhabitant in Oslo, Bergen and Trondheim, 2024")
    func kostraTable12134() throws {
        let dataset = try JSONStatDecoder.decode(
            SharedFixtures.data(Self.table12134), origin: SharedFixtures.url(Self.table12134).path
        )
        #expect(dataset.version == "2.0")
        #expect(dataset.tableID == "12134")
        #expect(dataset.source == "Statistisk sentralbyrå")
        #expect(dataset.updated == "2026-03-16T07:00:00Z")
        #expect(dataset.label?.hasPrefix("12134: Utvalgte nøkkeltall for kommuneregnskap") == true)
        #expect(dataset.notes.count == 5)
        #expect(dataset.ids == ["KOKkommuneregion0000", "ContentsCode", "Tid"])
        #expect(dataset.size == [3, 1, 1])
        #expect(dataset.count == 3)
        #expect(dataset.statusCount == 0)

        let expected = ["0301": 81240.0, "4601": 66605, "5001": 62853]
        for (region, figure) in expected {
            let cell = ["KOKkommuneregion0000": region, "ContentsCode": "KOSAG110000", "Tid": "2024"]
            #expect(dataset.value(for: cell) == figure)
            #expect(dataset.status(for: cell) == nil)
        }

        let regions = try #require(dataset.dimension(role: .geo))
        #expect(regions.id == "KOKkommuneregion0000")
        #expect(regions.label == "region")
        #expect(regions.codes == ["0301", "4601", "5001"])
        #expect(regions.labels == ["Oslo - Oslove", "Bergen", "Trondheim - Tråante"])
        #expect(regions.label(of: "5001") == "Trondheim - Tråante")
        #expect(dataset.dimension(role: .time)?.id == "Tid")

        let contents = try #require(dataset.dimension(role: .metric))
        #expect(contents.labels == ["Frie inntekter per innbygger (kr)"])
        #expect(contents.unit(of: "KOSAG110000") == JSONStatUnit(base: "kr", decimals: 0))
    }

    @Test("Table 07221: house price index with '..' on null values")
    func housePriceTable07221() throws {
        let dataset = try JSONStatDecoder.decode(
            SharedFixtures.data(Self.table07221), origin: SharedFixtures.url(Self.table07221).path
        )
        #expect(dataset.tableID == "07221")
        #expect(dataset.ids == ["Region", "Boligtype", "ContentsCode", "Tid"])
        #expect(dataset.size == [12, 3, 1, 8])
        #expect(dataset.count == 288)
        #expect(dataset.statusCount == 24)
        #expect(dataset.values.filter(\.isNaN).count == 24)

        // Values as written in the file, addressed by codes.
        let figures: [(region: String, type: String, quarter: String, value: Double)] = [
            ("TOTAL", "01", "2022K1", 136.2),
            ("TOTAL", "03", "2023K4", 145.4),
            ("001", "01", "2023K4", 148.9),
            ("007", "01", "2023K4", 131.5),
            ("007", "03", "2022K1", 146),
            ("008", "02", "2022K1", 119.8),
            ("011", "03", "2023K4", 134.6),
        ]
        for figure in figures {
            let cell = ["Region": figure.region, "Boligtype": figure.type, "Tid": figure.quarter]
            #expect(dataset.value(for: cell) == figure.value, "\(cell)")
            #expect(dataset.status(for: cell) == nil)
        }

        // Small houses in Innlandet, Trøndelag outside Trondheim and Northern Norway have no index.
        for region in ["007", "010", "011"] {
            for quarter in ["2022K1", "2023K4"] {
                let index = try #require(dataset.flatIndex(for: ["Region": region, "Boligtype": "02", "Tid": quarter]))
                #expect(dataset.value(at: index) == nil)
                #expect(dataset.status(at: index) == .symbol(.missing))
                #expect(dataset.isMissing(at: index) == false)
            }
        }
        #expect(dataset.status(at: 176)?.symbol == .missing)
        #expect(dataset.codes(at: 176) == ["007", "02", "Boligindeks", "2022K1"])
        #expect(dataset.status(at: 175) == nil)
        #expect(dataset.value(at: 175) == 131.5)

        let regions = try #require(dataset.dimension("Region"))
        #expect(regions.role == nil)
        #expect(regions.label(of: "001") == "Oslo med Bærum")
        #expect(regions.notes.count == 1)
        #expect(dataset.dimension("ContentsCode")?.unit(of: "Boligindeks") == JSONStatUnit(base: "indeks", decimals: 1))
        #expect(dataset.dimension(role: .time)?.codes.first == "2022K1")
    }

    @Test("Long rows of table 12134 carry every code and label")
    func longRows() throws {
        let dataset = try JSONStatDecoder.decode(SharedFixtures.data(Self.table12134), origin: "12134.json")
        let rows = dataset.longRows()
        #expect(rows.count == 3)
        #expect(rows[2].codes == ["5001", "KOSAG110000", "2024"])
        #expect(rows[2].labels == ["Trondheim - Tråante", "Frie inntekter per innbygger (kr)", "2024"])
        #expect(rows[2].value == 62853)
        #expect(rows[2].status == nil)
    }
}
