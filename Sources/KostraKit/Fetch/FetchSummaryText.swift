import KostraModel
import KostraStore

/// The summary `kostra fetch` prints at the end (English, like all CLI messages).
public enum FetchSummaryText {
    public static func render(_ report: FetchReport) -> String {
        var lines: [String] = []
        let requests = report.tables.reduce(0) { $0 + $1.requests }
        let cached = report.tables.reduce(0) { $0 + $1.fromCache }
        lines.append(
            "Fetched \(report.tables.count) table\(report.tables.count == 1 ? "" : "s") (\(requests) answers, \(cached) from the cache; "
                + "fewest SSB's cell limit allows: \(report.minimumRequests)) for \(report.regions.count) regions."
        )
        for table in report.tables {
            lines.append("  \(table.label)")
        }
        var stored = "Stored \(report.summary.stored) figures"
        if report.summary.keptNewer > 0 { stored += "; kept \(report.summary.keptNewer) newer figures already stored" }
        lines.append(stored + ".")
        let missing = StatusSymbol.allCases.compactMap { symbol in
            report.missingBySymbol[symbol].map { "\($0) '\(symbol.symbol)' (\(symbol.norwegianLabel))" }
        }
        lines.append(
            "Missing: " + (missing.isEmpty ? "none" : missing.joined(separator: ", "))
                + (report.absent > 0 ? "; \(report.absent) not in SSB's tables (year not published or code not in the table)" : "") + ".")
        lines.append("Preliminary (unrevised KOSTRA figures): \(report.preliminary); final: \(report.final).")
        let resolved = report.resolutions.filter(\.isResolved)
        if !resolved.isEmpty {
            let hows = resolved.flatMap { $0.dimensions.compactMap(\.how) }
            let byLabel = hows.filter { $0 == .label }.count
            let pinned = hows.filter { $0 == .pinned }.count
            var line = "Recipes: \(resolved.count) of \(report.resolutions.count) parts resolved against the tables' metadata"
            line += " (\(hows.count - byLabel - pinned) dimensions by confirmed code, \(byLabel) by SSB's label, \(pinned) pinned"
            line += report.recipeFile.map { pinned > 0 ? " in \($0)" : "" } ?? ""
            lines.append(line + ").")
        }
        let mergers = Dictionary(grouping: report.breaks.filter { !$0.isEraChange }) { "\($0.region) \($0.year)" }
        for key in mergers.keys.sorted() {
            lines.append(
                "Series break: \(key) merger, \(mergers[key]?.count ?? 0) ratio indicators (counts summed over the merged municipalities, ratios never)."
            )
        }
        let eras = Dictionary(grouping: report.breaks.filter(\.isEraChange)) { "\($0.indicator) \($0.year): \($0.reason)" }
        for key in eras.keys.sorted() {
            lines.append("Series break: \(key) (\(eras[key]?.count ?? 0) regions).")
        }
        for skipped in report.skipped {
            lines.append("Skipped \(skipped).")
        }
        if report.isPartial {
            let names = Set(report.skippedIndicators.filter(\.makesPartial).map(\.indicator)).sorted()
            lines.append(
                "Partial fetch: \(names.count) indicator\(names.count == 1 ? "" : "s") could not be read from SSB (\(names.joined(separator: ", "))); everything else was stored."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
