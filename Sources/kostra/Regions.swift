import ArgumentParser
import KostraKit
import KostraRender

struct Regions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the known municipalities, groups and networks with their codes.")

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    func run() async throws {
        print(try CatalogListing.regions(format: format.listingFormat), terminator: "")
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
