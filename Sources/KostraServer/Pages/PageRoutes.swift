import Foundation
import Hummingbird
import KostraAnalysis
import KostraKit
import KostraModel
import KostraNarrative
import KostraRender

/// The Norwegian dashboard: start page, profile, indicator pages and downloads. Plain HTML forms
/// and links, so it works without JavaScript.
struct PageRoutes: Sendable {
    let workspace: Workspace
    let pages: PageRenderer
    let cache: ResponseCache

    /// The single-file report formats offered for download (CSV tables come per table instead).
    static let reportFormats: [String: ReportFormat] = ["html": .html, "pdf": .pdf, "docx": .docx, "xlsx": .xlsx]
    static let mediaTypes = [
        "html": "text/html; charset=utf-8", "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    /// What the profile pages and the report take, made once rather than on every request.
    static let profileParameters = Selection.names.union(["area"])
    static let reportParameters = Selection.names.union(["format"])

    func register(on router: Router<some RequestContext>) {
        router.get("/") { request, _ in
            _ = try QueryParameters(query: request.uri.query, allowed: [])
            let coverage = try await workspace.figures.profileCoverage()
            return try pages.page(
                StartView(definitions: workspace.definitions, municipalitiesWithFigures: coverage.municipalities, years: coverage.years),
                template: "start")
        }
        router.get("profil", keptIn: cache, workspace: workspace) { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: Self.profileParameters)
            let selection = try Selection(query, definitions: workspace.definitions)
            let area = query["area"] ?? ProfileView.defaultArea
            return try await cachedHTML(request) {
                let profile = try await workspace.comparisons.profile(
                    of: selection.municipality, year: selection.year, scope: selection.scope, profileID: area)
                // Peers chosen by the user are also named one by one, as `kostra commentary --peers` does.
                let peers = selection.comparesWithNetwork ? [] : profile.members.compactMap { workspace.definitions.regions.region(id: $0) }
                let sentences = try await workspace.reports.commentary(on: profile, peers: peers)
                let years = profile.yearsWithFigures
                return try pages.render(
                    ProfileView(
                        profile, selection: selection, commentary: sentences, yearsWithFigures: years,
                        areas: workspace.definitions.catalog.profiles),
                    template: "profile")
            }
        }
        router.get("profil.csv") { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: Self.profileParameters)
            let selection = try Selection(query, definitions: workspace.definitions)
            let profile = try await workspace.comparisons.profile(
                of: selection.municipality, year: selection.year, scope: selection.scope,
                profileID: query["area"] ?? ProfileView.defaultArea)
            return Self.download(
                ProfileCSVRenderer().render(profile), type: "text/csv; charset=utf-8",
                file: "\(profile.municipality.id)-\(profile.year)-"
                    + (profile.definition.id == ProfileView.defaultArea ? "" : profile.definition.id + "-") + "tjenesteprofil.csv")
        }
        router.get("indikator/:id") { request, context in
            let (indicator, profile, series) = try await indicatorSeries(request, context)
            let revisions = try await workspace.figures.revisions(municipality: profile.municipality.id, indicator: indicator.id)
            return try pages.page(
                IndicatorView(
                    indicator: indicator, profile: profile, series: series,
                    revisions: IndicatorView.revisionLines(revisions, definitions: workspace.definitions)),
                template: "indicator")
        }
        router.get("indikator/:id/tabell.csv") { request, context in
            let (indicator, profile, series) = try await indicatorSeries(request, context)
            guard !series.isEmpty else {
                throw ServerFailure.notFound(
                    "No time series of '\(indicator.id)' is stored for \(profile.municipality.name).", parameter: "indicator")
            }
            return Self.download(
                Self.seriesCSV(series, indicator: indicator), type: "text/csv; charset=utf-8",
                file: "\(profile.municipality.id)-\(indicator.id).csv")
        }
        router.get("vekst") { request, _ in
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
            return try pages.page(
                DecompositionView(section, municipality: selection.municipality, network: selection.network), template: "decomposition")
        }
        router.get("rapport") { request, _ in
            let query = try QueryParameters(query: request.uri.query, allowed: Self.reportParameters)
            let selection = try Selection(query, definitions: workspace.definitions)
            let name = query["format"] ?? "html"
            guard let format = Self.reportFormats[name] else {
                throw ServerFailure.badParameter(
                    "format", "The report format '\(name)' is not available. Available: \(Self.reportFormats.keys.sorted().joined(separator: ", ")).")
            }
            // The report's date is the data's date, so the same data gives the same file.
            let document = try await workspace.reports.reportDocument(
                of: selection.municipality, year: selection.year, network: selection.network.id,
                now: try await workspace.figures.dataUpdatedAt() ?? Date())
            let chromium = format.needsChromium ? try Chromium.locate() : nil
            let libreOffice = format == .docx ? LibreOffice.locate() : nil
            guard let file = try await ReportRendering(chromium: chromium, libreOffice: libreOffice).render(document, formats: [format]).first else {
                throw ServerFailure(status: .internalServerError, title: "Intern feil", message: "The \(name) report came out empty.")
            }
            return Self.download(file.data, type: Self.mediaTypes[name] ?? "application/octet-stream", file: file.name)
        }
    }

    /// A page computed once per address and store revision (see ``ResponseCache``).
    private func cachedHTML(_ request: Request, _ compute: () async throws -> String) async throws -> Response {
        try await cache.response(to: request, workspace: workspace, contentType: "text/html; charset=utf-8") {
            Data(try await compute().utf8)
        }
    }

    private func indicatorSeries(_ request: Request, _ context: some RequestContext) async throws
        -> (Indicator, ServiceProfile, [ComparisonSeries])
    {
        let id = context.parameters.get("id") ?? ""
        guard id.utf8.count <= 64 else {
            throw ServerFailure.badParameter("indicator", "The indicator id is \(id.utf8.count) bytes long; ids are at most 64.")
        }
        let indicator = try workspace.definitions.catalog.require(id.removingPercentEncoding ?? id)
        let selection = try Selection(QueryParameters(query: request.uri.query, allowed: Selection.names), definitions: workspace.definitions)
        let (profile, series) = try await workspace.figures.comparisonSeries(
            of: selection.municipality, indicator: indicator.id, year: selection.year, network: selection.network.id)
        return (indicator, profile, series)
    }

    static func seriesCSV(_ series: [ComparisonSeries], indicator: Indicator) -> String {
        var csv = CSVWriter()
        let numbers = NorwegianNumberFormat.spreadsheet
        for item in series {
            csv.append([item.title] + item.years.map(String.init))
            for line in item.lines {
                csv.append([line.name] + line.values.map { $0.map { numbers.number($0, decimals: indicator.decimals) } ?? ".." })
            }
        }
        return csv.text
    }

    static func download(_ text: String, type: String, file: String) -> Response {
        download(Data(text.utf8), type: type, file: file)
    }

    static func download(_ data: Data, type: String, file: String) -> Response {
        let ascii = file.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" } ? file : "kostra-nedlasting"
        return Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(ascii)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
