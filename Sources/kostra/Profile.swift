import ArgumentParser
import Foundation
import KostraKit
import KostraModel
import KostraRender

struct Profile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a municipality's service profile and key figures against a network (average = 100).")

    @OptionGroup var selection: ProfileSelection

    @Option(help: "table (for people), csv (for Excel: semicolons, decimal comma, UTF-8 with BOM) or json (for programs).")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let profile = try await workspace.profile(of: selection.municipality, year: selection.year, network: selection.network)
        switch format {
        case .table: print(ProfileTextRenderer().render(profile), terminator: "")
        case .csv: print(ProfileCSVRenderer().render(profile), terminator: "")
        case .json:
            let data = try ProfileJSON(profile, regions: workspace.definitions.regions).encoded()
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
