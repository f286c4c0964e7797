import Foundation
import Hummingbird
import KostraKit
import KostraModel
import KostraRender

extension APIRoutes {
    /// `GET /api/v1/ranks`: an indicator's whole ranking in a year, in a network or nationally.
    func ranks(_ request: Request) async throws -> Response {
        let query = try QueryParameters(query: request.uri.query, allowed: ["indicator", "year", "network", "national"])
        guard let indicator = query["indicator"] else {
            throw ServerFailure.badParameter("indicator", "The parameter 'indicator' is required: a catalogue id (GET /api/v1/indicators).")
        }
        guard let year = try query.integer("year", in: Selection.years) else {
            throw ServerFailure.badParameter("year", "The parameter 'year' is required.")
        }
        // Both given is refused whatever national's value, as the OpenAPI document states.
        if query["national"] != nil, query["network"] != nil {
            throw ServerFailure.badParameter("national", "Give 'network' or 'national', not both.")
        }
        let national = try query.bool("national")
        let ranking = try await workspace.comparisons.rank(
            indicator: indicator, year: year, scope: national ? .national : .network(query["network"] ?? "asss"))
        return CachedResponse.make(
            try APIEncoding.encode(RankingJSON(ranking, regions: workspace.definitions.regions)),
            contentType: "application/json; charset=utf-8", request: request, updatedAt: try await workspace.figures.dataUpdatedAt())
    }
}
