import ArgumentParser
import Foundation
import KostraKit
import KostraNarrative

/// `kostra notes`: the analyst's own words beside the generated commentary.
struct Notes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write and check an analyst's notes file (Markdown) that the report merges beside the generated text.",
        subcommands: [Init.self, Check.self]
    )

    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a notes file with one section per indicator and today's figures recorded in it.")

        @OptionGroup var selection: ProfileSelection

        @Option(help: "The file to write (default: <municipality>-<year>-notater.md). An existing file is never overwritten.")
        var out: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let workspace = try await Workspace.open(database: store.database)
            let path = try await workspace.reports.writeNotesTemplate(
                of: selection.municipality, year: selection.year, network: selection.network, to: out)
            print("Wrote \(path): write under the headings; empty sections are left out of the report.")
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say which sections of a notes file were written against figures that have changed since.")

        @Argument(help: "The notes file.")
        var file: String

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        enum OutputFormat: String, ExpressibleByArgument { case text, json }

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let workspace = try await Workspace.open(database: store.database)
            let review = try await workspace.reports.reviewNotes(at: file)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(review.checks), as: UTF8.self))
            case .text:
                for check in review.checks {
                    let state =
                        switch check.state {
                        case .current: "current"
                        case .changed: "CHANGED: " + check.changes.map { "\($0.label) \($0.was) → \($0.now)" }.joined(separator: "; ")
                        case .unrecorded: "no recorded figures"
                        }
                    print("line \(check.line): \(check.heading): \(state)")
                }
            }
        }
    }
}
