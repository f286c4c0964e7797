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

    /// The byte-by-byte decoder replaced Foundation's; on any input they must agree.
    @Test("Agrees with Foundation's percent decoding on 20 000 seeded strings")
    func agreesWithFoundation() {
        let alphabet = ["a", "+", "%", "2", "0", "C", "3", "A", "5", "F", "é", "z", "%C3%A6", "%2"]
        var seed: UInt64 = 0x0DEC_0DE5
        for _ in 0..<20_000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(seed >> 60) {
                text += alphabet[Int((seed >> UInt64(4 * step % 56)) % UInt64(alphabet.count))]
            }
            let foundation = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            #expect(QueryParameters.decode(Substring(text)) == foundation, "\(text)")
        }
    }

    @Test("Trimming agrees with Foundation's trimming of whitespaces")
    func trimming() {
        let samples = ["Bærum", " Bærum ", "\tAsker\t", "\u{00A0}Oslo\u{2003}", "\nBergen\n", "   ", "", "a b", "\u{3000}x"]
        for sample in samples {
            #expect(QueryParameters.trimmed(sample) == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
        }
    }
}
