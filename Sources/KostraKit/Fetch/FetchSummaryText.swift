import KostraModel
import KostraStore

/// The summary `kostra fetch` prints at the end (English, like all CLI messages).
public enum FetchSummaryText {
    public static func render(_ report: FetchReport) -> String {
        var lines: [String] = []
        let requests = report.tables.reduce(0) { $0 + $1.requests }
        let cached = report.tables.reduce(0) { $0 + $1.fromCache }
        lines.append("Fetched \(report.tables.count) table\(report.tables.count == 1 ? "" : "s") (\(requests) answers, \(cached) from the cache) for \(report.regions.count) regions.")
        for table in report.tables {
            lines.append("  \(table.label)")
        }
        var stored = "Stored \(report.summary.stored) figures"
        if report.summary.keptNewer > 0 { stored += "; kept \(report.summary.keptNewer) newer figures already stored" }
        lines.append(stored + ".")
        let missing = StatusSymbol.allCases.compactMap { symbol in
            report.missingBySymbol[symbol].map { "\($0) '\(symbol.symbol)' (\(symbol.norwegianLabel))" }
        }
        lines.append("Missing: " + (missing.isEmpty ? "none" : missing.joined(separator: ", "))
            + (report.absent > 0 ? "; \(report.absent) not in SSB's tables (year not published or code not in the table)" : "") + ".")
        lines.append("Preliminary (unrevised KOSTRA figures): \(report.preliminary); final: \(report.final).")
        let breaks = Dictionary(grouping: report.breaks) { "\($0.region) \($0.year)" }
        for key in breaks.keys.sorted() {
            lines.append("Series break: \(key) merger, \(breaks[key]?.count ?? 0) ratio indicators (counts summed over the merged municipalities, ratios never).")
        }
        for skipped in report.skipped {
            lines.append("Skipped \(skipped).")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
