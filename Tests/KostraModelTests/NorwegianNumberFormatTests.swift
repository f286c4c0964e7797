import Foundation
import KostraModel
import Testing

@Suite("Norwegian number formatting")
struct NorwegianNumberFormatTests {
    let format = NorwegianNumberFormat.standard

    @Test("Decimal comma, space between thousands, units as printed")
    func examples() {
        #expect(format.value(41681, unit: .kroner, decimals: 0) == "kr 41 681")
        #expect(format.value(9.7, unit: .percent, decimals: 1) == "9,7 %")
        #expect(format.value(0.877, unit: .index, decimals: 3) == "0,877")
        #expect(format.number(1_234_567.891, decimals: 2) == "1 234 567,89")
        #expect(format.number(-2.2, decimals: 1) == "-2,2")
        #expect(format.signed(12.5, decimals: 1) == "+12,5")
        #expect(NorwegianNumberFormat.html.number(11141, decimals: 0) == "11\u{00A0}141")
        #expect(NorwegianNumberFormat.spreadsheet.number(11141.5, decimals: 1) == "11141,5")
    }

    @Test(
        "Rounding is half away from zero on the printed decimals",
        arguments: [
            (19.95, 1, "20,0"), (0.125, 2, "0,13"), (2.675, 2, "2,68"), (-0.05, 1, "-0,1"), (-0.04, 1, "0,0"), (138.5, 0, "139"),
        ])
    func rounding(value: Double, decimals: Int, expected: String) {
        #expect(format.number(value, decimals: decimals) == expected)
    }

    @Test(
        "Very small, very large and exponent-printed numbers keep their digits",
        arguments: [
            (0.000_049, 4, "0,0000"), (0.000_05, 4, "0,0001"), (1e-7, 2, "0,00"), (1e16, 0, "10 000 000 000 000 000"),
            (9.995, 2, "10,00"), (999.5, 0, "1 000"), (-999.96, 1, "-1 000,0"), (0, 2, "0,00"), (-0.0, 0, "0"), (70784, 0, "70 784"),
        ])
    func edges(value: Double, decimals: Int, expected: String) {
        #expect(format.number(value, decimals: decimals) == expected)
    }

    /// The digit-by-digit rounding must agree with Foundation's decimal rounding, which it replaced
    /// for speed: the same digits for 20 000 seeded random figures of every size the tables hold.
    @Test("Agrees with Foundation's decimal rounding on 20 000 random figures")
    func agreesWithDecimalRounding() {
        var seed: UInt64 = 0x5EED_2024
        for _ in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let magnitude = Double((seed >> 33) % 12) - 4
            let raw = Double(seed >> 11) / Double(1 << 53) * pow(10, magnitude) * ((seed & 1) == 0 ? 1 : -1)
            // Figures as stored: a few decimals, as SSB publishes them, and some exact halves.
            let value = (seed & 2) == 0 ? raw : (raw * 1000).rounded() / 1000 + 0.0005
            let decimals = Int((seed >> 3) % 4)
            var exact = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? 0
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, decimals, .plain)
            // The decimal's own digits read back as the nearest double (NSDecimalNumber.doubleValue
            // can be one unit in the last place off, which is why it is not the reference).
            let reference = Double(rounded.description) ?? .nan
            #expect(NorwegianNumberFormat.round(value, decimals: decimals) == reference, "\(value) to \(decimals)")
            let text = String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), reference)
            let expected = NorwegianNumberFormat.spreadsheet.number(reference, decimals: decimals)
            #expect(NorwegianNumberFormat.spreadsheet.number(value, decimals: decimals) == expected, "\(value)")
            #expect(expected.replacingOccurrences(of: ",", with: ".") == (text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text))
            #expect(NorwegianNumberFormat.html.number(value, decimals: decimals) == Self.grouped(expected), "\(value)")
        }
    }

    /// `-1234567,5` as the HTML format writes it: a real minus and no-break spaces between thousands.
    static func grouped(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let parts = plain.dropFirst(negative ? 1 : 0).split(separator: ",", omittingEmptySubsequences: false)
        var integer = ""
        for (offset, digit) in parts[0].enumerated() {
            if offset > 0, (parts[0].count - offset) % 3 == 0 { integer += "\u{00A0}" }
            integer.append(digit)
        }
        return (negative ? "\u{2212}" : "") + integer + (parts.count > 1 ? "," + parts[1] : "")
    }
}
