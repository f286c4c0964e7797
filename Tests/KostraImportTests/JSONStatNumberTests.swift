import KostraImport
import Testing

/// Number literals decode to exactly what `Double(String)` gives, fast path or not.
@Suite("JSON-stat: numbers")
struct JSONStatNumberTests {
    /// Decodes literals as a one-dimensional dataset's values.
    private func decodeValues(_ literals: [String]) throws -> [Double] {
        let codes = literals.indices.map { "\"c\($0)\"" }.joined(separator: ",")
        let json =
            #"{"version":"2.0","id":["x"],"size":["# + String(literals.count)
            + #"],"dimension":{"x":{"category":{"index":["# + codes + #"]}}},"value":["#
            + literals.joined(separator: ",") + "]}"
        return try decodeJSONStat(json).values
    }

    private func expectSameAsSwift(_ literals: [String]) throws {
        let decoded = try decodeValues(literals)
        for (literal, value) in zip(literals, decoded) {
            let swift = try #require(Double(literal), "\(literal)")
            #expect(value.bitPattern == swift.bitPattern, "\(literal): \(value) != \(swift)")
        }
    }

    @Test("Hard cases: halfway points, long mantissas, extremes, subnormals")
    func hardCases() throws {
        try expectSameAsSwift([
            "0", "-0", "0.0", "1", "-1", "0.1", "0.2", "0.3", "81240", "136.2", "-17.25",
            "9007199254740992", "9007199254740993", "9007199254740995", "18446744073709551615",
            "123456789012345678901234567890", "0.1000000000000000055511151231257827",
            "1e22", "1e23", "1.5e22", "8.5e-23", "1e-22", "1e-23", "2.5E+3", "7e0", "0e400", "-0e-400",
            "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9e-324", "2.4703282292062328e-324",
            "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e400", "1e-400",
            "3.14159265358979323846264338327950288", "0.000000000000000000000000001",
            "12345.678901234567", "100000000000000000000000", "4503599627370496.5", "4503599627370497.5",
        ])
    }

    @Test("Many random literals with up to 20 digits and exponents up to ±40")
    func randomLiterals() throws {
        var state: UInt64 = 0x1234_5678_9ABC_DEF0
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var literals: [String] = []
        for _ in 0..<5000 {
            let digitCount = Int(next() % 20) + 1
            var digits = String(Int(next() % 9) + 1)
            for _ in 1..<digitCount { digits += String(next() % 10) }
            var literal = next() % 4 == 0 ? "-" : ""
            let point = Int(next() % UInt64(digitCount + 1))
            if point == 0 || point == digitCount {
                literal += digits
            } else {
                literal += digits.prefix(point) + "." + digits.dropFirst(point)
            }
            if next() % 3 == 0 {
                literal += "e" + String(Int(next() % 81) - 40)
            }
            literals.append(literal)
        }
        try expectSameAsSwift(literals)
    }

    @Test(
        "Malformed numbers are rejected as invalid JSON", arguments: ["-", "1.", ".5", "1e", "1e+", "+1", "NaN", "Infinity", "-.5", "0x10", "1.e5"])
    func malformed(_ literal: String) {
        let json = #"{"id":["x"],"size":[1],"dimension":{"x":{"category":{"index":["a"]}}},"value":["# + literal + "]}"
        let error = jsonStatError(json)
        let isSyntaxError: Bool =
            switch error {
            case .invalidJSON, .unexpectedEnd: true
            default: false
            }
        #expect(isSyntaxError, "\(literal): \(String(describing: error))")
    }
}
