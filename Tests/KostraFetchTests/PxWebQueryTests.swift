import KostraFetch
import Testing

@Suite("PxWebQuery URLs")
struct PxWebQueryTests {
    @Test("The data URL encodes brackets, keeps commas readable and puts lang and outputFormat first")
    func dataURL() {
        #expect(
            query12134.dataURL(apiBase: PxWebQuery.defaultAPIBase)
                == "https://data.ssb.no/api/pxwebapi/v2/tables/12134/data?lang=no&outputFormat=json-stat2"
                + "&valueCodes%5BKOKkommuneregion0000%5D=0301,4601,5001&valueCodes%5BContentsCode%5D=KOSAG110000&valueCodes%5BTid%5D=2024"
        )
    }

    @Test("Expressions and codelists")
    func expressions() {
        let query = PxWebQuery(
            table: "07459",
            language: "en",
            selections: [
                .all("Region", codelist: "agg_KommSummer"),
                .top("Tid", 3),
                .from("Alder", "018"),
                .to("Kjonn", "2"),
            ]
        )
        #expect(
            query.dataURL(apiBase: "https://data.ssb.no/api/pxwebapi/v2/")
                == "https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=en&outputFormat=json-stat2"
                + "&valueCodes%5BRegion%5D=*&codelist%5BRegion%5D=agg_KommSummer&valueCodes%5BTid%5D=top(3)"
                + "&valueCodes%5BAlder%5D=from(018)&valueCodes%5BKjonn%5D=to(2)"
        )
        #expect(
            query.metadataURL(apiBase: PxWebQuery.defaultAPIBase)
                == "https://data.ssb.no/api/pxwebapi/v2/tables/07459/metadata?lang=en&codelist%5BRegion%5D=agg_KommSummer"
        )
    }

    @Test("The metadata URL of a table")
    func metadataURL() {
        #expect(
            PxWebQuery.metadataURL(apiBase: PxWebQuery.defaultAPIBase, table: "12134")
                == "https://data.ssb.no/api/pxwebapi/v2/tables/12134/metadata?lang=no"
        )
    }

    @Test("Characters outside the readable set are percent-encoded")
    func percentEncoding() {
        let query = PxWebQuery(table: "1 2", selections: [.codes("Var&x", ["a b", "c+d", "æ", "e=f", "05?", "g#h"])])
        #expect(
            query.dataURL(apiBase: "http://h")
                == "http://h/tables/1%202/data?lang=no&outputFormat=json-stat2&valueCodes%5BVar%26x%5D=a%20b,c%2Bd,%C3%A6,e%3Df,05?,g%23h"
        )
    }

    @Test("Repeated codes are dropped, since SSB answers them with HTTP 500")
    func duplicatesDropped() {
        let selection = VariableSelection.codes("Tid", ["2024", "2023", "2024"])
        #expect(selection.filter == .codes(["2024", "2023"]))
    }

    @Test("Summary for messages")
    func summary() {
        let query = PxWebQuery(table: "12134", selections: [.codes("R", ["1", "2", "3", "4"]), .top("Tid", 2)])
        #expect(query.summary == "table 12134 (R: 4 codes, Tid: top(2))")
    }
}
