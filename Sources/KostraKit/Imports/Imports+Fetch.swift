public import Foundation
public import KostraFetch
import KostraImport
public import KostraModel
import KostraStore

extension Imports {
    /// The client settings a request asks for: SSB's endpoints and limits, with the request's
    /// API base, cache folder and offline mode.
    public static func fetchConfiguration(for request: FetchRequest) -> FetchConfiguration {
        var configuration = FetchConfiguration(offline: request.offline)
        if let apiBase = request.apiBase { configuration.apiBase = apiBase }
        if let cache = request.cacheDirectory { configuration.cacheDirectory = cache }
        return configuration
    }

    /// Fetches the figures the catalogue needs for the request's regions and years from SSB,
    /// follows every municipality through its codes, and stores the result.
    ///
    /// Every recipe part is first resolved against its table's metadata (``RecipeResolver``:
    /// the analyst's pin, the confirmed code, or SSB's label). A table SSB says is gone (404),
    /// a query SSB refuses (400) or a recipe that does not resolve skips only the indicators
    /// that need it; they are named in ``FetchReport/skippedIndicators`` and the report is
    /// ``FetchReport/isPartial``. Any other failed request or unreadable answer throws before
    /// anything is written. Figures are stored in one batch per set of tables they came from,
    /// each all or nothing, with the resolution of every part in the source's note.
    /// - Parameters:
    ///   - configuration: client settings; built from the request when `nil` (tests pass their own).
    ///   - recipes: the recipes to start from; the bundled ones when `nil`. The user recipe
    ///     file (``FetchRequest/recipesFile``) is applied on top.
    ///   - progress: called after each table.
    public func fetch(
        _ request: FetchRequest, configuration: FetchConfiguration? = nil, recipes: RecipeBook? = nil, now: Date = Date(),
        progress: @Sendable (FetchProgress) -> Void = { _ in }
    ) async throws -> FetchReport {
        let active = try ActiveRecipes.load(base: recipes, file: request.recipesFile)
        let recipes = active.book
        let resolver = active.resolver
        let configuration = configuration ?? Self.fetchConfiguration(for: request)
        let regions = try fetchRegions(request)
        let indicators = try fetchIndicators(request, recipes: recipes)
        var skipped = indicators.compactMap { id -> SkippedIndicator? in
            guard let recipe = recipes.recipe(for: id) else { return nil }
            switch recipe.method {
            case .imported:
                return SkippedIndicator(
                    indicator: id, table: nil, era: nil, kind: .notFromSSB, reason: "not from SSB: \(recipe.importedFrom ?? recipe.source)")
            case .unavailable:
                return SkippedIndicator(indicator: id, table: nil, era: nil, kind: .notFromSSB, reason: "no SSB source (\(recipe.confidence))")
            case .sum, .ratio, .derived:
                return nil
            }
        }
        let client = PxWebClient(configuration: configuration, logger: workspace.logger)
        let planner = FetchPlanner(definitions: definitions, recipes: recipes, regions: regions, years: request.years)
        let tables = planner.partsByTable(indicators: indicators)
        guard !tables.isEmpty else {
            throw FetchRunError.nothingToFetch("none of the indicators has an SSB recipe for \(request.years.lowerBound)–\(request.years.upperBound)")
        }
        // SSB's own limits; without /config (an old mirror, an offline cache without it) the configured ones stand.
        _ = try? await client.config()
        var cells: [RecipeCell] = []
        var fetches: [FetchReport.TableFetch] = []
        var updated: [String: Date] = [:]
        var newestYear: [String: Int] = [:]
        var kostraTables = Set<String>()
        var resolutions: [PartResolution] = []
        var skippedParts = Set<RecipeAssembly.SkipKey>()
        func skip(_ recipe: Recipe, _ part: RecipePart, _ kind: SkippedIndicator.Kind, _ reason: String) {
            skippedParts.insert(RecipeAssembly.SkipKey(indicator: recipe.indicator, table: part.table))
            skipped.append(SkippedIndicator(indicator: recipe.indicator, table: part.table, era: part.era, kind: kind, reason: reason))
        }
        for (index, entry) in tables.enumerated() {
            progress(FetchProgress(done: index, total: tables.count, message: "table \(entry.table): metadata"))
            let metadata: TableMetadata
            do {
                metadata = try await client.metadata(table: entry.table)
            } catch let error {
                guard let (kind, reason) = Self.skippable(error) else { throw error }
                for (recipe, part) in entry.parts { skip(recipe, part, kind, reason) }
                continue
            }
            var fitting: [(recipe: Recipe, part: RecipePart)] = []
            for (recipe, part) in entry.parts {
                let resolution = resolver.resolve(
                    indicator: recipe.indicator, part: part, metadata: metadata,
                    hint: definitions.catalog.indicator(id: recipe.indicator)?.label)
                resolutions.append(resolution)
                if let resolved = resolution.resolved {
                    fitting.append((recipe, resolved))
                } else {
                    skip(recipe, part, .unresolved, "recipe unresolved against the table's metadata: \(resolution.reason)")
                }
            }
            guard let plan = planner.plan(table: entry.table, parts: fitting, metadata: metadata) else { continue }
            let parts: [FetchedPart]
            do {
                parts = try await client.data(plan.query)
            } catch let error {
                guard let (kind, reason) = Self.skippable(error) else { throw error }
                for (recipe, part) in plan.parts { skip(recipe, part, kind, reason) }
                continue
            }
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
            // What SSB's cell limit allows at best, next to what was sent (docs/fetching.md, "Planning").
            let tableCells = (try? await client.cellCount(plan.query)) ?? 0
            fetches.append(
                FetchReport.TableFetch(
                    table: entry.table, label: metadata.label, requests: parts.count, fromCache: parts.filter(\.fromCache).count,
                    urls: parts.map(\.url), cells: tableCells,
                    minimumRequests: QuerySplitter.minimumRequests(cells: tableCells, maxCells: await client.maxDataCells)))
            progress(
                FetchProgress(
                    done: index + 1, total: tables.count,
                    message: "table \(entry.table): \(parts.count) part\(parts.count == 1 ? "" : "s"), \(parts.filter(\.fromCache).count) from cache")
            )
        }
        skipped += dependencySkips(indicators: indicators, recipes: recipes, skipped: skipped)
        var assembled = RecipeAssembly(definitions: definitions, recipes: recipes).assemble(
            cells: cells, regions: regions, years: Array(request.years), indicators: indicators, skipped: skippedParts)
        let eraBreaks = Self.eraBreaks(indicators: indicators, recipes: recipes, catalog: definitions.catalog, regions: regions, years: request.years)
        assembled.breaks += eraBreaks
        // KOSTRA figures for the newest year are unrevised until SSB's June release.
        var preliminaryKeys = Set<ObservationKey>()
        var tablesOf: [ObservationKey: [String]] = [:]
        for observation in assembled.observations {
            let used = tablesUsed(by: observation, recipes: recipes)
            tablesOf[observation.key] = used
            if used.contains(where: {
                Self.isPreliminary(table: $0, year: observation.year, kostra: kostraTables, newest: newestYear, updated: updated)
            }) {
                preliminaryKeys.insert(observation.key)
            }
        }
        // The boundary check every import passes too (docs/importing.md): nothing impossible is stored.
        // Checked for every batch before the first is written, so a bad figure stores nothing.
        try FigureCheck.requireValid(
            assembled.observations, definitions: definitions,
            origin: "SSB (tabell \(fetches.map(\.table).joined(separator: ", ")))")
        // One batch per set of tables, so each figure's source names exactly the tables,
        // resolutions and breaks behind it.
        let groups = Dictionary(grouping: assembled.observations) { (tablesOf[$0.key] ?? []).joined(separator: ",") }
        var stored = 0
        var keptNewer = 0
        for key in groups.keys.sorted() {
            guard let observations = groups[key], !observations.isEmpty else { continue }
            let groupTables = key.split(separator: ",").map(String.init)
            let source = batchSource(
                tables: groupTables, observations: observations, fetches: fetches, updated: updated, now: now,
                preliminary: observations.contains { preliminaryKeys.contains($0.key) }, resolutions: resolutions,
                breaks: assembled.breaks, recipes: recipes)
            let summary = try await store.importBatch(ImportBatch(source: source, observations: observations))
            stored += summary.stored
            keptNewer += summary.keptNewer
        }
        var missing: [StatusSymbol: Int] = [:]
        for observation in assembled.observations where observation.value == nil {
            missing[observation.status ?? .missing, default: 0] += 1
        }
        return FetchReport(
            regions: regions.map(\.name), tables: fetches, summary: ImportOutcome(stored: stored, keptNewer: keptNewer),
            missingBySymbol: missing, absent: assembled.absent, preliminary: preliminaryKeys.count,
            final: assembled.observations.count - preliminaryKeys.count, breaks: assembled.breaks, skippedIndicators: skipped,
            resolutions: resolutions, recipeFile: active.userFile?.path)
    }

