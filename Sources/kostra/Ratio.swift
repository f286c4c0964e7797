import ArgumentParser
import KostraKit
import KostraRender

struct Ratio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Divide one stored indicator by another for a municipality, its peers and a network.",
        discussion: """
            Each figure is rounded as it is printed before dividing, so the ratio is what a reader gets by hand \
            (the review of NAV Bærum: AAP share 1,9 % / social-assistance share 2,6 % = 0,7). The network uses its \
            published average where stored, otherwise the average computed from its members.
            """)

    @Argument(help: "The numerator's indicator id (see 'kostra indicators').")
    var numerator: String

    @Argument(help: "The denominator's indicator id.")
    var denominator: String

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "The year of both figures.")
    var year: Int

    @Option(help: "The numerator's year, when it differs from --year.")
    var numeratorYear: Int?

    @Option(help: "The denominator's year, when it differs from --year.")
    var denominatorYear: Int?

    @Option(help: "Decimals of the ratio as shown.")
    var decimals: Int = 1

    @OptionGroup var comparison: ReviewComparisonOptions

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...6).contains(decimals) else { throw ValidationError("--decimals must be between 0 and 6, not \(decimals).") }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let result = try await workspace.review.ratio(
            numerator: numerator, denominator: denominator, of: municipality, year: year, numeratorYear: numeratorYear,
            denominatorYear: denominatorYear, peers: comparison.peerNames, network: comparison.network, decimals: decimals)
        let renderer = RatioRenderer(result)
        switch format {
        case .table: print(renderer.text(), terminator: "")
        case .csv: print(renderer.csv(), terminator: "")
        case .json: print(String(decoding: try renderer.json(), as: UTF8.self))
        }
    }
}
