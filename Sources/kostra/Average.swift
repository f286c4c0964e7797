import ArgumentParser
import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraRender

struct Average: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Average an indicator over a network, a KOSTRA group, the country or your own peers, saying how.",
        discussion: """
            Weighted averages are the sum of numerators over the sum of denominators (the catalogue's base figures); \
            unweighted averages are the mean of the members with figures. The indicator's rule decides unless --method is given. \
            Examples: 'kostra average payout-per-recipient --year 2024 --exclude Oslo', \
            'kostra average population-total --year 2023 --peers Asker,Bærum --method unweighted'.
            """)

    @Argument(help: "The indicator id (see 'kostra indicators').")
    var indicator: String

    @Option(help: "The year.")
    var year: Int

    @OptionGroup var comparison: ComparisonOptions

    @Option(help: "Municipalities to leave out, comma-separated, e.g. Oslo or the municipality itself.")
    var exclude: String?

    @Option(help: "weighted or unweighted; overrides the indicator's rule, and the output says so.")
    var method: MethodChoice?

    @OptionGroup var output: AnalysisOutput

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if comparison.isPublished, method != nil {
            throw ValidationError("--method applies to averages KostraKit computes; --group and --national are SSB's published figures.")
        }
    }

    func run() async throws {
        let scope = comparison.scope
        let workspace = try await Workspace.open(database: store.database)
        let report = try await workspace.comparisons.average(
            indicator: indicator, year: year, scope: scope, exclude: exclude.map(CommaList.split) ?? [],
            method: method?.rule)
        switch output.format {
        case .table: print(AverageRenderer().text(report, explain: output.explain), terminator: "")
        case .csv: print(AverageRenderer().csv(report, explain: output.explain), terminator: "")
        case .json: print(try JSONOutput.encode(AverageJSON(report)))
        }
    }
}

/// The averaging methods a user may force.
enum MethodChoice: String, ExpressibleByArgument, CaseIterable {
    case weighted, unweighted

    var rule: AveragingRule { self == .weighted ? .weighted : .unweighted }
}

/// Splits `A,B, C` into names.
enum CommaList {
    static func split(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
