import Foundation
import Hummingbird
import KostraKit

extension APIRoutes {
    /// Whether `format` asks for a JSON-stat 2.0 dataset instead of the API's own JSON (the default).
    static func wantsJSONStat(_ query: QueryParameters) throws(ServerFailure) -> Bool {
        switch query["format"] {
        case nil, "json": return false
        case "jsonstat": return true
        case let other?: throw .badParameter("format", "'format' must be json or jsonstat, not '\(other)'.")
        }
    }

    /// A JSON-stat answer computed once per address and store revision, like every cached answer.
    func cachedJSONStat(_ request: Request, _ compute: () async throws -> Data) async throws -> Response {
        try await cache.response(to: request, workspace: workspace, contentType: "application/json; charset=utf-8", compute: compute)
    }
}
