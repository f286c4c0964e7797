import Foundation
import Hummingbird
import KostraAnalysis
import KostraKit
import KostraModel
import KostraNarrative
import KostraRender

/// The read-only JSON API under `/api/v1`. Each handler validates its query, calls one use case
/// and encodes the result; caching headers come from ``CachedResponse``.
struct APIRoutes: Sendable {
    let workspace: Workspace
    let openAPI: Data
    let cache: ResponseCache

    static let maxObservationLimit = 10_000
    /// What `/api/v1/profile` takes, made once rather than on every request.
    static let profileParameters = Selection.names.union(["format", "area"])

    func register(on router: Router<some RequestContext>) {
        let api = router.group("api/v1")
        api.get("openapi.json") { request, _ in
            CachedResponse.make(openAPI, contentType: "application/json; charset=utf-8", request: request, updatedAt: nil)
        }
        api.get("regions") { request, _ in
            _ = try QueryParameters(query: request.uri.query, allowed: [])
            return try await json(APIModels.Regions(workspace.definitions), request)
        }
        api.get("indicators") { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: ["baseFigures"])
            let includeBase = try query.bool("baseFigures")
            let indicators = workspace.definitions.catalog.indicators.filter { includeBase || !$0.isBaseFigure }
            return try await json(APIModels.Indicators(indicators: indicators.map(APIModels.IndicatorItem.init)), request)
        }
        api.get("observations") { request, _ in
            try await observations(request)
        }
        api.get("profile", keptIn: cache, workspace: workspace) { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: Self.profileParameters)
            let selection = try Selection(query, definitions: workspace.definitions)
            // The KOSTRA area; an unknown one is the use case's typed error (400 with the known areas).
            let area = query["area"] ?? "sosial"
            if try Self.wantsJSONStat(query) {
                return try await cachedJSONStat(request) {
                    try workspace.figures.jsonStat(
                        profile: try await workspace.comparisons.profile(
                            of: selection.municipality, year: selection.year, scope: selection.scope, profileID: area))
                }
            }
            return try await cachedJSON(request) {
                let profile = try await workspace.comparisons.profile(
                    of: selection.municipality, year: selection.year, scope: selection.scope, profileID: area)
                return ProfileJSON(profile, regions: workspace.definitions.regions)
            }
        }
        api.get("series", keptIn: cache, workspace: workspace) { request, _ in
            // The series compare with a network only, so only these are taken (the OpenAPI document lists them).
            let query = try QueryParameters(query: request.uri.query, allowed: ["municipality", "year", "network", "indicator", "format"])
            let selection = try Selection(query, definitions: workspace.definitions)
            let indicator = try query["indicator"].map { try workspace.definitions.catalog.require($0).id }
            if try Self.wantsJSONStat(query) {
                return try await cachedJSONStat(request) {
                    let (profile, series) = try await workspace.figures.comparisonSeries(
                        of: selection.municipality, indicator: indicator, year: selection.year, network: selection.network.id)
                    return try workspace.figures.jsonStat(series: series, profile: profile)
                }
            }
            return try await cachedJSON(request) {
                let (profile, series) = try await workspace.figures.comparisonSeries(
                    of: selection.municipality, indicator: indicator, year: selection.year, network: selection.network.id)
                return APIModels.Series(
                    municipality: APIModels.subject(profile), year: profile.year, network: profile.network.id,
                    series: series.map(APIModels.SeriesItem.init))
            }
        }
        api.get("averages") { request, _ in
            try await average(request)
        }
        api.get("ranks") { request, _ in
            try await ranks(request)
        }
        api.get("decomposition") { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: ["municipality", "from", "to", "network", "peers"])
            let selection = try Selection(query, definitions: workspace.definitions, comparisons: ["network"])
            guard let from = try query.integer("from", in: Selection.years), let to = try query.integer("to", in: Selection.years) else {
                throw ServerFailure.badParameter(
                    "from", "The parameters 'from' and 'to' are required: the two years to compare (e.g. from=2015&to=2019).")
            }
            guard from < to else { throw ServerFailure.unprocessable("from", "'from' (\(from)) must be before 'to' (\(to)).") }
            let section = try await workspace.review.decompose(
                of: selection.municipality, from: from, to: to, peers: try query.list("peers", limit: 20) ?? [],
                network: selection.network.id)
            return try await json(raw: try section.renderer.json(), request)
        }
        api.get("peers") { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: ["municipality", "year", "n"])
            let selection = try Selection(query, definitions: workspace.definitions)
            let count = try query.integer("n", in: 1...50) ?? 10
            let section = try await workspace.review.peers(of: selection.municipality, count: count, year: selection.year)
            return try await json(raw: try section.renderer.json(), request)
        }
        api.get("commentary", keptIn: cache, workspace: workspace) { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: Selection.names)
            let selection = try Selection(query, definitions: workspace.definitions)
            return try await cachedJSON(request) {
                let profile = try await workspace.comparisons.profile(of: selection.municipality, year: selection.year, scope: selection.scope)
                let peers = selection.comparesWithNetwork ? [] : profile.members.compactMap { workspace.definitions.regions.region(id: $0) }
                let sentences = try await workspace.reports.commentary(on: profile, peers: peers)
                return APIModels.Commentary(
                    municipality: APIModels.subject(profile), year: profile.year, network: profile.network.id, sentences: sentences)
            }
        }
    }

    private func observations(_ request: Request) async throws -> Response {
        let query = try QueryParameters(query: request.uri.query, allowed: ["indicator", "region", "from", "to", "limit", "offset", "format"])
        let definitions = workspace.definitions
        let indicators = try query.list("indicator", limit: 50)?.map { try definitions.catalog.require($0).id }
        let regions = try query.list("region", limit: 100)?.map { name -> String in
            do throws(ModelError) {
                return try definitions.regions.find(name).id
            } catch {
                throw ServerFailure.notFound(
                    "No region is called '\(name)'."
                        + (error.suggestions.isEmpty ? "" : " Did you mean \(error.suggestions.map { "'\($0)'" }.joined(separator: ", "))?"),
                    parameter: "region", suggestions: error.suggestions)
            }
        }
        let from = try query.integer("from", in: Selection.years)
        let to = try query.integer("to", in: Selection.years)
        if let from, let to, from > to {
            throw ServerFailure.unprocessable("from", "'from' (\(from)) is after 'to' (\(to)).")
        }
        let years: ClosedRange<Int>? = (from != nil || to != nil) ? (from ?? Selection.years.lowerBound)...(to ?? Selection.years.upperBound) : nil
        let limit = try query.integer("limit", in: 1...Self.maxObservationLimit) ?? 1000
        let offset = try query.integer("offset", in: 0...10_000_000) ?? 0
        let jsonStat = try Self.wantsJSONStat(query)
        let page = try await workspace.figures.observations(indicators: indicators, regions: regions, years: years, limit: limit, offset: offset)
        if jsonStat {
            let label = "KOSTRA-tall fra KostraKit (\(page.observations.count) av \(page.total) fra nr. \(offset + 1))"
            return try await json(raw: try workspace.figures.jsonStat(observations: page.observations, label: label), request)
        }
        return try await json(
            APIModels.Observations(
                observations: page.observations.map(APIModels.ObservationItem.init), total: page.total, limit: limit, offset: offset),
            request)
    }

    private func average(_ request: Request) async throws -> Response {
        let query = try QueryParameters(
            query: request.uri.query, allowed: ["indicator", "year", "network", "group", "national", "peers", "exclude", "method"])
        guard let indicator = query["indicator"] else {
            throw ServerFailure.badParameter("indicator", "The parameter 'indicator' is required: a catalogue id (GET /api/v1/indicators).")
        }
        guard let year = try query.integer("year", in: Selection.years) else {
            throw ServerFailure.badParameter("year", "The parameter 'year' is required.")
        }
        let scope = try Selection.scope(query)
        let method: AveragingRule?
        switch query["method"] {
        case nil: method = nil
        case "weighted": method = .weighted
        case "unweighted": method = .unweighted
        case let other?: throw ServerFailure.badParameter("method", "'method' must be weighted or unweighted, not '\(other)'.")
        }
        let report = try await workspace.comparisons.average(
            indicator: indicator, year: year, scope: scope, exclude: try query.list("exclude", limit: 50) ?? [], method: method)
        return try await json(AverageJSON(report), request)
    }

    /// JSON a renderer has already encoded, with the same caching headers as every answer.
    private func json(raw data: Data, _ request: Request) async throws -> Response {
        CachedResponse.make(
            data, contentType: "application/json; charset=utf-8", request: request, updatedAt: try await workspace.figures.dataUpdatedAt())
    }

    /// JSON computed once per address and store revision (see ``ResponseCache``); the query has
    /// been validated before, so only answers to valid requests are kept.
    private func cachedJSON(_ request: Request, _ compute: () async throws -> some Encodable) async throws -> Response {
        try await cache.response(to: request, workspace: workspace, contentType: "application/json; charset=utf-8") {
            try APIEncoding.encode(try await compute())
        }
    }

    private func json(_ value: some Encodable, _ request: Request) async throws -> Response {
        CachedResponse.make(
            try APIEncoding.encode(value), contentType: "application/json; charset=utf-8", request: request,
            updatedAt: try await workspace.figures.dataUpdatedAt())
    }
}

extension ModelError {
    var suggestions: [String] {
        switch self {
        case .unknownRegion(_, let suggestions), .unknownIndicator(_, let suggestions): suggestions
        default: []
        }
    }
}
