import Testing

@testable import KostraModel

@Suite("Name folding")
struct NameFoldingTests {
    @Test("The ASCII shortcut gives the same keys as the general folding")
    func asciiShortcutAgrees() {
        var texts = [
            "Baerum", "BAERUM", "baerum", "3201", "asss", "Asker", "syn-k001", "Oslo kommune", "Aaa", "aaaa", "Oeoe",
            "KOSTRA-gruppe 12", "Landet u/Oslo", "Snitt ASSS", "net-expenditure-per-18-66", "  x  ", "",
        ]
        var seed: UInt64 = 12
        let alphabet = Array("aAoOeE0-9 /bz".utf8)
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        for text in texts {
            #expect(NameFolding.asciiKey(text) == NameFolding.foldedKey(text), "'\(text)'")
        }
        #expect(NameFolding.asciiKey("Bærum") == nil)
        #expect(NameFolding.key("Bærum") == NameFolding.key("Baerum"))
    }
}
