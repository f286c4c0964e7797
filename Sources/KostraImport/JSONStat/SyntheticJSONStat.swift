public import Foundation
public import KostraModel

/// SYNTHETIC test and benchmark data: a seeded generator of JSON-stat 2.0 datasets
/// shaped like KOSTRA's detailed municipal accounts.
///
/// Nothing here is real statistics. Codes, labels and figures are invented
/// ("Syntetisk kommune 17"), and the dataset says so in its `label`, `source`
/// and `note`. The shape follows SSB's PxWebApi v2 answers for the detailed
/// accounts: region × function × account type × one `ContentsCode` × year,
/// values as one array, statuses as an object keyed by cell position.
///
/// About `missingFraction` of the cells have no value: a third of those carry
/// `..`, a quarter `:`, a fifth `.`, and the rest are bare `null` without any
/// status. Present values are whole thousands of kroner, a tenth of them with
/// one decimal so that the decimal path of a decoder is exercised too.
///
/// The defaults (400 × 40 × 30 × 1 × 10 = 4.8 million cells) make about 32 MB.
/// The same parameters and seed give the same bytes on every machine.
public struct SyntheticJSONStat: Sendable, Hashable {
    /// How the generator writes `value`.
    public enum ValueLayout: Sendable, Hashable {
        /// One array entry per cell, `null` where there is no value (SSB's form).
        case array
        /// An object keyed by cell position, leaving out cells with no value.
        case object
    }

    /// How the generator writes `status`.
    public enum StatusLayout: Sendable, Hashable {
        /// An object keyed by cell position, only for cells with a status (SSB's form).
        case object
        /// One array entry per cell, `null` where there is no status.
        case array
    }

    /// What the generator wrote for one cell, for checking a decoder against it.
    public struct Cell: Sendable, Hashable {
        /// The number literal written, e.g. `"-1234"` or `"56.7"`; `nil` for `null`.
        public var literal: String?
        /// The status symbol written, if any.
        public var status: StatusSymbol?
    }

    /// The number of municipalities (first dimension).
    public var regions: Int
    /// The number of KOSTRA functions (second dimension).
    public var functions: Int
    /// The number of account types, "arter" (third dimension).
    public var accountTypes: Int
    /// The number of years (last dimension, `Tid`).
    public var years: Int
    /// The share of cells without a value, between 0 and 1.
    public var missingFraction: Double
    /// The seed; the same seed gives the same dataset.
    public var seed: UInt64
    /// How `value` is written.
    public var valueLayout: ValueLayout
    /// How `status` is written.
    public var statusLayout: StatusLayout

    /// Creates a generator; the defaults give the 4.8-million-cell benchmark dataset.
    public init(
        regions: Int = 400, functions: Int = 40, accountTypes: Int = 30, years: Int = 10,
        missingFraction: Double = 0.15, seed: UInt64 = 20_240_101,
        valueLayout: ValueLayout = .array, statusLayout: StatusLayout = .object
    ) {
        self.regions = max(0, regions)
        self.functions = max(0, functions)
        self.accountTypes = max(0, accountTypes)
        self.years = max(0, years)
        self.missingFraction = min(max(missingFraction, 0), 1)
        self.seed = seed
        self.valueLayout = valueLayout
        self.statusLayout = statusLayout
    }

    /// The number of cells the dataset will have.
    public var cellCount: Int { regions * functions * accountTypes * years }

    /// The dimension names, in order.
    public static let dimensionIDs = ["KOKkommuneregion0000", "KOKfunksjon0000", "KOKart0000", "ContentsCode", "Tid"]

    /// The category codes of each dimension, in order.
    public var codes: [[String]] {
        [
            (0..<regions).map { Self.padded($0 + 1, width: 4) },
            (0..<functions).map { Self.padded(100 + 5 * $0, width: 3) },
            (0..<accountTypes).map { Self.padded(10 * ($0 + 1), width: 3) },
            ["Belop"],
            (0..<years).map { String(2024 - years + 1 + $0) },
        ]
    }

    /// The dataset as JSON-stat 2.0 bytes.
    public func makeData() -> Data {
        Data(makeBytes())
    }

    /// The dataset as JSON-stat 2.0 bytes, built directly without an intermediate tree or strings per cell.
    public func makeBytes() -> [UInt8] {
        var out = JSONWriter(capacity: cellCount * 7 + 4096)
        writeHeader(into: &out)
        var statuses = JSONWriter(capacity: Int(Double(cellCount) * missingFraction * 16) + 64)
        var firstValue = true
        var firstStatus = true
        out.raw(valueLayout == .array ? "\"value\":[" : "\"value\":{")
        statuses.raw(statusLayout == .object ? "\"status\":{" : "\"status\":[")
        forEachCell { index, kind in
            switch valueLayout {
            case .array:
                if !firstValue { out.byte(UInt8(ascii: ",")) }
                firstValue = false
                if case .value(let scaled, let decimal) = kind {
                    out.number(scaled, oneDecimal: decimal)
                } else {
                    out.raw("null")
                }
            case .object:
                if case .value(let scaled, let decimal) = kind {
                    if !firstValue { out.byte(UInt8(ascii: ",")) }
                    firstValue = false
                    out.key(index)
                    out.number(scaled, oneDecimal: decimal)
                }
            }
            let symbol: StatusSymbol? = if case .missing(let symbol) = kind { symbol } else { nil }
            switch statusLayout {
            case .object:
                if let symbol {
                    if !firstStatus { statuses.byte(UInt8(ascii: ",")) }
                    firstStatus = false
                    statuses.key(index)
                    statuses.string(symbol.rawValue)
                }
            case .array:
                if !firstStatus { statuses.byte(UInt8(ascii: ",")) }
                firstStatus = false
                if let symbol { statuses.string(symbol.rawValue) } else { statuses.raw("null") }
            }
        }
        out.raw(valueLayout == .array ? "]," : "},")
        statuses.raw(statusLayout == .object ? "}}" : "]}")
        out.bytes.append(contentsOf: statuses.bytes)
        return out.bytes
    }

