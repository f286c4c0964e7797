public import Foundation
public import KostraFetch
import KostraImport
public import KostraModel
import KostraStore
import Logging

extension Workspace {
    /// The client settings a request asks for: SSB's endpoints and limits, with the request's
    /// API base, cache folder and offline mode.
    public static func fetchConfiguration(for request: FetchRequest) -> FetchConfiguration {
        var configuration = FetchConfiguration(offline: request.offline)
        if let apiBase = request.apiBase { configuration.apiBase = apiBase }
        if let cache = request.cacheDirectory { configuration.cacheDirectory = cache }
        return configuration
    }

    /// Fetches the figures the catalogue needs for the request's regions and years from SSB,
    /// follows every municipality through its codes, and stores the result as one batch.
    ///
    /// All or nothing: any failed request or unreadable answer throws before anything is
    /// written, so the store is unchanged.
    /// - Parameters:
    ///   - configuration: client settings; built from the request when `nil` (tests pass their own).
    ///   - progress: called after each table.
    public func fetch(
        _ request: FetchRequest, configuration: FetchConfiguration? = nil, recipes: RecipeBook? = nil, now: Date = Date(),
        progress: @Sendable (FetchProgress) -> Void = { _ in }
    ) async throws -> FetchReport {
        let recipes = try recipes ?? RecipeBook.bundled()
        let configuration = configuration ?? Self.fetchConfiguration(for: request)
        let regions = try fetchRegions(request)
        let indicators = try fetchIndicators(request, recipes: recipes)
        var skipped = indicators.compactMap { id -> String? in
            guard let recipe = recipes.recipe(for: id), recipe.method == .unavailable else { return nil }
            return "\(id): no SSB source (\(recipe.confidence))"
        }
        var logger = Logger(label: "kostra.fetch")
        logger.logLevel = .error
        let client = PxWebClient(configuration: configuration, logger: logger)
        let planner = FetchPlanner(definitions: definitions, recipes: recipes, regions: regions, years: request.years)
        let tables = planner.partsByTable(indicators: indicators)
        guard !tables.isEmpty else {
            throw FetchRunError.nothingToFetch("none of the indicators has an SSB recipe for \(request.years.lowerBound)–\(request.years.upperBound)")
        }
        var cells: [RecipeCell] = []
        var fetches: [FetchReport.TableFetch] = []
        var updated: [String: Date] = [:]
        var newestYear: [String: Int] = [:]
        var kostraTables = Set<String>()
        for (index, entry) in tables.enumerated() {
            progress(FetchProgress(done: index, total: tables.count, message: "table \(entry.table): metadata"))
            let metadata = try await client.metadata(table: entry.table)
            guard let plan = planner.plan(table: entry.table, parts: entry.parts, metadata: metadata) else { continue }
            skipped += plan.skipped
            guard !plan.parts.isEmpty else { continue }
            let parts = try await client.data(plan.query)
            var datasets: [JSONStatDataset] = []
            for part in FetchedPart.inQueryOrder(parts) {
                let dataset: JSONStatDataset
                do {
                    dataset = try JSONStatDecoder.decode(part.body, origin: part.url)
                } catch {
                    throw FetchRunError.undecodableAnswer(url: part.url, reason: error.localizedDescription)
                }
                try Self.check(dataset, answers: part, plan: plan)
                datasets.append(dataset)
            }
            // A split answer is read as one table: each cell comes from the part that holds it.
            for (recipe, recipePart) in plan.parts {
                cells += RecipeMapping.cells(from: datasets, table: entry.table, recipe: recipe, part: recipePart)
            }
            if let date = metadata.updated { updated[entry.table] = date }
            if plan.parts.first?.part.regionVariable.hasPrefix("KOK") == true { kostraTables.insert(entry.table) }
            newestYear[entry.table] = metadata.dimension(plan.parts[0].part.time)?.codes.compactMap { Int($0) }.max()
                .map(plan.parts[0].part.statisticsYear(forTableYear:))
            fetches.append(FetchReport.TableFetch(
                table: entry.table, label: metadata.label, requests: parts.count, fromCache: parts.filter(\.fromCache).count,
                urls: parts.map(\.url)))
            progress(FetchProgress(
                done: index + 1, total: tables.count,
                message: "table \(entry.table): \(parts.count) part\(parts.count == 1 ? "" : "s"), \(parts.filter(\.fromCache).count) from cache"))
        }
        let assembled = RecipeAssembly(definitions: definitions, recipes: recipes).assemble(
            cells: cells, regions: regions, years: Array(request.years), indicators: indicators)
        // KOSTRA figures for the newest year are unrevised until SSB's June release.
        var preliminary = 0
        for observation in assembled.observations {
            guard let recipe = recipes.recipe(for: observation.indicator) else { continue }
            let tables = recipe.method == .derived
                ? [observation.indicator].compactMap { definitions.catalog.indicator(id: $0) }
                    .flatMap { [$0.numerator, $0.denominator].compactMap { $0 } }
                    .compactMap { recipes.recipe(for: $0)?.part(for: observation.year)?.table }
                : [recipe.part(for: observation.year)?.table].compactMap { $0 }
            if tables.contains(where: { Self.isPreliminary(table: $0, year: observation.year, kostra: kostraTables, newest: newestYear, updated: updated) }) {
                preliminary += 1
            }
        }
        let source = DataSource(
            kind: .ssb, title: "SSB Statistikkbanken: tabell \(fetches.map(\.table).joined(separator: ", "))",
            reference: fetches.map { "\($0.table): \($0.urls.joined(separator: " "))" }.joined(separator: "\n"),
            publishedAt: updated.values.max(), retrievedAt: now, preliminary: preliminary > 0,
            note: assembled.breaks.isEmpty ? nil : "Brudd i serier ved kommunesammenslåing: "
                + Set(assembled.breaks.map { "\($0.region) \($0.year)" }).sorted().joined(separator: ", "))
        // The boundary check every import passes too (docs/importing.md): nothing impossible is stored.
        try FigureCheck.requireValid(assembled.observations, definitions: definitions, origin: "SSB (\(source.title))")
        let summary = try await store.importBatch(ImportBatch(source: source, observations: assembled.observations))
        var missing: [StatusSymbol: Int] = [:]
        for observation in assembled.observations where observation.value == nil {
            missing[observation.status ?? .missing, default: 0] += 1
        }
        return FetchReport(
            regions: regions.map(\.name), tables: fetches, summary: summary, missingBySymbol: missing,
            absent: assembled.absent, preliminary: preliminary, final: assembled.observations.count - preliminary,
            breaks: assembled.breaks, skipped: skipped)
    }

