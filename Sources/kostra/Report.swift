import ArgumentParser
import KostraKit

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a municipality's social-services report as one self-contained HTML file.")

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "The year (default: the newest year with figures).")
    var year: Int?

    @Option(help: "The network to compare with.")
    var network: String = "asss"

    @Option(help: "The file to write (default: <name>-<year>-sosialtjenester.html in the current folder).")
    var out: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let report = try await workspace.writeHTMLReport(of: municipality, year: year, network: network, output: out)
        print("Wrote the \(report.year) report for \(report.municipality): \(report.path)")
    }
}
