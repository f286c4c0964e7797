import Foundation
import KostraKit
import KostraModel

/// The municipality, year and network a page or API call is about, validated against the definitions.
struct Selection: Sendable {
    var municipality: Region
    var year: Int?
    var network: Network

    static let names: Set<String> = ["municipality", "year", "network"]

    /// KOSTRA's first published year to the current one: anything else is a typo, not a missing figure.
    static var years: ClosedRange<Int> { 2001...Calendar(identifier: .gregorian).component(.year, from: Date()) }

    init(_ query: QueryParameters, definitions: Definitions) throws {
        guard let name = query["municipality"] else {
            throw ServerFailure.badParameter("municipality", "The parameter 'municipality' is required: a name (Bærum) or a municipality number (3201).")
        }
        municipality = try definitions.regions.find(name)
        guard municipality.kind == .municipality else {
            throw ServerFailure.badParameter("municipality", "\(municipality.name) is not a municipality; choose one municipality (e.g. municipality=Bærum).")
        }
        year = try query.integer("year", in: Self.years)
        network = try definitions.network(named: query["network"] ?? "asss")
    }
}
