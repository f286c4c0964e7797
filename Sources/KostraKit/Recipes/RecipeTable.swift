public import KostraModel

/// The recipes as a Markdown table, for `docs/fetching.md` (a test keeps the page in step with the data).
public enum RecipeTable {
    public static func markdown(_ recipes: RecipeBook) -> String {
        var lines = [
            "| Indicator | Method | SSB table | Contents code | Filters | Years | Confidence | Verified |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for recipe in recipes.recipes {
            let parts = recipe.parts ?? []
            let tables = parts.map { $0.timeOffset == 0 ? $0.table : "\($0.table) (year + \($0.timeOffset))" }
            let contents = parts.map { part in
                part.contents ?? part.contentsLabel.map { "label «\($0)»" } ?? "unresolved"
            }
            let filters = parts.map { part in
                part.filters.sorted { $0.key < $1.key }.map { variable, codes in
                    codes.count > 4 ? "\(variable) \(codes[0])–\(codes[codes.count - 1])" : "\(variable) \(codes.joined(separator: ","))"
                }.joined(separator: "; ")
            }
            let years = parts.map { part in
                part.years.map { "\($0.from.map(String.init) ?? "")–\($0.to.map(String.init) ?? "")" } ?? "all"
            }
            let verified =
                recipe.verification.hasPrefix("unverified") || recipe.verification.hasPrefix("not checked")
                ? "no" : recipe.method == .derived ? "via parts" : recipe.method == .unavailable || recipe.method == .imported ? "–" : "yes"
            let method = recipe.method == .derived ? "derived (\(recipe.formula.split(separator: ",").first ?? ""))" : recipe.method.rawValue
            lines.append(
                "| \(recipe.indicator) | \(method) | \(cell(tables)) | \(cell(contents)) | \(cell(filters)) | \(cell(years)) | \(recipe.confidence) | \(verified) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ values: [String]) -> String {
        values.isEmpty || values.allSatisfy(\.isEmpty) ? "–" : values.joined(separator: " / ")
    }
}