    /// What was written for every cell, in flat order, for round-trip tests (small datasets only).
    public func cells() -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(cellCount)
        forEachCell { _, kind in
            switch kind {
            case .value(let scaled, let decimal):
                var writer = JSONWriter(capacity: 24)
                writer.number(scaled, oneDecimal: decimal)
                cells.append(Cell(literal: String(decoding: writer.bytes, as: UTF8.self), status: nil))
            case .missing(let symbol):
                cells.append(Cell(literal: nil, status: symbol))
            }
        }
        return cells
    }

    // MARK: Cells

    private enum Kind {
        case value(Int64, oneDecimal: Bool)
        case missing(StatusSymbol?)
    }

    /// Draws every cell in flat order from one seeded stream, so bytes and `cells()` agree.
    private func forEachCell(_ body: (Int, Kind) -> Void) {
        var random = SplitMix64(seed: seed)
        for index in 0..<cellCount {
            if random.unit() < missingFraction {
                let pick = random.below(60)
                let symbol: StatusSymbol? =
                    switch pick {
                    case 0..<20: .missing
                    case 20..<35: .confidential
                    case 35..<47: .notApplicable
                    default: nil
                    }
                body(index, .missing(symbol))
                continue
            }
            let digits: Int =
                switch random.below(100) {
                case 0..<5: 1
                case 5..<15: 2
                case 15..<37: 3
                case 37..<67: 4
                case 67..<87: 5
                default: 6
                }
            let low: UInt64 = digits == 1 ? 0 : Self.powersOfTen[digits - 1]
            var value = Int64(low + random.below(Self.powersOfTen[digits] - low))
            if random.below(100) < 8 { value = -value }
            body(index, .value(value, oneDecimal: digits > 1 && random.below(10) == 0))
        }
    }

    private static let powersOfTen: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    private static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: Metadata

    private func writeHeader(into out: inout JSONWriter) {
        let ids = Self.dimensionIDs
        let codes = self.codes
        let sizes = codes.map(\.count)
        let dimensionLabels = ["region", "funksjon", "art", "statistikkvariabel", "år"]
        let categoryLabel: [(String) -> String] = [
            { "Syntetisk kommune \($0)" },
            { "Syntetisk funksjon \($0)" },
            { "Syntetisk art \($0)" },
            { _ in "Beløp (1000 kr)" },
            { $0 },
        ]
        out.raw("{\"version\":\"2.0\",\"class\":\"dataset\",")
        out.raw("\"label\":\"SYNTETISK: detaljerte regnskapstall, etter region, funksjon, art og år\",")
        out.raw("\"source\":\"Syntetiske testdata (KostraKit), ikke SSB\",")
        out.raw("\"updated\":\"2025-03-15T07:00:00Z\",")
        out.raw("\"note\":[\"Syntetiske data laget for tester og m\\u00e5linger; tallene er oppdiktet.\"],")
        out.raw("\"role\":{\"time\":[\"Tid\"],\"geo\":[\"KOKkommuneregion0000\"],\"metric\":[\"ContentsCode\"]},")
        out.raw("\"id\":[")
        for (i, id) in ids.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.string(id)
        }
        out.raw("],\"size\":[")
        for (i, size) in sizes.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.number(Int64(size), oneDecimal: false)
        }
        out.raw("],\"dimension\":{")
        for (d, id) in ids.enumerated() {
            if d > 0 { out.byte(UInt8(ascii: ",")) }
            out.string(id)
            out.raw(":{\"label\":")
            out.string(dimensionLabels[d])
            out.raw(",\"category\":{\"index\":{")
            for (position, code) in codes[d].enumerated() {
                if position > 0 { out.byte(UInt8(ascii: ",")) }
                out.string(code)
                out.byte(UInt8(ascii: ":"))
                out.number(Int64(position), oneDecimal: false)
            }
            out.raw("},\"label\":{")
            for (position, code) in codes[d].enumerated() {
                if position > 0 { out.byte(UInt8(ascii: ",")) }
                out.string(code)
                out.byte(UInt8(ascii: ":"))
                out.string(categoryLabel[d](code))
            }
            out.raw("}")
            if id == "ContentsCode" {
                out.raw(",\"unit\":{\"Belop\":{\"base\":\"1000 kr\",\"decimals\":0}}")
            }
            out.raw("},\"extension\":{\"elimination\":false,\"show\":\"code_value\"}}")
        }
        out.raw("},\"extension\":{\"px\":{\"tableid\":\"99999\",\"decimals\":0,\"language\":\"no\"}},")
    }
}

/// Appends JSON text to a byte array, numbers digit by digit, for fast generation.
private struct JSONWriter {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A string literal; the generator's own texts need no escapes beyond quotes and backslashes.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for unit in text.utf8 {
            if unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(unit)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A cell position as an object key, `"123":`.
    mutating func key(_ position: Int) {
        bytes.append(UInt8(ascii: "\""))
        number(Int64(position), oneDecimal: false)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// An integer, or with `oneDecimal` the integer divided by ten (`1234` → `123.4`).
    mutating func number(_ value: Int64, oneDecimal: Bool) {
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            if oneDecimal, count == 1 {
                buffer[count] = UInt8(ascii: "0")
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) {
                if oneDecimal, i == 0 { bytes.append(UInt8(ascii: ".")) }
                bytes.append(buffer[i])
            }
        }
    }
}
