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

    @Option(help: "The network whose members to average (default: asss).")
    var network: String?

    @Option(help: "A KOSTRA group's figure as SSB publishes it, e.g. 12.")
    var group: String?

    @Flag(help: "The national figure as SSB publishes it.")
    var national = false

    @Option(help: "Your own peer set, comma-separated names or codes, e.g. Asker,Bærum,Drammen.")
    var peers: String?

    @Option(help: "Municipalities to leave out, comma-separated, e.g. Oslo or the municipality itself.")
    var exclude: String?

    @Option(help: "weighted or unweighted; overrides the indicator's rule, and the output says so.")
    var method: MethodChoice?

    @OptionGroup var output: AnalysisOutput

    @OptionGroup var store: StoreOptions

    func validate() throws {
        let chosen = [network != nil, group != nil, national, peers != nil].filter { $0 }.count
        guard chosen <= 1 else { throw ValidationError("Give at most one of --network, --group, --national and --peers.") }
        if (group != nil || national), method != nil {
            throw ValidationError("--method applies to averages KostraKit computes; --group and --national are SSB's published figures.")
        }
    }

    func run() async throws {
        let scope: AverageScope =
            if let group { .group(group) }
            else if national { .national }
            else if let peers { .peers(CommaList.split(peers)) }
            else { .network(network ?? "asss") }
        let workspace = try await Workspace.open(database: store.database)
        let report = try await workspace.average(
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
