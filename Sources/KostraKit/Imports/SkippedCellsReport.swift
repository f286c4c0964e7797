public import Foundation
public import KostraImport

/// What an import read but did not store, for the user: counted by reason, and the cells
/// themselves as a small CSV (`kostra import --skipped FILE`), so nothing is dropped unseen.
public enum SkippedCellsReport {
    /// `Skipped 3 cells:` and one line per reason with its count, most frequent first.
    public static func summary(_ skipped: [SkippedCell]) -> [String] {
        guard !skipped.isEmpty else { return ["Skipped nothing."] }
        var lines = ["Skipped \(skipped.count) cell\(skipped.count == 1 ? "" : "s"):"]
        for (reason, count) in byReason(skipped) { lines.append("  \(count) \(reason)") }
        return lines
    }

    /// The reasons with how many cells each, most frequent first (then alphabetically).
    public static func byReason(_ skipped: [SkippedCell]) -> [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        for cell in skipped { counts[cell.reason, default: 0] += 1 }
        let pairs: [(reason: String, count: Int)] = counts.map { (reason: $0.key, count: $0.value) }
        return pairs.sorted { first, second in
            first.count != second.count ? first.count > second.count : first.reason < second.reason
        }
    }

    /// The cells as CSV, `place;reason`, one a line.
    public static func csv(_ skipped: [SkippedCell]) -> String {
        var text = "place;reason\r\n"
        for cell in skipped { text += "\(quoted(cell.place));\(quoted(cell.reason))\r\n" }
        return text
    }

    /// Writes ``csv(_:)`` to `path`, whole or not at all.
    public static func write(_ skipped: [SkippedCell], to path: String) throws(KitError) {
        try OutputFile.write(Data(csv(skipped).utf8), to: path)
    }

    private static func quoted(_ text: String) -> String {
        text.contains(";") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
