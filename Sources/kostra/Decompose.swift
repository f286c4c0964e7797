import ArgumentParser
import Foundation
import KostraKit
import KostraRender

struct Decompose: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split the growth of social-assistance payouts into recipients, months per recipient and payout per month.",
        discussion: """
            Total payout = recipients × months of support per recipient × payout per month of support. The combination \
            effect makes the parts add up to the total exactly. Figures come from the store (base figures 'recipients', \
            'benefit-months', 'payout-total') or from a file 'år;mottakere;stønadsmåneder;utbetalt' (utbetalt in kroner) \
            given with --input FILE (the municipality) or --input NAME=FILE (a peer or the network).
            """)

    @Argument(help: "The municipality: a name (Bærum) or any code it has had.")
    var municipality: String

    @Option(help: "The base year.")
    var from: Int

    @Option(help: "The comparison year.")
    var to: Int

    @OptionGroup var comparison: ReviewComparisonOptions

    @Option(help: "A file 'år;mottakere;stønadsmåneder;utbetalt': FILE for the municipality, NAME=FILE for a peer or the network. Repeatable.")
    var input: [String] = []

    @Option(help: "table, csv or json (growths and shares in percent).")
    var format: TableFormat = .table

    @Option(help: "Also write the chart as SVG to this file (a waterfall, or bars side by side when there are peers or a network).")
    var svg: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard from < to else {
            throw ValidationError("--from \(from) must be before --to \(to): give the base year with --from and the later year with --to.")
        }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let section = try await workspace.review.decompose(
            of: municipality, from: from, to: to, peers: comparison.peerNames, network: comparison.network,
            inputs: input.map(DecompositionInputFile.init(argument:)))
        if let svg { try workspace.review.writeDecompositionChart(section, to: svg) }
        let renderer = section.renderer
        switch format {
        case .table: print(renderer.text(), terminator: "")
        case .csv: print(renderer.csv(), terminator: "")
        case .json: print(String(decoding: try renderer.json(), as: UTF8.self))
        }
    }
}
