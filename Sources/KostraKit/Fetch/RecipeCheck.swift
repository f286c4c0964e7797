public import KostraFetch
public import KostraModel

/// Checks a resolved recipe part against a table's own metadata before it is relied on:
/// every variable and code it names must exist, and every variable it leaves out must be one
/// SSB allows to be left out (eliminated).
public enum RecipeCheck {
    /// What does not match, one sentence each; empty when the part fits the table.
    public static func problems(_ part: RecipePart, metadata: TableMetadata) -> [String] {
        var problems: [String] = []
        func require(_ variable: String, codes: [String]) {
            guard let dimension = metadata.dimension(variable) else {
                problems.append("table \(metadata.table) has no variable \(variable)")
                return
            }
            let unknown = codes.filter { dimension.code(matching: $0) == nil }
            if !unknown.isEmpty {
                problems.append("variable \(variable) of table \(metadata.table) has no code \(unknown.joined(separator: ", "))")
            }
        }
        if metadata.dimension(part.regionVariable) == nil {
            problems.append("table \(metadata.table) has no region variable \(part.regionVariable)")
        }
        if metadata.dimension(part.time) == nil {
            problems.append("table \(metadata.table) has no time variable \(part.time)")
        }
        if let contents = part.contents {
            require("ContentsCode", codes: [contents])
        } else {
            problems.append("the recipe has no ContentsCode for table \(metadata.table)")
        }
        for (variable, codes) in part.filters.sorted(by: { $0.key < $1.key }) {
            require(variable, codes: codes)
        }
        let named = Set(([part.regionVariable, part.time, "ContentsCode"] + part.filters.keys).map { $0.lowercased() })
        for dimension in metadata.dimensions where !named.contains(dimension.id.lowercased()) {
            if dimension.elimination == false, dimension.codes.count > 1 {
                problems.append("table \(metadata.table) requires a selection for \(dimension.id), which the recipe does not give")
            }
        }
        return problems
    }
}