    private func fetchRegions(_ request: FetchRequest) throws -> [Region] {
        var regions: [Region] = []
        if let name = request.network {
            let network = try definitions.network(named: name)
            for member in network.members {
                let overlaps = (member.from ?? Int.min) <= request.years.upperBound && (member.to ?? Int.max) >= request.years.lowerBound
                if overlaps, let region = definitions.regions.region(id: member.region) { regions.append(region) }
            }
        }
        for name in request.municipalities {
            regions.append(try definitions.regions.find(name))
        }
        if request.groups { regions += definitions.regions.regions.filter { $0.kind == .kostraGroup } }
        if request.national { regions += definitions.regions.regions.filter { $0.kind == .country } }
        var seen = Set<RegionID>()
        regions = regions.filter { seen.insert($0.id).inserted }
        guard !regions.isEmpty else {
            throw FetchRunError.nothingToFetch("no regions chosen; give --network, --municipality, --include, --groups or --national")
        }
        return regions
    }

    /// The indicators asked for, plus the numerators and denominators derived ones need.
    private func fetchIndicators(_ request: FetchRequest, recipes: RecipeBook) throws -> [IndicatorID] {
        let asked = request.indicators ?? definitions.catalog.indicators.map(\.id)
        var result: [IndicatorID] = []
        for id in asked {
            guard let indicator = definitions.catalog.indicator(id: id) else {
                throw ModelError.unknownIndicator(id, suggestions: [])
            }
            result.append(id)
            if recipes.recipe(for: id)?.method == .derived {
                result += [indicator.numerator, indicator.denominator].compactMap { $0 }
            }
        }
        var seen = Set<IndicatorID>()
        return result.filter { seen.insert($0).inserted }
    }

    /// An answer must have the query's variables and only the region codes asked for.
    private static func check(_ dataset: JSONStatDataset, answers part: FetchedPart, plan: FetchPlanner.TablePlan) throws {
        let asked = Set(part.query.selections.map { $0.variable.lowercased() })
        for (position, dimension) in dataset.dimensions.enumerated() where !asked.contains(dimension.id.lowercased()) {
            throw FetchRunError.unexpectedAnswer(
                url: part.url, reason: "unknown dimension \(dimension.id) (position \(position + 1) of \"id\"), which the query did not select")
        }
        guard let regionVariable = plan.parts.first?.part.regionVariable,
            let region = dataset.dimensions.first(where: { $0.id.lowercased() == regionVariable.lowercased() })
        else { return }
        let wanted = Set(part.query.selection(for: regionVariable)?.filter.explicitCodes ?? [])
        for (position, code) in region.codes.enumerated() where !wanted.contains(code) {
            throw FetchRunError.unexpectedAnswer(
                url: part.url, reason: "unknown municipality code \(code) at position \(position + 1) of dimension \(region.id), which the query did not ask for")
        }
    }

    private static func isPreliminary(table: String, year: Int, kostra: Set<String>, newest: [String: Int], updated: [String: Date]) -> Bool {
        guard kostra.contains(table), newest[table] == year, let updated = updated[table] else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let revision = calendar.date(from: DateComponents(year: year + 1, month: 6, day: 1)) else { return false }
        return updated < revision
    }
}
