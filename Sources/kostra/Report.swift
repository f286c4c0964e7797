import ArgumentParser
import KostraKit

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a municipality's social-services report as one self-contained HTML file.")

    @OptionGroup var selection: ProfileSelection

    @Option(help: "The file to write (default: <name>-<year>-sosialtjenester.html in the current folder).")
    var out: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let report = try await workspace.writeHTMLReport(of: selection.municipality, year: selection.year, network: selection.network, output: out)
        print("Wrote the \(report.year) report for \(report.municipality): \(report.path)")
    }
}
