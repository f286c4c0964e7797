import Foundation
import KostraModel
import KostraRender
import KostraStore

/// Which stored figures `kostra export` writes; `nil` means all.
public struct ExportSelection: Sendable {
    /// A municipality (or group) by any name or code; only its own figures, no network figures.
    public var municipality: String?
    /// A catalogue id.
    public var indicator: String?
    public var years: ClosedRange<Int>?

    public init(municipality: String? = nil, indicator: String? = nil, years: ClosedRange<Int>? = nil) {
        self.municipality = municipality
        self.indicator = indicator
        self.years = years
    }
}

/// What `kostra export` produced.
public struct ExportResult: Sendable {
    /// The long CSV's text.
    public var text: String
    /// The number of figures (rows) in it.
    public var figures: Int
}

extension Figures {
    /// The stored figures as the long CSV, which `importFile` reads back to the same figures.
    /// - Parameter output: a file to write (whole or not at all); the text is returned either way.
    public func exportCSV(_ selection: ExportSelection = ExportSelection(), to output: String? = nil) async throws
        -> ExportResult
    {
        let region = try selection.municipality.map { try definitions.regions.find($0) }
        let indicator = try selection.indicator.map { try definitions.catalog.require($0) }
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: indicator.map { [$0.id] }, regions: region.map { [$0.id] }, years: selection.years))
        let aggregates =
            region != nil
            ? []
            : try await reader.aggregates(
                AggregateQuery(
                    indicators: indicator.map { [$0.id] }, years: selection.years))
        guard !observations.isEmpty || !aggregates.isEmpty else {
            throw KitError.nothingToExport(selection: Self.describe(selection, region: region?.name))
        }
        let text = LongCSVWriter(definitions: definitions).text(observations: observations, aggregates: aggregates)
        if let output { try OutputFile.write(Data(text.utf8), to: output) }
        return ExportResult(text: text, figures: observations.count + aggregates.count)
    }

    private static func describe(_ selection: ExportSelection, region: String?) -> String {
        var parts: [String] = []
        if let region { parts.append("for \(region)") }
        if let indicator = selection.indicator { parts.append("of \(indicator)") }
        if let years = selection.years {
            parts.append(years.count == 1 ? "in \(years.lowerBound)" : "in \(years.lowerBound)–\(years.upperBound)")
        }
        return parts.isEmpty ? "in the database" : parts.joined(separator: " ")
    }
}
