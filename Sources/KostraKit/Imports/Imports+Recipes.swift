public import Foundation
public import KostraFetch
public import KostraModel
public import Logging

extension Imports {
    /// Resolves every recipe against its tables' metadata (from SSB, or from the cache when
    /// `configuration.offline`) and says which profile indicators cannot be filled.
    ///
    /// Needs no database: only the definitions, the recipes and the metadata.
    public static func checkRecipes(
        definitions: Definitions, configuration: FetchConfiguration, recipesFile: URL? = nil, recipes: RecipeBook? = nil,
        logger: Logger = Workspace.quietLogger
    ) async throws -> RecipeCheckReport {
        let active = try ActiveRecipes.load(base: recipes, file: recipesFile)
        let resolver = active.resolver
        let client = PxWebClient(configuration: configuration, logger: logger)
        var metadata: [String: Result<TableMetadata, FetchError>] = [:]
        var rows: [String: RecipeCheckReport.Row] = [:]
        for recipe in active.book.recipes {
            var parts: [RecipeCheckReport.Part] = []
            for part in recipe.parts ?? [] {
                if metadata[part.table] == nil {
                    do {
                        metadata[part.table] = .success(try await client.metadata(table: part.table))
                    } catch {
                        metadata[part.table] = .failure(error)
                    }
                }
                switch metadata[part.table] {
                case .success(let found)?:
                    let resolution = resolver.resolve(
                        indicator: recipe.indicator, part: part, metadata: found,
                        hint: definitions.catalog.indicator(id: recipe.indicator)?.label)
                    parts.append(.init(table: part.table, era: part.era, resolution: resolution, failure: nil))
                case .failure(let error)?:
                    let reason = skippable(error)?.1 ?? error.localizedDescription
                    parts.append(.init(table: part.table, era: part.era, resolution: nil, failure: reason))
                case nil:
                    break
                }
            }
            rows[recipe.indicator] = RecipeCheckReport.Row(
                indicator: recipe.indicator, recipe: recipe, parts: parts, inProfile: false, resolvable: false, reason: nil)
        }
        // Derived indicators resolve when what they are computed from does.
        func settle(_ id: IndicatorID, depth: Int = 0) -> (Bool, String?) {
            guard let row = rows[id], depth < 4 else { return (false, "no recipe") }
            switch row.recipe.method {
            case .imported: return (true, nil)
            case .unavailable: return (false, "no SSB table, code or publisher's file was found")
            case .sum, .ratio:
                if row.parts.isEmpty { return (false, "the recipe has no parts") }
                let open = row.parts.filter { !$0.isResolved }.map { "\($0.table) \($0.era)" }
                return open.isEmpty ? (true, nil) : (false, "parts not resolved: \(open.joined(separator: ", "))")
            case .derived:
                guard let indicator = definitions.catalog.indicator(id: id) else { return (false, "not in the catalogue") }
                let needs = [indicator.numerator, indicator.denominator].compactMap { $0 }
                let open = needs.filter { !settle($0, depth: depth + 1).0 }
                return open.isEmpty && !needs.isEmpty ? (true, nil) : (false, "needs \(open.joined(separator: " and ")), which cannot be resolved")
            }
        }
        // The check speaks of social services' profile: the other areas' recipes are imported-only
        // (docs/areas.md) and have nothing to resolve against SSB's metadata.
        let profileIDs = definitions.catalog.profile(id: "sosial")?.indicators ?? []
        let profile = Set(profileIDs)
        var ordered: [RecipeCheckReport.Row] = []
        for recipe in active.book.recipes {
            guard var row = rows[recipe.indicator] else { continue }
            (row.resolvable, row.reason) = settle(recipe.indicator)
            row.inProfile = profile.contains(recipe.indicator)
            ordered.append(row)
        }
        let unresolved = profileIDs.filter { id in !(ordered.first { $0.indicator == id }?.resolvable ?? false) }
        return RecipeCheckReport(
            rows: ordered, recipeFile: active.userFile?.path, unresolvedProfileIndicators: unresolved,
            profileIndicatorCount: profileIDs.count)
    }

    /// Pins a dimension of one recipe part to codes in the user recipe file, replacing an
    /// earlier pin of the same dimension. Returns the file written.
    @discardableResult
    public static func pinRecipe(
        indicator: IndicatorID, table: String, dimension: String, codes: [String], recipesFile: URL? = nil, recipes: RecipeBook? = nil
    ) throws -> URL {
        let url = recipesFile ?? UserRecipes.defaultURL()
        let active = try ActiveRecipes.load(base: recipes, file: url)
        guard let recipe = active.book.recipe(for: indicator) else {
            throw RecipeFileError.badPin("no recipe for the indicator '\(indicator)'. Run 'kostra recipes check' to list them.")
        }
        let tables = (recipe.parts ?? []).map(\.table)
        guard tables.contains(table) else {
            let known = tables.isEmpty ? "it has no SSB parts (\(recipe.method.rawValue))" : "its parts read table \(tables.joined(separator: ", "))"
            throw RecipeFileError.badPin("the recipe for \(indicator) has no part reading table \(table); \(known).")
        }
        let codes = codes.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !dimension.isEmpty, !codes.isEmpty else {
            throw RecipeFileError.badPin(
                "give the dimension and code as DIMENSION=CODE (several codes as CODE,CODE), e.g. ContentsCode=KOSsosant0000.")
        }
        if dimension.lowercased() == "contentscode", codes.count != 1 {
            throw RecipeFileError.badPin("ContentsCode takes exactly one code, not \(codes.count).")
        }
        var user = try UserRecipes.load(from: url)
        user.pins.removeAll { $0.applies(to: indicator, table: table, dimension: dimension) }
        user.pins.append(RecipePin(indicator: indicator, table: table, dimension: dimension, codes: codes))
        try user.save(to: url)
        return url
    }

    /// Removes a pin from the user recipe file. Returns the file written.
    @discardableResult
    public static func unpinRecipe(indicator: IndicatorID, table: String, dimension: String, recipesFile: URL? = nil) throws -> URL {
        let url = recipesFile ?? UserRecipes.defaultURL()
        var user = try UserRecipes.load(from: url)
        let before = user.pins.count
        user.pins.removeAll { $0.applies(to: indicator, table: table, dimension: dimension) }
        guard user.pins.count < before else {
            throw RecipeFileError.noSuchPin(indicator: indicator, table: table, dimension: dimension, file: url.path)
        }
        try user.save(to: url)
        return url
    }

    /// One page of SSB's table list for a search (`kostra tables search`).
    public static func searchTables(
        _ words: String, page: Int, pageSize: Int, includeDiscontinued: Bool, configuration: FetchConfiguration,
        logger: Logger = Workspace.quietLogger
    ) async throws -> TableList {
        let client = PxWebClient(configuration: configuration, logger: logger)
        return try await client.tables(matching: words, pageNumber: page, pageSize: pageSize, includeDiscontinued: includeDiscontinued)
    }

    /// A table's metadata: its dimensions, codes and labels (`kostra table ID`).
    public static func tableMetadata(
        _ table: String, configuration: FetchConfiguration, logger: Logger = Workspace.quietLogger
    ) async throws -> TableMetadata {
        let client = PxWebClient(configuration: configuration, logger: logger)
        return try await client.metadata(table: table)
    }
}
