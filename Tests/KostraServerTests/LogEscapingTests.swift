import Logging
import Testing

@testable import KostraServer

@Suite("Escaping of log lines")
struct LogEscapingTests {
    /// Unicode's control characters (C0, DEL and C1) and the two separators that end a line.
    static func expected(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: String(scalar)
        }
    }

    @Test("Every control character is written as an escape, and nothing else changes")
    func everyCharacter() {
        let scalars = (0...0xFF).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}", "€", "\u{3000}"]
        for scalar in scalars {
            let text = "id-\(scalar)-\(scalar)"
            #expect(ControlEscapingLogHandler.escaped(text) == "id-\(Self.expected(scalar))-\(Self.expected(scalar))", "\(text.debugDescription)")
        }
    }

    @Test("The logger's metadata is escaped when a line is written; a line's own metadata wins")
    func metadataAtWriting() {
        let capture = LogCapture()
        var logger = Logger(label: "test") { _ in ControlEscapingLogHandler(wrapping: CapturingHandler(capture: capture)) }
        logger[metadataKey: "request"] = "a\nb"
        logger[metadataKey: "shared"] = "logger"
        logger.info("line\rone", metadata: ["shared": "line", "extra": "x\u{1B}"])
        // A logger whose handler is wrapped again keeps its metadata, escaped once.
        var again = logger
        again.handler = ControlEscapingLogHandler(wrapping: again.handler)
        again.info("two")
        #expect(capture.lines == ["line\\rone extra=x\\u{1B} request=a\\nb shared=line", "two request=a\\nb shared=logger"])
    }
}
