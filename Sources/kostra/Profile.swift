import ArgumentParser
import Foundation
import KostraKit
import KostraModel
import KostraRender

struct Profile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Show a municipality's service profile and key figures (average = 100) against a network, a KOSTRA group, the country or your own peers.")

    @Argument(help: "The municipality: a name (Bærum, baerum) or any code it has had (0219, 3024, 3201).")
    var municipality: String

    @Option(help: "The year (default: the newest year with figures).")
    var year: Int?

    @Option(help: "The KOSTRA area: sosial (default), okonomi, barnehage, grunnskole, helse, kultur or befolkning.")
    var area: String = "sosial"

    @OptionGroup var comparison: ComparisonOptions

    @Option(help: "table (for people), csv (for Excel: semicolons, decimal comma, UTF-8 with BOM) or json (for programs).")
    var format: TableFormat = .table

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let profile = try await workspace.comparisons.profile(of: municipality, year: year, scope: comparison.scope, profileID: area)
        switch format {
        case .table: print(ProfileTextRenderer().render(profile), terminator: "")
        case .csv: print(ProfileCSVRenderer().render(profile), terminator: "")
        case .json:
            let data = try ProfileJSON(profile, regions: workspace.definitions.regions).encoded()
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
