public import Foundation

/// The recipes for every catalogue indicator, read from `Resources/recipes.json`.
public struct RecipeBook: Sendable {
    public let recipes: [Recipe]
    private let byIndicator: [IndicatorID: Recipe]

    public init(recipes: [Recipe]) {
        self.recipes = recipes
        self.byIndicator = Dictionary(recipes.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The recipe for an indicator, if there is one.
    public func recipe(for indicator: IndicatorID) -> Recipe? { byIndicator[indicator] }

    /// Recipes that read a table, with the part that does.
    public func parts(reading table: String) -> [(recipe: Recipe, part: RecipePart)] {
        recipes.flatMap { recipe in (recipe.parts ?? []).filter { $0.table == table }.map { (recipe, $0) } }
    }

    /// This book with `overrides` in place of the recipes for the same indicators (a user
    /// recipe file wins over the bundled one); recipes for new indicators are added.
    public func overridden(by overrides: [Recipe]) -> RecipeBook {
        guard !overrides.isEmpty else { return self }
        let replaced = Set(overrides.map(\.indicator))
        var ordered: [Recipe] = []
        for recipe in recipes {
            if replaced.contains(recipe.indicator) {
                ordered += overrides.filter { $0.indicator == recipe.indicator }.prefix(1)
            } else {
                ordered.append(recipe)
            }
        }
        let added = overrides.filter { override in !recipes.contains { $0.indicator == override.indicator } }
        return RecipeBook(recipes: ordered + added)
    }

    /// The recipes bundled with the tool (read once).
    public static func bundled() throws(ModelError) -> RecipeBook {
        try cached.get()
    }

    private static let cached: Result<RecipeBook, ModelError> = Result { () throws(ModelError) in
        let folder = try ResourceFolder.url(module: "KostraModel", subfolder: "Resources")
        let social = try load(from: folder.appendingPathComponent("recipes.json"))
        // The other areas' recipes sit with their indicators in areas.json.
        let areas: AreasFile = try Definitions.decode(AreasFile.name, in: folder)
        return RecipeBook(recipes: social.recipes + areas.recipes)
    }

    /// Reads a recipes file.
    public static func load(from url: URL) throws(ModelError) -> RecipeBook {
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
            return RecipeBook(recipes: file.recipes)
        } catch {
            throw .unreadableDefinitions(file: url.path, reason: String(describing: error))
        }
    }

    private struct File: Decodable {
        var recipes: [Recipe]
    }
}
