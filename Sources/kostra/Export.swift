import ArgumentParser
import Foundation
import KostraKit

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write stored figures as the long CSV, which 'kostra import' reads back to the same figures.",
        discussion: """
            One figure a row: 'region;indicator;year;value;numerator;denominator;status' (plus 'basis' when a \
            figure is adjusted). UTF-8, semicolons, decimal comma. See docs/importing.md.
            """)

    @Option(help: "The format: csv (the long CSV).")
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

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv }

    func validate() throws {
        _ = try years.map(Self.parseYears)
    }

    func run() async throws {
        let range = try years.map(Self.parseYears)
        let workspace = try await Workspace.open(database: store.database)
        let result = try await workspace.figures.exportCSV(
            ExportSelection(municipality: municipality, indicator: indicator, years: range), to: out)
        if let out {
            print("Exported \(result.figures) figures to \(out).")
        } else {
            print(result.text, terminator: "")
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
