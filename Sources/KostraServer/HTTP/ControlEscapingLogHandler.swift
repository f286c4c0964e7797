import Logging

/// A log handler that escapes control characters in messages and metadata before passing them on.
///
/// Query values are decoded before they reach a log line (an unknown parameter's name, the
/// reason a request was refused); a decoded `%0a` would otherwise end the line and let a
/// request write a line of its own into the log.
struct ControlEscapingLogHandler: LogHandler {
    private var wrapped: any LogHandler

    init(wrapping handler: any LogHandler) {
        // Wrapping twice would escape the backslashes of the first pass.
        wrapped = (handler as? ControlEscapingLogHandler)?.wrapped ?? handler
    }

    var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue.mapValues(Self.escaped) }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue.map(Self.escaped) }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = Logger.Message(stringLiteral: Self.escaped(event.message.description))
        event.metadata = event.metadata?.mapValues(Self.escaped)
        wrapped.log(event: event)
    }

    /// `text` with every control character written as an escape (`\n`, `\r`, `\t`, `\u{1B}`).
    static func escaped(_ text: String) -> String {
        // Hummingbird gives every request's logger its request id, so this runs on every request,
        // and looking up each character's Unicode category was 3 % of the server's CPU in the
        // benchmark's load run (perf, issue 25). Printable ASCII has no control character, and
        // its bytes are checked without the lookup. `LogEscapingTests` checks both paths against
        // the character-by-character rule.
        if text.utf8.allSatisfy({ 0x20 <= $0 && $0 < 0x7F }) { return text }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private static func escaped(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(escaped(text))
        case .stringConvertible(let value): .string(escaped(value.description))
        case .array(let values): .array(values.map(escaped))
        case .dictionary(let values): .dictionary(values.mapValues(escaped))
        }
    }
}
