public import Foundation
public import KostraImport
import KostraModel
import KostraStore

/// What `kostra import FILE` did, for the user.
public struct FileImportReport: Sendable {
    public var file: String
    /// The format the file was recognised as.
    public var format: ImportFormat
    /// The encoding a text file was read with (`nil` for JSON).
    public var encoding: String?
    /// The figures read from the file.
    public var figures: Int
    public var summary: ImportOutcome
    public var notes: [String]
    /// Cells read but not stored, each with its reason (never dropped unseen).
    public var skipped: [SkippedCell]

    /// The skipped cells counted by reason, most frequent first.
    public var skippedByReason: [(reason: String, count: Int)] { SkippedCellsReport.byReason(skipped) }
}

extension Imports {
    /// Imports any file `kostra import` reads, recognised by its content, in one transaction:
    /// every figure or none.
    ///
    /// JSON-stat 2.0 and Statbank CSV files become figures through ``TableMapping``; the long
    /// CSV and the published-figures tables are read against the catalogue directly.
    public func importFile(path: String, municipality name: String? = nil, now: Date = Date()) async throws
        -> FileImportReport
    {
        let municipality = try name.map { try definitions.regions.find($0) }
        let bytes = try ImportFormat.bytes(of: path)
        let detected = try ImportFormat.detect(bytes, origin: path)
        var figures = PublishedFigures()
        switch detected.format {
        case .jsonStat:
            let table = try JSONStatDecoder.decode(bytes, origin: path)
            if KostraKitJSONStat.isKostraKitDataset(table, catalog: definitions.catalog) {
                // KostraKit's own export names catalogue ids and region ids: no SSB recipe is needed.
                figures = KostraKitJSONStat.figures(from: table, definitions: definitions)
                try FigureCheck.requireValid(figures.observations, definitions: definitions, origin: path)
            } else {
                let mapped = try TableMapping.observations(from: table, origin: path, definitions: definitions)
                figures = PublishedFigures(observations: mapped.observations, skipped: mapped.skipped)
            }
        case .statbankCSV:
            let (table, _) = try StatbankCSVReader.read(detected.text?.text ?? "", origin: path)
            let mapped = try TableMapping.observations(from: table, origin: path, definitions: definitions)
            figures = PublishedFigures(observations: mapped.observations, skipped: mapped.skipped)
        case .longCSV:
            figures = try LongCSVReader(definitions: definitions).read(detected.text?.text ?? "", origin: path)
        case .publishedFigures:
            figures = try PublishedFiguresReader(definitions: definitions)
                .read(detected.text?.text ?? "", origin: path, municipality: municipality)
        case .navWorkbook:
            let catalog = try NAVFileCatalog.bundled()
            let table = try NAVWorkbookReader.read(XLSXArchive.workbook(bytes, origin: path), origin: path, catalog: catalog)
            figures = try NAVYearlyFigures.figures(from: table, origin: path, definitions: definitions, rule: catalog.yearlyRule)
        case .navCSV:
            let catalog = try NAVFileCatalog.bundled()
            guard let layout = detected.navLayout else { throw ImportError.unknownFormat(file: path, start: "") }
            let table = try NAVCSVReader.read(detected.text?.text ?? "", origin: path, layout: layout)
            figures = try NAVYearlyFigures.figures(from: table, origin: path, definitions: definitions, rule: catalog.yearlyRule)
        }
        if let municipality, detected.format != .publishedFigures {
            try check(figures, onlyFor: municipality, file: path)
        }
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let prefix =
            switch detected.format {
            case .publishedFigures: "Publiserte tall: "
            case .navWorkbook, .navCSV: "NAV: "
            default: "Fil: "
            }
        let source = DataSource(
            kind: detected.format == .publishedFigures ? .published : .file,
            title: prefix + fileName,
            reference: URL(fileURLWithPath: path).standardizedFileURL.path, retrievedAt: now,
            note: "\(detected.format.rawValue)\(detected.text.map { ", \($0.encoding.rawValue)" } ?? "")")
        let summary = try await store.importBatch(
            ImportBatch(source: source, observations: figures.observations, aggregates: figures.aggregates))
        return FileImportReport(
            file: path, format: detected.format, encoding: detected.text?.encoding.rawValue,
            figures: figures.observations.count + figures.aggregates.count, summary: ImportOutcome(summary), notes: figures.notes,
            skipped: figures.skipped)
    }

    /// `--municipality` on a file with figures of other regions is a mistake worth stopping.
    private func check(_ figures: PublishedFigures, onlyFor municipality: Region, file: String) throws {
        if let other = figures.observations.first(where: { $0.region != municipality.id }) {
            let name = definitions.regions.region(id: other.region)?.name ?? other.region
            throw ImportError.municipalityMismatch(file: file, column: "region", inFile: name, given: municipality.name)
        }
    }
}
