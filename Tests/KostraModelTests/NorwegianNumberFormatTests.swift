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

    @Test("Rounding is half away from zero on the printed decimals", arguments: [
        (19.95, 1, "20,0"), (0.125, 2, "0,13"), (2.675, 2, "2,68"), (-0.05, 1, "-0,1"), (-0.04, 1, "0,0"), (138.5, 0, "139"),
    ])
    func rounding(value: Double, decimals: Int, expected: String) {
        #expect(format.number(value, decimals: decimals) == expected)
    }
}
