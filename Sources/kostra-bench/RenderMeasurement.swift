import Foundation
import KostraKit
import KostraModel
import KostraTesting
import KostraRender
import KostraStore

/// Renders every synthetic municipality's HTML report for the last year from a store holding the
/// whole synthetic nation: each report is its store reads, analysis, commentary and HTML.
enum RenderMeasurement {
    static func run(folder: String, runs: Int) async throws -> ChildResult {
        let catalog = try Definitions.bundled().catalog
        let nation = SyntheticNation(catalog: catalog)
        let path = folder + "/render.sqlite"
        try? FileManager.default.removeItem(atPath: path)
        let store = try SQLiteStore(path: path)
        _ = try await store.importFeed(nation.feed)
        let workspace = Workspace(definitions: nation.definitions, store: store)
        let renderer = try HTMLReportRenderer()
        let year = SyntheticNation.years.upperBound
        var perReport = [[Double]](repeating: [], count: nation.municipalities.count)
        var totals: [Double] = []
        var bytes = 0
        // Where a report's time goes: the store reads, analysis and commentary; the document (its
        // charts and tables); then its HTML.
        var contentSeconds = 0.0
        var documentSeconds = 0.0
        for _ in 0..<runs {
            var total = 0.0
            for (offset, municipality) in nation.municipalities.enumerated() {
                guard let network = nation.network(of: municipality.id) else { continue }
                let (html, time) = try await timedAsync { () async throws -> String in
                    let (content, contentTime) = try await timedAsync {
                        try await workspace.reports.reportContent(of: municipality.id, year: year, network: network.id)
                    }
                    contentSeconds += contentTime
                    let (document, documentTime) = timed { ReportDocumentBuilder(regions: nation.definitions.regions).document(for: content) }
                    documentSeconds += documentTime
                    return try renderer.render(document)
                }
                perReport[offset].append(time)
                total += time
                if offset == 0 {
                    bytes = html.utf8.count
                    try html.write(toFile: folder + "/report.html", atomically: true, encoding: .utf8)
                }
            }
            totals.append(total)
        }
        // Each report by its median run. (Until session 12 this took the upper middle value, which
        // for the table's two runs was the slower of the two, not the median the table promises.)
        let medians = perReport.map(ChildResult.median).sorted()
        try? FileManager.default.removeItem(atPath: path)
        return ChildResult(
            seconds: totals, peakKB: ChildResult.peakKilobytes(),
            info: [
                "reports": Double(medians.count), "runs": Double(runs), "medianReport": medians[medians.count / 2],
                "p99Report": medians[min(medians.count - 1, Int(Double(medians.count) * 0.99))],
                "maxReport": medians.last ?? .nan, "htmlBytes": Double(bytes),
                "meanContent": contentSeconds / Double(max(1, runs * medians.count)),
                "meanDocument": documentSeconds / Double(max(1, runs * medians.count)),
            ])
    }
}
