import ArgumentParser
import KostraKit
import KostraRender

struct Peers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the municipalities most like one on standardised structural variables (nearest neighbours).",
        discussion: """
            Each variable becomes z-scores over every municipality with figures; the distance is the weighted Euclidean \
            distance, rebased so the farthest municipality is 1 (as the CIPFA nearest-neighbour model). Variables: \
            population, share-0-17, share-18-24, share-18-66, share-67-plus (default: population,share-0-17,share-67-plus), \
            or any indicator id. The last line is a ready --peers option for the other commands.
            """)

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "How many neighbours.")
    var n: Int = 10

    @Option(help: "Variables, comma-separated (structural variable or indicator ids).")
    var by: String?

    @Option(help: "Weights as name=number, comma-separated (default 1 each; 0 shows a variable without counting it).")
    var weights: String?

    @Option(help: "The year of the figures (default: the newest year with all of them).")
    var year: Int?

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard n >= 1 else { throw ValidationError("--n must be 1 or more, not \(n).") }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let variables = by.map { $0.split(separator: ",").map { String($0).filter { !$0.isWhitespace } }.filter { !$0.isEmpty } }
        let section = try await workspace.review.peers(of: municipality, count: n, by: variables, weights: weights, year: year)
        let renderer = section.renderer
        switch format {
        case .table: print(renderer.text(), terminator: "")
        case .csv: print(renderer.csv(), terminator: "")
        case .json: print(String(decoding: try renderer.json(), as: UTF8.self))
        }
    }
}
