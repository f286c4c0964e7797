import ArgumentParser
import KostraImport
import KostraKit

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import figures from files into the database (all or nothing).",
        discussion: """
            'kostra import FILE' recognises the format by content: JSON-stat 2.0, a Statbank CSV export, \
            the long CSV ('region;indicator;year;value;numerator;denominator;status', as 'kostra export' \
            writes), or a published-figures table. UTF-8 or Windows-1252 (detected). See docs/importing.md.
            """,
        subcommands: [File.self, Published.self],
        defaultSubcommand: File.self)

    struct File: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import any file kostra reads, recognised by its content.")

        @Argument(help: "The file to import.")
        var file: String

        @Option(help: "The municipality the file is about (checked against the file's figures).")
        var municipality: String?

        @Option(help: "Write the cells read but not stored to this file (CSV: place;reason).")
        var skipped: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let workspace = try await Workspace.open(database: store.database)
            let report = try await workspace.imports.importFile(path: file, municipality: municipality)
            for note in report.notes { print("Note: \(note)") }
            let encoding = report.encoding.map { ", \($0)" } ?? ""
            var line = "Imported \(report.summary.stored) figures from \(report.file) (\(report.format.rawValue)\(encoding))"
            if report.summary.keptNewer > 0 { line += "; kept \(report.summary.keptNewer) newer figures already stored" }
            print(line + ".")
            try SkippedListing.report(report.skipped, to: skipped)
        }
    }

    struct Published: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a published-figures file: a profile table or the series under a report's charts.",
            discussion: """
                Profile table: 'category;indicator;unit;baerum_2022;…;asss_avg_2024;asss_high_2024;asss_low_2024'. \
                Time series: 'series;region;2021;2022;…'. Semicolon-separated, '#' comment lines, decimal comma \
                or point, SSB symbols (. .. : -). Rows are matched to the catalogue by label.
                """)

        @Argument(help: "The file to import.")
        var file: String

        @Option(help: "The municipality the file is about (checked against the file's columns).")
        var municipality: String?

        @Option(help: "Write the cells read but not stored to this file (CSV: place;reason).")
        var skipped: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let workspace = try await Workspace.open(database: store.database)
            let report = try await workspace.imports.importPublished(file: file, municipality: municipality)
            for note in report.notes { print("Note: \(note)") }
            var line = "Imported \(report.summary.stored) figures from \(report.file)"
            if let name = report.municipality { line += " for \(name)" }
            if report.summary.keptNewer > 0 { line += "; kept \(report.summary.keptNewer) newer figures already stored" }
            print(line + ".")
            try SkippedListing.report(report.skipped, to: skipped)
        }
    }
}

/// Prints what an import read but did not store, by reason and count, and writes the cells
/// themselves to `--skipped FILE` when asked.
enum SkippedListing {
    static func report(_ skipped: [SkippedCell], to path: String?) throws {
        SkippedCellsReport.summary(skipped).forEach { print($0) }
        guard let path else {
            if !skipped.isEmpty { print("List them with --skipped FILE.") }
            return
        }
        try SkippedCellsReport.write(skipped, to: path)
        print("Wrote the \(skipped.count) skipped cells to \(path).")
    }
}
