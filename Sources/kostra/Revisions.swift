import ArgumentParser
import Foundation
import KostraKit
import KostraModel
import KostraRender

struct Revisions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored figures a later fetch or import changed: old and new value, the change and both sources.",
        discussion: """
            SSB publishes preliminary KOSTRA figures on 15 March and final ones on 15 June, and corrects earlier years. \
            When a fetch or import replaces a figure with a different value, the old one is kept with its source and time. \
            Example: 'kostra revisions --since 2025-06-01 --municipality Bærum'. \
            'kostra report … --changes-since DATE' puts the report's own revised figures in its appendix.
            """)

    @Option(help: "Only revisions that came in on or after this date, e.g. 2025-06-01.")
    var since: String?

    @Option(help: "Only this municipality: a name or any code it has had.")
    var municipality: String?

    @Option(help: "Only this indicator: a catalogue id from 'kostra indicators'.")
    var indicator: String?

    @Option(help: "table (for people), csv (for Excel) or json (for programs).")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let since, RevisionDate.parse(since) == nil {
            throw ValidationError("--since takes a date like 2025-06-01; '\(since)' is not one.")
        }
    }

    func run() async throws {
        let date = since.flatMap(RevisionDate.parse)
        let workspace = try await Workspace.open(database: store.database)
        let revisions = try await workspace.figures.revisions(since: date, municipality: municipality, indicator: indicator)
        let renderer = RevisionsRenderer(definitions: workspace.definitions)
        switch format {
        case .table: print(renderer.text(revisions, since: date), terminator: "")
        case .csv: print(renderer.csv(revisions), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(revisions.map(RevisionJSON.init)), as: UTF8.self))
        }
    }
}
