public import KostraModel

/// Where an indicator's series breaks because SSB changed table and definition between eras
/// (the recipe part that starts an era states `seriesBreak`), for series built from stored figures.
public enum RecipeEras {
    /// Norwegian notes by year, e.g. `[2022: "tabellskifte 12210 → 14019: tall før og etter 2022 kan ikke sammenlignes direkte"]`,
    /// for the indicator itself or the numerator and denominator it is computed from.
    public static func breaks(of indicator: Indicator, catalog: IndicatorCatalog, recipes: RecipeBook, years: [Int]) -> [Int: String] {
        var result: [Int: String] = [:]
        var ids = [indicator.id]
        if recipes.recipe(for: indicator.id)?.method == .derived {
            ids += [indicator.numerator, indicator.denominator].compactMap { $0 }
        }
        for id in ids {
            let parts = recipes.recipe(for: id)?.parts ?? []
            for part in parts {
                guard let from = part.years?.from, part.seriesBreak != nil, years.contains(from), from != years.first,
                    let previous = parts.first(where: { $0.covers(from - 1) })
                else { continue }
                result[from] = "tabellskifte \(previous.table) → \(part.table): tall før og etter \(from) kan ikke sammenlignes direkte"
            }
        }
        return result
    }
}
