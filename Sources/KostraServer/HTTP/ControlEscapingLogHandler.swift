import Logging

/// A log handler that escapes control characters in messages and metadata before passing them on.
///
/// Query values are decoded before they reach a log line (an unknown parameter's name, the
/// reason a request was refused); a decoded `%0a` would otherwise end the line and let a
/// request write a line of its own into the log.
struct ControlEscapingLogHandler: LogHandler {
    private var wrapped: any LogHandler
    /// The logger's metadata, kept here and escaped when a line is written. Hummingbird sets the
    /// request id on every request's logger, and at the usual levels few requests write a line;
    /// setting it on the wrapped handler made a stream handler lay out its metadata text each time.
    var metadata: Logger.Metadata

    init(wrapping handler: any LogHandler) {
        // Wrapping twice would escape the backslashes of the first pass.
        if let escaping = handler as? ControlEscapingLogHandler {
            self = escaping
        } else {
            wrapped = handler
            metadata = handler.metadata
            wrapped.metadata = [:]
        }
    }

    var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = Logger.Message(stringLiteral: Self.escaped(event.message.description))
        // A line's own metadata wins over the logger's, as in every handler.
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        event.metadata = all.isEmpty ? nil : all.mapValues(Self.escaped)
        wrapped.log(event: event)
    }

    /// `text` with every control character written as an escape (`\n`, `\r`, `\t`, `\u{1B}`).
    static func escaped(_ text: String) -> String {
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

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
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
