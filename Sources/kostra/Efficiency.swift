import ArgumentParser
import Foundation
import KostraKit
import KostraRender

struct Efficiency: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute relative efficiency = (production / ASSS) / (expenditure / ASSS), beside any published figure.",
        discussion: """
            Production and corrected gross expenditure are given in percent above (+) or below (-) the network. Without them, \
            the figures published in the municipality's own analysis are used where bundled (Bærum 2024). Where the published \
            efficiency does not follow from its inputs, both are shown; the computation is never fitted to the published figure.
            """)

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "The year.")
    var year: Int

    @Option(help: "Production in percent above the network (12.5 or 12,5; negative when below).")
    var productionPercent: String?

    @Option(help: "Corrected gross expenditure in percent above the network (-2.2 for 2,2 % below).")
    var expenditurePercent: String?

    @Option(help: "A published efficiency in percent above the network, to show beside the computed one.")
    var publishedPercent: String?

    @OptionGroup var output: AnalysisOutput

    @OptionGroup var store: StoreOptions

    func validate() throws {
        for (name, text) in [
            ("--production-percent", productionPercent), ("--expenditure-percent", expenditurePercent),
            ("--published-percent", publishedPercent),
        ] {
            if let text, Self.number(text) == nil { throw ValidationError("\(name) '\(text)' is not a number (e.g. 12,5 or -2.2).") }
        }
    }

    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{2212}", with: "-"))
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let report = try await workspace.comparisons.efficiency(
            of: municipality, year: year, productionPercent: productionPercent.flatMap(Self.number),
            expenditurePercent: expenditurePercent.flatMap(Self.number), publishedPercent: publishedPercent.flatMap(Self.number))
        switch output.format {
        case .table: print(EfficiencyRenderer().text(report, explain: output.explain), terminator: "")
        case .csv: print(EfficiencyRenderer().csv(report, explain: output.explain), terminator: "")
        case .json: print(try JSONOutput.encode(EfficiencyJSON(report)))
        }
    }
}
