import Foundation
import KostraImport
import KostraTesting
import Testing

/// Cut-off and corrupted input must end in a `JSONStatError`, never a crash or a hang.
@Suite("JSON-stat: robustness")
struct JSONStatRobustnessTests {
    static let fixtures = [
        "data/ssb_pxwebapi_v2_jsonstat2_kostra_table12134_oslo_bergen_trondheim_2024.json",
        "data/ssb_pxwebapi_v2_jsonstat2_table07221_fixture.json",
    ]

    @Test("Every prefix of a real SSB answer throws, with a location inside the input", arguments: fixtures)
    func everyPrefixThrows(path: String) throws {
        let bytes = [UInt8](try SharedFixtures.data(path))
        _ = try JSONStatDecoder.decode(bytes, origin: path)
        var failures = 0
        for length in 0..<bytes.count {
            do {
                _ = try JSONStatDecoder.decode(Array(bytes[0..<length]), origin: path)
                failures += 1
                Issue.record("prefix of \(length) bytes decoded")
            } catch {
                if let location = error.location {
                    #expect(location.offset <= length)
                }
            }
            if failures > 3 { break }
        }
    }

    @Test("Random byte flips never crash; whatever decodes is self-consistent", arguments: fixtures)
    func randomByteFlips(path: String) throws {
        let original = [UInt8](try SharedFixtures.data(path))
        var state: UInt64 = 0xC0FF_EE00 ^ UInt64(original.count)
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let interesting: [UInt8] = Array(#"{}[]",:0123456789-.eEnul\"#.utf8) + [0x00, 0x0A, 0x20, 0xC3, 0xFF]
        var decoded = 0
        for _ in 0..<1500 {
            var bytes = original
            for _ in 0...(next() % 3) {
                let index = Int(next() % UInt64(bytes.count))
                bytes[index] = next() % 2 == 0 ? UInt8(truncatingIfNeeded: next()) : interesting[Int(next() % UInt64(interesting.count))]
            }
            guard let dataset = try? JSONStatDecoder.decode(bytes, origin: path) else { continue }
            decoded += 1
            #expect(dataset.values.count == dataset.count)
            #expect(dataset.size.reduce(1, *) == dataset.count)
            var cells = 0
            dataset.forEachCell { cell in
                cells += 1
                _ = dataset.codes(at: cell.flatIndex)
            }
            #expect(cells == dataset.count)
            _ = dataset.longRows()
        }
        #expect(decoded > 0, "some flips land in labels and numbers and still decode")
    }

    @Test("Flipped bytes in a synthetic file with status objects never crash")
    func syntheticFlips() {
        let original = SyntheticJSONStat(regions: 4, functions: 3, accountTypes: 2, years: 2, missingFraction: 0.4, seed: 3).makeBytes()
        for position in stride(from: 0, to: original.count, by: 3) {
            for replacement: UInt8 in [UInt8(ascii: "9"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "]"), 0x80] {
                var bytes = original
                bytes[position] = replacement
                _ = try? JSONStatDecoder.decode(bytes, origin: "synthetic.json")
            }
        }
    }
}
