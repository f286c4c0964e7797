import KostraImport
import KostraModel

/// Turns a decoded SSB table (from JSON-stat or a Statbank CSV) into catalogue figures,
/// through the same recipes `kostra fetch` uses, so a figure means the same whichever way it came in.
enum TableMapping {
    static func observations(
        from table: JSONStatDataset, origin: String, definitions: Definitions
    ) throws -> [Observation] {
        let recipes = try RecipeBook.bundled()
        let result = RecipeMapping.observations(from: table, definitions: definitions, recipes: recipes)
        guard !result.observations.isEmpty else {
            // No recipe reads this table and contents code: say which, so the user can check the export.
            let contents = table.dimension(role: .metric) ?? table.dimension("ContentsCode")
            throw ImportError.noRecipe(file: origin, table: table.tableID ?? "(no table number)", contents: contents?.codes ?? [])
        }
        return result.observations
    }
}
