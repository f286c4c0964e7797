import KostraImport
import KostraModel

/// Turns a decoded SSB table (from JSON-stat or a Statbank CSV) into catalogue figures.
///
/// The mapping needs recipes: which table and contents code give which catalogue
/// indicator. No recipe ships yet (they arrive with `kostra fetch`), so every table
/// is refused with the table number and contents codes that no recipe maps, which is
/// what an unmapped file must get. `importFile` calls nothing but
/// ``observations(from:origin:definitions:)``, so the recipes plug in here alone.
enum TableMapping {
    static func observations(
        from table: JSONStatDataset, origin: String, definitions: Definitions
    ) throws -> [Observation] {
        let contents = table.dimension(role: .metric) ?? table.dimension("ContentsCode")
        throw ImportError.noRecipe(file: origin, table: table.tableID ?? "(no table number)", contents: contents?.codes ?? [])
    }
}
