import ArgumentParser
import Foundation
import KostraKit

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write stored figures as the long CSV or JSON-stat 2.0, which 'kostra import' reads back to the same figures.",
        discussion: """
            csv: one figure a row, 'region;indicator;year;value;numerator;denominator;status' (plus 'basis' when a \
            figure is adjusted). UTF-8, semicolons, decimal comma. jsonstat: one JSON-stat 2.0 dataset with the dimensions \
            region, indicator, year and basis, SSB's symbols in 'status', the catalogue's units and decimals \
            (network averages are not regions and are left out). See docs/importing.md.
            """)

    @Option(help: "The format: csv (the long CSV) or jsonstat (JSON-stat 2.0, for rjstat, pyjstat and the JSON-stat Toolkit).")
    var format: ExportFormat = .csv

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Option(help: "Only this municipality's (or group's) own figures: a name or any code it has had.")
    var municipality: String?

    @Option(help: "Only this indicator: a catalogue id from 'kostra indicators'.")
    var indicator: String?

    @Option(help: "Only these years: 2024 or 2021-2024.")
    var years: String?

    @OptionGroup var store: StoreOptions

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, jsonstat }

    func validate() throws {
        _ = try years.map(Self.parseYears)
    }

    func run() async throws {
        let range = try years.map(Self.parseYears)
        let workspace = try await Workspace.open(database: store.database)
        let selection = ExportSelection(municipality: municipality, indicator: indicator, years: range)
        let (text, figures): (String, Int)
        switch format {
        case .csv:
            let result = try await workspace.figures.exportCSV(selection, to: out)
            (text, figures) = (result.text, result.figures)
        case .jsonstat:
            let result = try await workspace.figures.exportJSONStat(selection, to: out)
            (text, figures) = (String(decoding: result.data, as: UTF8.self) + "\n", result.figures)
        }
        if let out {
            print("Exported \(figures) figures to \(out).")
        } else {
            print(text, terminator: "")
        }
    }

    static func parseYears(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        switch parts.count {
        case 1: if let year = parts[0] { return year...year }
        case 2: if let first = parts[0], let last = parts[1], first <= last { return first...last }
        default: break
        }
        throw ValidationError("--years takes a year (2024) or a span (2021-2024); '\(text)' is neither.")
    }
}
