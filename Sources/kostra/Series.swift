import ArgumentParser
import KostraKit
import KostraRender

struct Series: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a municipality's time series with comparison lines, nominal, deflated, need-adjusted or both.",
        discussion: """
            --compare takes network names (asss: the network's average), municipalities, group12 and national, comma-separated. \
            Deflation uses the bundled price index (kommunal deflator or KPI); years without a public figure must be supplied with \
            --deflator-file (CSV 'år;deflator', yearly change in percent). Need adjustment divides by the sector's cost index, \
            supplied with --cost-index-file (CSV 'kommune;år;kostnadsindeks'). The output states the price basis.
            """)

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Argument(help: "The indicator id (see 'kostra indicators').")
    var indicator: String

    @Option(help: "The first year.")
    var from: Int

    @Option(help: "The last year.")
    var to: Int

    @Option(help: "Comparison lines, comma-separated: asss, Oslo, group12, national, ...")
    var compare: String?

    @Option(help: "none, deflate, need or both.")
    var adjust: AdjustChoice = .none

    @Option(help: "The year whose prices are used (default: --to).")
    var baseYear: Int?

    @Option(help: "kommunal (the municipal deflator) or kpi.")
    var deflator: String = "kommunal"

    @Option(help: "A CSV 'år;deflator' with yearly change in percent for years the bundled index lacks.")
    var deflatorFile: String?

    @Option(help: "A CSV 'kommune;år;kostnadsindeks' with the sector's cost index per municipality and year.")
    var costIndexFile: String?

    @OptionGroup var output: AnalysisOutput

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to).") }
        if baseYear != nil, adjust == .none || adjust == .need {
            throw ValidationError("--base-year applies to --adjust deflate or both.")
        }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let report = try await workspace.comparisons.series(
            of: municipality, indicator: indicator, from: from, to: to, compare: compare.map(CommaList.split) ?? [],
            options: SeriesOptions(
                adjustment: adjust.value, baseYear: baseYear, deflator: deflator, deflatorFile: deflatorFile,
                costIndexFile: costIndexFile))
        switch output.format {
        case .table: print(SeriesRenderer().text(report, explain: output.explain), terminator: "")
        case .csv: print(SeriesRenderer().csv(report, explain: output.explain), terminator: "")
        case .json: print(try JSONOutput.encode(SeriesJSON(report)))
        }
    }
}

enum AdjustChoice: String, ExpressibleByArgument, CaseIterable {
    case none, deflate, need, both

    var value: SeriesAdjustment { SeriesAdjustment(rawValue: rawValue) ?? .none }
}
