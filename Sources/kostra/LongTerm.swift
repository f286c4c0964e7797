import ArgumentParser
import KostraKit
import KostraRender

struct LongTerm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "long-term",
        abstract: "Show long-term recipients (social assistance as main income, 10 months or more) by year, with the trend.",
        discussion: """
            Reads the stored base figures 'recipients-long-term-10m' and 'recipients' (the share is computed from them), \
            or a stored 'long-term-10m-share'. The network's share is its members' counts summed over their recipients.
            """)

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "The first year.")
    var from: Int

    @Option(help: "The last year.")
    var to: Int

    @OptionGroup var comparison: ReviewComparisonOptions

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard from < to else { throw ValidationError("--from \(from) must be before --to \(to).") }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let section = try await workspace.review.longTermRecipients(
            of: municipality, from: from, to: to, peers: comparison.peerNames, network: comparison.network)
        let renderer = LongTermRenderer(section.result, sentences: section.sentences)
        switch format {
        case .table: print(renderer.text(), terminator: "")
        case .csv: print(renderer.csv(), terminator: "")
        case .json: print(String(decoding: try renderer.json(), as: UTF8.self))
        }
    }
}
