import Testing

@testable import KostraRender

/// `FigureSpacing` copies the text between replacements a run at a time; these tests compare it
/// with the plain byte-by-byte copy it replaced, on seeded texts full of figures, and on examples.
@Suite struct FigureSpacingTests {
    /// The plain path: every byte appended on its own, a replacement where a figure needs one.
    static func plainKeepingFiguresTogether(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var replaced = false
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                let byte = buffer[index]
                if byte == 0x20, FigureSpacing.joinsAcrossSpace(buffer, at: index) {
                    output += FigureSpacing.noBreakSpace
                    replaced = true
                } else if byte == 0x2D, index > 0, index + 1 < buffer.count, FigureSpacing.isDigit(buffer[index - 1]),
                    FigureSpacing.isDigit(buffer[index + 1])
                {
                    output += FigureSpacing.noBreakHyphen
                    replaced = true
                } else {
                    output.append(byte)
                }
            }
        }
        return replaced ? String(decoding: output, as: UTF8.self) : text
    }

    @Test(arguments: [
        ("kr 70 784", "kr\u{A0}70\u{A0}784"), ("9,7 %", "9,7\u{A0}%"), ("per 1 000 innbyggere", "per\u{A0}1\u{A0}000 innbyggere"),
        ("18-66 år", "18\u{2011}66 år"), ("ingen tall", "ingen tall"), ("", ""), ("- 5", "- 5"), ("økr 5", "økr 5"),
        ("kr \u{2212}3", "kr\u{A0}\u{2212}3"), ("12 345 678", "12\u{A0}345\u{A0}678"), ("12 3456", "12 3456"),
    ])
    func examples(text: String, expected: String) {
        #expect(FigureSpacing.keepingFiguresTogether(text) == expected)
        #expect(Self.plainKeepingFiguresTogether(text) == expected)
    }

    @Test("Agrees with the plain copy on 20 000 seeded texts")
    func agreesWithThePlainCopy() {
        var state: UInt64 = 0xF16_5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["kr", "per", " ", " ", "-", "%", "1", "23", "456", "7 890", "ø", "\u{2212}", "Bærum", ",", "+", "å", "ab"]
        for _ in 0..<20_000 {
            let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(FigureSpacing.keepingFiguresTogether(text) == Self.plainKeepingFiguresTogether(text), "\(text)")
        }
    }
}
