import ArgumentParser
import KostraKit
import KostraRender

struct PeerTable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peer-table",
        abstract: "Compare a municipality with named peers, the network average and Norway on stored indicators.",
        discussion:
            "Each indicator is shown for --year, or else for the newest year the municipality has a figure for it; the year is stated per indicator.")

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "Indicator ids, comma-separated (see 'kostra indicators --all').")
    var indicators: String

    @OptionGroup var comparison: ReviewComparisonOptions

    @Flag(help: "Add Norway (SSB's national figure, EAK).")
    var national = false

    @Option(help: "The year of every indicator (default: the newest per indicator).")
    var year: Int?

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !indicatorIDs.isEmpty else { throw ValidationError("--indicators needs at least one indicator id, e.g. --indicators aap-18-67-share.") }
    }

    var indicatorIDs: [String] {
        indicators.split(separator: ",").map { String($0).filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let table = try await workspace.review.peerTable(
            of: municipality, indicators: indicatorIDs, peers: comparison.peerNames, network: comparison.network,
            national: national, year: year)
        let renderer = PeerTableRenderer(table)
        switch format {
        case .table: print(renderer.text(), terminator: "")
        case .csv: print(renderer.csv(), terminator: "")
        case .json: print(String(decoding: try renderer.json(), as: UTF8.self))
        }
    }
}