    /// A 404 (the table is gone) or 400 (SSB refused the query) skips the table's indicators;
    /// anything else stops the run.
    static func skippable(_ error: any Error) -> (SkippedIndicator.Kind, String)? {
        guard let error = error as? FetchError, case .httpStatus(let url, let status, let title, _) = error else { return nil }
        let said = title.map { " \"\($0)\"" } ?? ""
        if status == 404 || title == "Non-existent table" {
            return (
                .tableMissing,
                "SSB answered HTTP \(status)\(said) for \(url): the table is gone or renamed; find its successor with 'kostra tables search'"
            )
        }
        if status == 400 {
            return (.rejected, "SSB refused the query with HTTP 400\(said) for \(url); check the codes with 'kostra recipes check'")
        }
        return nil
    }

    /// Derived indicators whose numerator or denominator was skipped for an SSB reason.
    private func dependencySkips(indicators: [IndicatorID], recipes: RecipeBook, skipped: [SkippedIndicator]) -> [SkippedIndicator] {
        let gone = Dictionary(grouping: skipped.filter(\.makesPartial), by: \.indicator)
        var result: [SkippedIndicator] = []
        for id in indicators where recipes.recipe(for: id)?.method == .derived {
            guard let indicator = definitions.catalog.indicator(id: id) else { continue }
            for part in [indicator.numerator, indicator.denominator].compactMap({ $0 }) {
                for entry in gone[part] ?? [] {
                    result.append(
                        SkippedIndicator(
                            indicator: id, table: entry.table, era: entry.era, kind: .dependency,
                            reason: "computed from \(part), which was skipped"))
                }
            }
        }
        return result
    }

