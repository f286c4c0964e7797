/// An SVG fragment written as UTF-8 bytes, for the parts of a chart that repeat hundreds of times
/// (a line chart's markers and polylines).
///
/// Appending to a `String` costs a few dozen nanoseconds per piece whatever its length, and a
/// marker is a dozen pieces; bytes appended to an array, and coordinates written digit by digit,
/// made a report's markers several times cheaper (with the other chart changes of session 5, the
/// median report went from 33 to 18 ms; docs/performance.md). The text is the same as ``SVG``'s
/// helpers write; `SVGNumberTests` checks the coordinates against Foundation's `%.1f` on 20 000
/// seeded values.
struct SVGBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A coordinate as ``SVG/number(_:)`` writes it: at most one decimal, `12`, `12.5`, `-3.2`.
    mutating func number(_ value: Double) {
        Self.withCoordinate(value) { bytes.append(contentsOf: $0) }
    }

    /// Calls `body` with the coordinate's text in a small buffer on the stack: at most a sign, ten
    /// digits, a point and a decimal. The one place coordinates are spelled, for bytes and strings.
    static func withCoordinate<Result>(_ value: Double, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { text in
            guard value.isFinite else {
                text[0] = UInt8(ascii: "0")
                return body(UnsafeBufferPointer(rebasing: text[..<1]))
            }
            let tenths = Int((min(max(value, -1e9), 1e9) * 10).rounded())
            var count = 0
            if tenths < 0 {
                text[count] = UInt8(ascii: "-")
                count += 1
            }
            let magnitude = tenths.magnitude
            let whole = magnitude / 10
            var divisor: UInt = 1
            while divisor * 10 <= whole { divisor *= 10 }
            repeat {
                text[count] = UInt8(ascii: "0") + UInt8(whole / divisor % 10)
                count += 1
                divisor /= 10
            } while divisor > 0
            if magnitude % 10 != 0 {
                text[count] = UInt8(ascii: ".")
                text[count + 1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                count += 2
            }
            return body(UnsafeBufferPointer(rebasing: text[..<count]))
        }
    }

    /// Points for a `points=` attribute: `x1,y1 x2,y2`, each coordinate as ``SVG/number(_:)`` writes it.
    mutating func points(_ points: [(Double, Double)]) {
        for (index, point) in points.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            number(point.0)
            bytes.append(UInt8(ascii: ","))
            number(point.1)
        }
    }

    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
