public import Foundation
public import KostraAnalysis
public import KostraModel
import KostraRender
import KostraStore

extension Figures {
    /// The stored figures as one JSON-stat 2.0 dataset, which `importFile` reads back to the same
    /// figures. Network averages are not regions, so they are left out (the long CSV keeps them).
    /// - Parameter output: a file to write (whole or not at all); the data are returned either way.
    public func exportJSONStat(_ selection: ExportSelection = ExportSelection(), to output: String? = nil) async throws
        -> (data: Data, figures: Int)
    {
        let region = try selection.municipality.map { try definitions.regions.find($0) }
        let indicator = try selection.indicator.map { try definitions.catalog.require($0) }
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: indicator.map { [$0.id] }, regions: region.map { [$0.id] }, years: selection.years))
        guard !observations.isEmpty else {
            throw KitError.nothingToExport(selection: region.map { "for \($0.name)" } ?? "in the selection")
        }
        let data = try jsonStat(observations: observations, label: "KOSTRA-tall fra KostraKit" + (region.map { ": \($0.name)" } ?? ""))
        if let output { try OutputFile.write(data, to: output) }
        return (data, observations.count)
    }

    /// Stored figures (with their sources) as a JSON-stat 2.0 dataset: `updated` is when the newest
    /// of them was fetched or imported, `source` names every source.
    public func jsonStat(observations: [Observation], label: String) throws -> Data {
        let sources = observations.compactMap(\.source)
        var titles: [String] = []
        for title in sources.map(\.title) where !titles.contains(title) { titles.append(title) }
        let updated = sources.map(\.retrievedAt).max() ?? Date(timeIntervalSince1970: 0)
        return try JSONStatWriter(definitions: definitions).data(
            observations: observations, label: label, updated: updated, sources: titles)
    }

    /// A profile's own figures (the municipality's, for the table's years) as a JSON-stat dataset;
    /// the network's averages, highest and lowest are not regions and stay in the JSON answer.
    public func jsonStat(profile: ServiceProfile) throws -> Data {
        var observations: [Observation] = []
        for row in profile.rows where !observations.contains(where: { $0.indicator == row.indicator.id }) {
            for year in profile.years where row.values[year] != nil || row.statuses[year] != nil {
                observations.append(
                    Observation(
                        indicator: row.indicator.id, region: profile.municipality.id, year: year, value: row.values[year],
                        status: row.values[year] == nil ? row.statuses[year] : nil))
            }
        }
        return try JSONStatWriter(definitions: definitions).data(
            observations: observations, label: "\(profile.definition.title): \(profile.municipality.name) \(profile.year)",
            updated: profile.sources.map(\.retrievedAt).max() ?? Date(timeIntervalSince1970: 0),
            sources: profile.sources.map(\.title),
            notes: ["\(profile.network.averageLabel), høyest og lavest er ikke regioner og står bare i JSON-svaret."])
    }

    /// Time series as a JSON-stat dataset: the lines of municipalities; averages are left out, said so.
    public func jsonStat(series: [ComparisonSeries], profile: ServiceProfile) throws -> Data {
        var observations: [Observation] = []
        var keys: Set<ObservationKey> = []
        var leftOut: [String] = []
        for item in series {
            for line in item.lines {
                guard let region = try? definitions.regions.find(line.name) else {
                    if !leftOut.contains(line.name) { leftOut.append(line.name) }
                    continue
                }
                for (year, value) in zip(item.years, line.values) {
                    let observation = Observation(
                        indicator: item.indicator.id, region: region.id, year: year, basis: item.basis, value: value,
                        status: value == nil ? .missing : nil)
                    if keys.insert(observation.key).inserted { observations.append(observation) }
                }
            }
        }
        return try JSONStatWriter(definitions: definitions).data(
            observations: observations, label: "Tidsserier: \(profile.municipality.name) og \(profile.network.name)",
            updated: profile.sources.map(\.retrievedAt).max() ?? Date(timeIntervalSince1970: 0),
            sources: profile.sources.map(\.title),
            notes: leftOut.isEmpty ? [] : ["Utelatt fordi de ikke er regioner: " + leftOut.joined(separator: ", ") + "."])
    }
}
