import ArgumentParser
import KostraKit
import KostraModel
import KostraRender

struct Rank: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the municipalities by an indicator in a year, within a network or nationally.",
        discussion: """
            Rank 1 is the best in the indicator's direction (its polarity); where it has none, the ranking is by value, \
            highest first, and the output says so. Figures equal as printed share a place (1, 2, 2, 4). Members without \
            figures are listed, not ranked and never counted as zero. \
            Examples: 'kostra rank payout-per-recipient --year 2024', 'kostra rank recipients-18-67-share --year 2024 --national'.
            """)

    @Argument(help: "The indicator id (see 'kostra indicators').")
    var indicator: String

    @Option(help: "The year.")
    var year: Int

    @Option(help: "The network whose members to rank (default: asss).")
    var network: String?

    @Flag(help: "Rank every municipality with figures in the year.")
    var national = false

    @Option(help: "table (for people), csv (for Excel) or json (for programs).")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if network != nil, national { throw ValidationError("Give --network or --national, not both.") }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let ranking = try await workspace.comparisons.rank(
            indicator: indicator, year: year, scope: national ? .national : .network(network ?? "asss"))
        let renderer = RankingRenderer(regions: workspace.definitions.regions)
        switch format {
        case .table: print(renderer.text(ranking), terminator: "")
        case .csv: print(renderer.csv(ranking), terminator: "")
        case .json: print(try JSONOutput.encode(RankingJSON(ranking, regions: workspace.definitions.regions)))
        }
    }
}
