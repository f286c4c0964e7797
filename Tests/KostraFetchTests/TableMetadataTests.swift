import Foundation
import KostraFetch
import KostraTesting
import Testing

@Suite("TableMetadata")
struct TableMetadataTests {
    @Test("The hand-made 12134 metadata fixture: dimensions and codes in order, label, updated")
    func handMade12134() throws {
        let url = SSBReplayServer.bundledFixtures.appendingPathComponent("api/pxwebapi/v2/tables/12134/metadata.json")
        let metadata = try TableMetadata.parse(Data(contentsOf: url), table: "12134", url: "fixture")
        #expect(metadata.dimensions.map(\.id) == ["KOKkommuneregion0000", "ContentsCode", "Tid"])
        #expect(metadata.dimension("kokkommuneregion0000")?.codes.prefix(3) == ["EAK", "EAKUO", "0301"])
        #expect(metadata.dimension("Tid")?.codes == (2015...2025).map(String.init))
        #expect(metadata.dimension("Tid")?.elimination == false)
        #expect(metadata.label == "12134: Utvalgte nøkkeltall for kommuneregnskap, kommunekonsern, etter region og år")
        #expect(metadata.updated == Date(timeIntervalSince1970: 1_773_644_400))  // 2026-03-16T07:00:00Z
    }

    @Test("Real SSB answers parse: 12134 (index as object) and 07221 (with a TOTAL category)")
    func realAnswers() throws {
        let table12134 = try TableMetadata.parse(SharedFixtures.data(real12134File), table: "12134", url: "shared")
        #expect(table12134.dimension("KOKkommuneregion0000")?.codes == ["0301", "4601", "5001"])
        #expect(table12134.dimension("ContentsCode")?.label == "statistikkvariabel")
        let table07221 = try TableMetadata.parse(
            SharedFixtures.data("data/ssb_pxwebapi_v2_jsonstat2_table07221_fixture.json"), table: "07221", url: "shared")
        #expect(table07221.dimensions.map(\.id) == ["Region", "Boligtype", "ContentsCode", "Tid"])
        #expect(table07221.dimension("Region")?.codes.first == "TOTAL")
        #expect(table07221.dimension("Region")?.codes.count == 12)
        #expect(table07221.dimension("Region")?.elimination == true)
    }

    @Test("A body of the wrong shape names the URL and the problem")
    func wrongShape() {
        #expect(throws: FetchError.invalidBody(url: "u", reason: "metadata for table 1: the top level is not an object")) {
            try TableMetadata.parse(Data("[1]".utf8), table: "1", url: "u")
        }
        let message = FetchError.invalidBody(url: "u", reason: "metadata for table 1: no \"id\" array").errorDescription
        #expect(
            message == "The answer from u could not be used: metadata for table 1: no \"id\" array. Fetch it again; if it persists, report the URL.")
    }
}
