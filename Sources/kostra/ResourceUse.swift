import ArgumentParser
import KostraKit
import KostraRender

struct ResourceUse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rbi",
        abstract: "Compute the resource-use indicator (RBI) for a municipality's network, network mean exactly 1.",
        discussion: """
            RBI_k = I_k / mean(I), I_k = spending per inhabitant / the sector's cost index. Spending comes from the store; \
            the cost index per member from --cost-index-file (CSV 'kommune;år;kostnadsindeks'). The published RBI, where \
            stored, is shown beside the computed one. See docs/methods.md for what public sources leave open.
            """)

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "The year.")
    var year: Int

    @Option(help: "The network.")
    var network: String = "asss"

    @Option(help: "A CSV 'kommune;år;kostnadsindeks' with each member's cost index for the sector.")
    var costIndexFile: String?

    @OptionGroup var output: AnalysisOutput

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let report = try await workspace.comparisons.resourceUse(of: municipality, year: year, network: network, costIndexFile: costIndexFile)
        switch output.format {
        case .table: print(ResourceUseRenderer().text(report, explain: output.explain), terminator: "")
        case .csv: print(ResourceUseRenderer().csv(report, explain: output.explain), terminator: "")
        case .json: print(try JSONOutput.encode(ResourceUseJSON(report)))
        }
    }
}
