/// An SVG fragment written as UTF-8 bytes, for the parts of a chart that repeat hundreds of times
/// (a line chart's markers and polylines).
///
/// Appending to a `String` costs a few dozen nanoseconds per piece whatever its length, and a
/// marker is a dozen pieces; bytes appended to an array, and coordinates written digit by digit,
/// made a report's markers several times cheaper (with the other chart changes of session 5, the
/// median report went from 33 to 18 ms; docs/performance.md). The text is the same as ``SVG``'s
/// helpers write; `SVGNumberTests` checks the coordinates against Foundation's `%.1f` on 20 000
/// seeded values.
///
/// The markup's fixed pieces are appended as `StaticString`s (``append(literal:)``), a pointer and
/// a length known when compiled, into a buffer that grows by doubling and is written with one
/// copy: a piece is a few bytes long, and making a `String` of it and appending that to an array
/// cost more than the copy. A marker's five pieces took 73 ns against 136 ns in a loop of 2 million
/// markers, and `SVGBytes` went from 17 % to 15 % of a report's CPU time (session 14).
/// `SVGElementTests` compares the methods with ``SVG``'s string helpers and the buffer with
/// strings joined.
struct SVGBytes {
    /// The bytes written are `storage[..<count]`; the rest is room to grow into.
    private var storage: [UInt8]
    /// The number of bytes written so far.
    private(set) var count = 0

    init(capacity: Int) {
        storage = [UInt8](repeating: 0, count: max(capacity, 64))
    }

    /// Text from a variable (a colour, a label). Fixed markup goes through ``append(literal:)``.
    mutating func append(_ text: String) {
        // Through the string's own contiguous bytes: appending its `utf8` view went element by
        // element through the generic sequence copy, a quarter of a line chart's time.
        var text = text
        text.withUTF8 { write($0) }
    }

    /// A fixed piece of markup.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { write($0) }
    }

    /// A coordinate as ``SVG/number(_:)`` writes it: at most one decimal, `12`, `12.5`, `-3.2`.
    mutating func number(_ value: Double) {
        Self.withCoordinate(value) { write($0) }
    }

    @inline(__always)
    private mutating func write(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress, !source.isEmpty else { return }
        if count + source.count > storage.count { grow(toHold: count + source.count) }
        let offset = count
        storage.withUnsafeMutableBufferPointer { ($0.baseAddress! + offset).update(from: start, count: source.count) }
        count += source.count
    }

    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        if count == storage.count { grow(toHold: count + 1) }
        storage[count] = byte
        count += 1
    }

    private mutating func grow(toHold needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(storage.count, needed - storage.count)))
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
            let magnitude = tenths.magnitude
            // Written from the end backwards: dividing by the constant 10 compiles to a multiply,
            // where dividing by a power of ten found at run time was a real division per digit
            // (the digits were a tenth of drawing a line chart, `perf` in session 13).
            var start = 16
            if magnitude % 10 != 0 {
                start -= 2
                text[start] = UInt8(ascii: ".")
                text[start + 1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            }
            var whole = magnitude / 10
            repeat {
                start -= 1
                text[start] = UInt8(ascii: "0") + UInt8(whole % 10)
                whole /= 10
            } while whole > 0
            if tenths < 0 {
                start -= 1
                text[start] = UInt8(ascii: "-")
            }
            return body(UnsafeBufferPointer(rebasing: text[start..<16]))
        }
    }

    /// Points for a `points=` attribute: `x1,y1 x2,y2`, each coordinate as ``SVG/number(_:)`` writes it.
    mutating func points(_ points: [(Double, Double)]) {
        for (index, point) in points.enumerated() {
            if index > 0 { write(UInt8(ascii: " ")) }
            number(point.0)
            write(UInt8(ascii: ","))
            number(point.1)
        }
    }

    /// A coordinate in double quotes, ready to follow `name=`, as ``SVG/quoted(_:)`` writes it.
    mutating func quoted(_ value: Double) {
        write(UInt8(ascii: "\""))
        number(value)
        write(UInt8(ascii: "\""))
    }

    /// Text escaped for element content and attribute values (``SVG/escape(_:)``).
    mutating func escaped(_ text: String) {
        append(SVG.escape(text))
    }

    /// Another fragment, appended whole.
    mutating func append(_ other: SVGBytes) {
        other.storage.withUnsafeBufferPointer { write(UnsafeBufferPointer(rebasing: $0[..<other.count])) }
    }

    /// A `<text>` element (``SVG/text(_:x:y:size:fill:anchor:bold:italic:lineHeight:attributes:)``
    /// returns the same as a string); several lines become `<tspan>`s so that assistive technology
    /// reads a wrapped label as one text. An empty list writes nothing.
    mutating func text(
        _ lines: [String], x: Double, y: Double, size: Double, fill: String, anchor: SVG.Anchor = .start,
        bold: Bool = false, italic: Bool = false, lineHeight: Double? = nil, attributes: String = ""
    ) {
        guard !lines.isEmpty else { return }
        append(literal: "<text x=")
        quoted(x)
        append(literal: " y=")
        quoted(y)
        append(literal: " font-size=")
        quoted(size)
        append(literal: " fill=\"")
        append(fill)
        append(literal: "\"")
        if anchor != .start {
            append(literal: " text-anchor=\"")
            append(anchor.rawValue)
            append(literal: "\"")
        }
        if bold { append(literal: " font-weight=\"bold\"") }
        if italic { append(literal: " font-style=\"italic\"") }
        if !attributes.isEmpty {
            append(literal: " ")
            append(attributes)
        }
        append(literal: ">")
        if lines.count == 1 {
            escaped(lines[0])
        } else {
            let step = lineHeight ?? size * 1.25
            for (index, line) in lines.enumerated() {
                append(literal: "<tspan x=")
                quoted(x)
                append(literal: " dy=\"")
                if index == 0 { append(literal: "0") } else { number(step) }
                append(literal: "\">")
                escaped(line)
                append(literal: "</tspan>")
            }
        }
        append(literal: "</text>")
    }

    /// A straight line (``SVG/line(x1:y1:x2:y2:stroke:width:dash:attributes:)``).
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil, attributes: String = ""
    ) {
        append(literal: "<line x1=")
        quoted(x1)
        append(literal: " y1=")
        quoted(y1)
        append(literal: " x2=")
        quoted(x2)
        append(literal: " y2=")
        quoted(y2)
        append(literal: " stroke=\"")
        append(stroke)
        append(literal: "\" stroke-width=")
        quoted(width)
        if let dash {
            append(literal: " stroke-dasharray=\"")
            append(dash)
            append(literal: "\"")
        }
        if !attributes.isEmpty {
            append(literal: " ")
            append(attributes)
        }
        append(literal: "/>")
    }

    /// A rectangle (``SVG/rect(x:y:width:height:fill:stroke:strokeWidth:attributes:)``); a negative
    /// height is drawn upwards from `y`.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, strokeWidth: Double = 1,
        attributes: String = ""
    ) {
        append(literal: "<rect x=")
        quoted(x)
        append(literal: " y=")
        quoted(height < 0 ? y + height : y)
        append(literal: " width=")
        quoted(max(0, width))
        append(literal: " height=")
        quoted(abs(height))
        append(literal: " fill=\"")
        append(fill)
        append(literal: "\"")
        if let stroke {
            append(literal: " stroke=\"")
            append(stroke)
            append(literal: "\" stroke-width=")
            quoted(strokeWidth)
        }
        if !attributes.isEmpty {
            append(literal: " ")
            append(attributes)
        }
        append(literal: "/>")
    }

    var string: String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
    }
}
