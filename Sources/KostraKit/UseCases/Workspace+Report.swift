public import Foundation
import KostraAnalysis
import KostraModel
import KostraNarrative
public import KostraRender
import KostraStore

extension Workspace {
    /// The content of a municipality's report: its profile and every stored time series with comparisons.
    public func reportContent(of name: String, year: Int? = nil, network: String = "asss", now: Date = Date()) async throws
        -> ReportContent
    {
        let profile = try await profile(of: name, year: year, network: network)
        let seriesIndicators = definitions.catalog.indicators.filter { !$0.isBaseFigure }.map(\.id)
        let observations = try await store.observations(
            ObservationQuery(indicators: seriesIndicators, years: (profile.year - 9)...profile.year))
        let aggregates = try await store.aggregates(
            AggregateQuery(indicators: seriesIndicators, network: profile.network.id, years: (profile.year - 9)...profile.year))
        let series = ComparisonSeriesBuilder(definitions: definitions).build(
            municipality: profile.municipality, network: profile.network, observations: observations, aggregates: aggregates)
        let commentary = try await commentary(on: profile)
        return ReportContent(profile: profile, series: series, commentary: commentary, generatedAt: now)
    }
}

/// Writes output files whole or not at all: a temporary file in the same folder, then a rename.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws(KitError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unwritableOutput(path: path, reason: "the folder \(folder.path) does not exist")
        }
        do {
            // .atomic writes a temporary file beside the target and renames it, so a failed
            // write never leaves a half-written report behind.
            try data.write(to: url, options: .atomic)
        } catch {
            throw .unwritableOutput(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
