import Foundation

/// A request's query string, decoded strictly: every name must be one the route knows, each may
/// appear once, and values must be well-formed percent-encoding of at most ``maxValueLength`` bytes.
///
/// Parsing the raw query ourselves (rather than a lenient dictionary) is what lets a malformed or
/// oversized query get a 400 that names the parameter, instead of being silently ignored.
struct QueryParameters: Sendable {
    static let maxValueLength = 200
    /// Comma-separated lists, which may also be given as repeated pairs (`peers=Asker&peers=Drammen`).
    static let lists: Set<String> = ["peers", "exclude"]

    private let values: [String: String]

    /// - Parameter allowed: the names the route reads; anything else is a 400.
    init(query: String?, allowed: Set<String>) throws(ServerFailure) {
        var values: [String: String] = Dictionary(minimumCapacity: allowed.count)
        for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let equals = pair.firstIndex(of: "=")
            let rawName = pair[..<(equals ?? pair.endIndex)]
            guard let name = Self.decode(rawName), !name.isEmpty else {
                throw .badParameter(
                    String(rawName.prefix(40)),
                    "The query string is malformed near '\(pair.prefix(40))': use name=value pairs joined by '&', percent-encoded as UTF-8.")
            }
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw .badParameter(
                    String(name.prefix(40)),
                    "Unknown query parameter '\(name.prefix(40))'. This address takes: \(known.isEmpty ? "no parameters" : known).")
            }
            let raw = equals.map { pair[pair.index(after: $0)...] } ?? ""
            guard let value = Self.decode(raw) else {
                throw .badParameter(
                    name, "The value of '\(name)' is not valid percent-encoded UTF-8. Encode it with encodeURIComponent or curl --data-urlencode.")
            }
            guard value.utf8.count <= Self.maxValueLength else {
                throw .badParameter(name, "The value of '\(name)' is \(value.utf8.count) bytes long; at most \(Self.maxValueLength) are accepted.")
            }
            if let earlier = values[name] {
                // A form's multiple choice sends one pair per choice; only list parameters may repeat.
                guard Self.lists.contains(name) else {
                    throw .badParameter(name, "The parameter '\(name)' is given more than once; give it once (lists are comma-separated).")
                }
                values[name] = earlier + "," + value
            } else {
                values[name] = value
            }
        }
        self.values = values
    }

    /// The value, trimmed; `nil` when absent or empty (an empty form field means "not chosen").
    subscript(name: String) -> String? {
        values[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A whole number within `range`, or `nil` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(ServerFailure) -> Int? {
        guard let text = self[name] else { return nil }
        guard text.utf8.count <= 10, text.utf8.allSatisfy({ $0 < 0x80 }), let number = Int(text) else {
            throw .badParameter(name, "'\(name)' must be a whole number, not '\(text)'.")
        }
        guard range.contains(number) else {
            throw .badParameter(name, "'\(name)' must be between \(range.lowerBound) and \(range.upperBound); got \(number).")
        }
        return number
    }

    /// `true`/`1` or `false`/`0`; `false` when absent.
    func bool(_ name: String) throws(ServerFailure) -> Bool {
        switch self[name] {
        case nil, "false", "0": return false
        case "true", "1": return true
        case let other?: throw .badParameter(name, "'\(name)' must be true or false, not '\(other)'.")
        }
    }

    /// A comma-separated list of at most `limit` items, or `nil` when absent.
    func list(_ name: String, limit: Int) throws(ServerFailure) -> [String]? {
        guard let text = self[name] else { return nil }
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard items.count <= limit else {
            throw .badParameter(name, "'\(name)' lists \(items.count) items; at most \(limit) are accepted.")
        }
        return items
    }

    /// Form decoding: `+` is a space and `%XX` a byte; the bytes must be UTF-8. `nil` when not.
    ///
    /// Foundation's decoding again: a byte-by-byte decoder was faster by 10 µs a value, which paid
    /// while every request was parsed; now an address answered before is answered before its query
    /// is parsed (`ResponseCache.answer`), and the load run parses no query at all (session 16).
    static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
