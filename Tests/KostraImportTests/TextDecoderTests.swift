import KostraImport
import Testing

/// Encoding detection by UTF-8 validity, and the refusals for text no encoding reads.
@Suite("Text encodings")
struct TextDecoderTests {
    @Test("UTF-8 with and without BOM, Windows-1252 and ISO-8859-1 are told apart and read right")
    func detection() throws {
        let utf8 = try TextDecoder.decode(Array("Bærum;Tromsø;Ås".utf8), origin: "a.csv")
        #expect(utf8.encoding == .utf8 && utf8.text == "Bærum;Tromsø;Ås")
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Ålesund".utf8), origin: "a.csv")
        #expect(bom.encoding == .utf8WithBOM && bom.text == "Ålesund")
        // "Bærum – Øst" in Windows-1252: æ = E6, en dash = 96, Ø = D8.
        let cp1252 = try TextDecoder.decode([0x42, 0xE6, 0x72, 0x75, 0x6D, 0x20, 0x96, 0x20, 0xD8, 0x73, 0x74], origin: "a.csv")
        #expect(cp1252.encoding == .windows1252 && cp1252.text == "Bærum – Øst")
        let latin1 = try TextDecoder.decode([0x54, 0x72, 0x6F, 0x6D, 0x73, 0xF8], origin: "a.csv")
        #expect(latin1.encoding == .iso88591 && latin1.text == "Tromsø")
    }

    @Test("UTF-16, a mix of UTF-8 and Windows-1252, and binary files are refused with the place")
    func refusals() {
        #expect(throws: ImportError.unsupportedEncoding(file: "a.csv", found: "UTF-16")) {
            try TextDecoder.decode([0xFF, 0xFE, 0x42, 0x00], origin: "a.csv")
        }
        // Line 1 is UTF-8 (Bærum), line 2 has Windows-1252's ø (F8) in "Tromsø".
        let mixed = Array("Bærum;1\nTroms".utf8) + [0xF8] + Array(";2\n".utf8)
        #expect(throws: ImportError.mixedEncoding(file: "a.csv", line: 2, column: 6, byte: 0xF8)) {
            try TextDecoder.decode(mixed, origin: "a.csv")
        }
        #expect(throws: ImportError.binaryFile(file: "a.xlsx", line: 1, column: 3)) {
            try TextDecoder.decode([0x50, 0x4B, 0x00, 0x03], origin: "a.xlsx")
        }
    }
}