    /// Where an indicator's recipe changes table between eras and the later part states a
    /// definition change, its series is broken in the first year of the later era.
    static func eraBreaks(
        indicators: [IndicatorID], recipes: RecipeBook, catalog: IndicatorCatalog, regions: [Region], years: ClosedRange<Int>
    ) -> [SeriesBreak] {
        func changes(_ id: IndicatorID) -> [(year: Int, tables: String)] {
            guard let parts = recipes.recipe(for: id)?.parts else { return [] }
            return parts.compactMap { part in
                guard let from = part.years?.from, part.seriesBreak != nil, from > years.lowerBound, from <= years.upperBound,
                    let previous = parts.first(where: { $0.covers(from - 1) })
                else { return nil }
                return (from, "\(previous.table) → \(part.table)")
            }
        }
        var breaks: [SeriesBreak] = []
        for id in indicators {
            var found: [Int: [String]] = [:]
            for change in changes(id) { found[change.year, default: []].append(change.tables) }
            if recipes.recipe(for: id)?.method == .derived, let indicator = catalog.indicator(id: id) {
                for part in [indicator.numerator, indicator.denominator].compactMap({ $0 }) {
                    for change in changes(part) { found[change.year, default: []].append("\(change.tables) in \(part)") }
                }
            }
            for (year, tables) in found {
                let reason =
                    "new table from \(year) (\(tables.joined(separator: ", "))): SSB changed table and definition; see the recipe's seriesBreak"
                for region in regions {
                    breaks.append(SeriesBreak(region: region.id, indicator: id, year: year, reason: reason, isEraChange: true))
                }
            }
        }
        return breaks
    }

    /// The tables one stored figure came from: its own part's, or its numerator's and denominator's.
    private func tablesUsed(by observation: Observation, recipes: RecipeBook) -> [String] {
        guard let recipe = recipes.recipe(for: observation.indicator) else { return [] }
        var ids = [observation.indicator]
        if recipe.method == .derived, let indicator = definitions.catalog.indicator(id: observation.indicator) {
            ids = [indicator.numerator, indicator.denominator].compactMap { $0 }
        }
        let tables = ids.compactMap { recipes.recipe(for: $0)?.part(for: observation.year)?.table }
        return Array(Set(tables)).sorted()
    }

    /// The source of one batch: its tables, their URLs, and in the note how each part was
    /// resolved (code, label, pin and file) and where its series break.
    private func batchSource(
        tables: [String], observations: [Observation], fetches: [FetchReport.TableFetch], updated: [String: Date], now: Date,
        preliminary: Bool, resolutions: [PartResolution], breaks: [SeriesBreak], recipes: RecipeBook
    ) -> DataSource {
        var ids = Set<IndicatorID>()
        for observation in observations {
            ids.insert(observation.indicator)
            if recipes.recipe(for: observation.indicator)?.method == .derived,
                let indicator = definitions.catalog.indicator(id: observation.indicator)
            {
                ids.formUnion([indicator.numerator, indicator.denominator].compactMap { $0 })
            }
        }
        var lines = resolutions.filter { ids.contains($0.indicator) && tables.contains($0.part.table) && $0.isResolved }
            .map(\.provenance)
        let own = Set(observations.map(\.indicator))
        let relevant = breaks.filter { own.contains($0.indicator) }
        let mergers = Set(relevant.filter { !$0.isEraChange }.map { "\($0.region) \($0.year)" })
        if !mergers.isEmpty { lines.append("Brudd i serier ved kommunesammenslåing: " + mergers.sorted().joined(separator: ", ")) }
        let eras = Set(relevant.filter(\.isEraChange).map { "\($0.indicator) \($0.year)" })
        if !eras.isEmpty { lines.append("Brudd i serier ved tabellskifte (ny tabell og definisjon): " + eras.sorted().joined(separator: ", ")) }
        let used = fetches.filter { tables.contains($0.table) }
        return DataSource(
            kind: .ssb, title: "SSB Statistikkbanken: tabell \(tables.joined(separator: ", "))",
            reference: used.map { "\($0.table): \($0.urls.joined(separator: " "))" }.joined(separator: "\n"),
            publishedAt: tables.compactMap { updated[$0] }.max(), retrievedAt: now, preliminary: preliminary,
            note: lines.isEmpty ? nil : lines.joined(separator: "\n"))
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
                url: part.url,
                reason: "unknown municipality code \(code) at position \(position + 1) of dimension \(region.id), which the query did not ask for")
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
