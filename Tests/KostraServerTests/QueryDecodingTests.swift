import Foundation
import Testing

@testable import KostraServer

@Suite("Query decoding")
struct QueryDecodingTests {
    @Test(
        "Form values decode as before",
        arguments: [
            ("B%C3%A6rum", "Bærum"), ("Asker%2CDrammen", "Asker,Drammen"), ("kr+41+681", "kr 41 681"), ("", ""),
            ("%e2%80%93", "–"), ("%", nil), ("%4", nil), ("%zz", nil), ("%C3", nil), ("%FF", nil),
        ] as [(String, String?)])
    func examples(raw: String, expected: String?) {
        #expect(QueryParameters.decode(Substring(raw)) == expected)
    }

    @Test(
        "Values lose the spaces and tabs around them, not newlines or the spaces inside",
        arguments: [
            ("Bærum", "Bærum"), (" Bærum ", "Bærum"), ("\tAsker\t", "Asker"), ("\u{00A0}Oslo\u{2003}", "Oslo"),
            ("\nBergen\n", "\nBergen\n"), ("a b", "a b"), ("\u{3000}x", "x"),
        ])
    func trimming(raw: String, expected: String) throws {
        let query = try QueryParameters(
            query: "municipality=" + raw.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, allowed: ["municipality"])
        #expect(query["municipality"] == expected)
    }

    @Test("A value of spaces only counts as not given")
    func blank() throws {
        #expect(try QueryParameters(query: "municipality=%20%20", allowed: ["municipality"])["municipality"] == nil)
    }
}
