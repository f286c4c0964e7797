import ArgumentParser
import KostraKit
import KostraRender

struct Regions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the known municipalities, groups and networks with their codes, or update them from KLASS.",
        subcommands: [List.self, Update.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the known municipalities, groups and networks with their codes.")

        @Option(help: "table, csv or json.")
        var format: TableFormat = .table

        func run() async throws {
            print(try CatalogListing.regions(format: format.listingFormat), terminator: "")
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load SSB's municipality classification (KLASS 131) and its code changes into the database.",
            discussion: "Afterwards every municipality can be named or looked up by any code it has had, not only the bundled ones.")

        @Option(help: "KLASS API base URL (default: https://data.ssb.no/api/klass/v1).")
        var apiBase: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let workspace = try await Workspace.open(database: store.database)
            let report = try await workspace.administration.updateRegions(klassBase: apiBase)
            print(
                "Loaded \(report.codes) municipality codes valid on \(report.validAt) and \(report.changes) code changes from KLASS; \(report.addedRegions) municipalities are now known in addition to the bundled ones."
            )
        }
    }
}

struct Indicators: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the indicator catalogue.")

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    @Flag(help: "Include base figures (counts and amounts behind the ratios).")
    var all = false

    func run() async throws {
        print(try CatalogListing.indicators(format: format.listingFormat, includeBaseFigures: all), terminator: "")
    }
}

extension TableFormat {
    var listingFormat: CatalogListing.Format {
        switch self {
        case .table: .table
        case .csv: .csv
        case .json: .json
        }
    }
}
