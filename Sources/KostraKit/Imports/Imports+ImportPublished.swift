public import Foundation
public import KostraImport
import KostraModel
import KostraStore

/// What an import of published figures did, for the user.
public struct PublishedImportReport: Sendable {
    public var file: String
    public var municipality: String?
    public var figures: Int
    public var summary: ImportOutcome
    public var notes: [String]
    /// Cells read but not stored (empty cells), each with its reason.
    public var skipped: [SkippedCell]
}

extension Imports {
    /// Imports a published-figures file (profile table or time series) in one transaction.
    public func importPublished(file path: String, municipality name: String?, now: Date = Date()) async throws
        -> PublishedImportReport
    {
        let municipality = try name.map { try definitions.regions.find($0) }
        // UTF-8 or Windows-1252, detected, as for every file kostra imports.
        let text = try TextDecoder.decode(ImportFormat.bytes(of: path), origin: path).text
        let figures = try PublishedFiguresReader(definitions: definitions).read(text, origin: path, municipality: municipality)
        let source = DataSource(
            kind: .published, title: "Publiserte tall: \(URL(fileURLWithPath: path).lastPathComponent)",
            reference: URL(fileURLWithPath: path).standardizedFileURL.path, retrievedAt: now)
        let summary = try await store.importBatch(
            ImportBatch(source: source, observations: figures.observations, aggregates: figures.aggregates))
        return PublishedImportReport(
            file: path, municipality: municipality?.name, figures: figures.observations.count + figures.aggregates.count,
            summary: ImportOutcome(summary), notes: figures.notes, skipped: figures.skipped)
    }
}
