import Testing

@testable import KostraServer

@Suite("Escaping of log lines")
struct LogEscapingTests {
    /// The rule without the printable-ASCII shortcut: each character on its own.
    static func reference(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where ControlEscapingLogHandler.isControl(scalar):
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test("Every ASCII and C1 character, alone and inside a request id, is escaped as by the rule")
    func everyCharacter() {
        let scalars = (0...0xA0).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}", "æ", "€"]
        for scalar in scalars {
            for text in [String(scalar), "5f2c9a0b\(scalar)e41d", "\(scalar)\(scalar)"] {
                #expect(ControlEscapingLogHandler.escaped(text) == Self.reference(text), "\(text.debugDescription)")
            }
        }
    }

    @Test("Seeded strings of printable, control and non-ASCII characters escape as by the rule")
    func seededStrings() {
        let alphabet: [String] = ["a", "Z", "7", " ", "~", "\u{7F}", "\n", "\r", "\t", "\u{1B}", "\u{85}", "ø", "\u{2028}", "%0A"]
        var seed: UInt64 = 0x1065_CA9E
        for _ in 0..<5_000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(seed >> 60) {
                text += alphabet[Int((seed >> UInt64(4 * step % 56)) % UInt64(alphabet.count))]
            }
            #expect(ControlEscapingLogHandler.escaped(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
