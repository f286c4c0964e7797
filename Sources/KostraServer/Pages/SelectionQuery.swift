import Foundation

/// Query strings for links between pages, percent-encoded so any name survives the round trip.
enum SelectionQuery {
    static func encode(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { "\(name)=\(escape($0))" } }.joined(separator: "&")
    }

    /// The query with one parameter set to `value` (the others kept as they were sent, if well-formed).
    static func replacing(_ name: String, with value: String, in query: String?) -> String {
        var pairs = (query ?? "").split(separator: "&").compactMap { pair -> (String, String?)? in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = String(parts[0]).removingPercentEncoding, key != name, Selection.names.contains(key),
                let decoded = (parts.count > 1 ? String(parts[1]) : "").replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            else { return nil }
            return (key, decoded)
        }
        pairs.append((name, value))
        return encode(pairs)
    }

    private static func escape(_ text: String) -> String {
        // ASCII only: CharacterSet.alphanumerics would let "æ" through unencoded.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
