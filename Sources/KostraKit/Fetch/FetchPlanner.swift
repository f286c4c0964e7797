import KostraFetch
import KostraModel

/// Decides, from the recipes and a table's metadata, what to ask SSB for: one query per
/// table covering every region code (own and predecessors') and year the run needs.
struct FetchPlanner {
    let definitions: Definitions
    let recipes: RecipeBook
    let regions: [Region]
    let years: ClosedRange<Int>

    /// The resolved recipe parts of one table, and the query that reads them.
    struct TablePlan {
        var table: String
        var parts: [(recipe: Recipe, part: RecipePart)]
        var query: PxWebQuery
        /// The region codes asked for, to check the answer against.
        var codes: Set<String>
    }

    /// Parts grouped by table, for the indicators of the run, in table order.
    func partsByTable(indicators: [IndicatorID]) -> [(table: String, parts: [(recipe: Recipe, part: RecipePart)])] {
        var grouped: [String: [(recipe: Recipe, part: RecipePart)]] = [:]
        for indicator in indicators {
            guard let recipe = recipes.recipe(for: indicator), recipe.method == .sum || recipe.method == .ratio else { continue }
            // Each era's part is read only for the years it covers.
            for part in recipe.parts ?? [] where years.contains(where: part.covers) {
                grouped[part.table, default: []].append((recipe, part))
            }
        }
        return grouped.keys.sorted().map { ($0, grouped[$0] ?? []) }
    }

    /// The query for one table's resolved parts (codes filled in by ``RecipeResolver``), or
    /// `nil` when nothing is there to ask for (no part, or no region code or year in the table).
    func plan(table: String, parts fitting: [(recipe: Recipe, part: RecipePart)], metadata: TableMetadata) -> TablePlan? {
        guard let first = fitting.first?.part,
            let regionDimension = metadata.dimension(first.regionVariable),
            let timeDimension = metadata.dimension(first.time)
        else { return nil }
        let assembly = RecipeAssembly(definitions: definitions, recipes: recipes)
        var codes = Set<String>()
        var tableYears = Set<String>()
        for (_, part) in fitting {
            for year in years where part.covers(year) {
                tableYears.insert(String(part.tableYear(for: year)))
                for region in regions {
                    let (own, predecessors, _) = assembly.codes(for: region, part: part, year: year)
                    codes.formUnion((own.map { [$0] } ?? []) + predecessors)
                }
            }
        }
        // Codes and years the table does not have are not asked for (SSB would refuse the
        // query); the assembly reports those figures as absent.
        let regionCodes = regionDimension.codes.filter(codes.contains)
        let timeCodes = timeDimension.codes.filter(tableYears.contains)
        guard !regionCodes.isEmpty, !timeCodes.isEmpty else { return nil }
        var filters: [String: [String]] = ["contentscode": fitting.compactMap(\.part.contents)]
        for (_, part) in fitting {
            for (variable, values) in part.filters { filters[variable.lowercased(), default: []] += values }
        }
        // Selections in the table's own variable order, so the URL (the cache key) is stable.
        var selections: [VariableSelection] = []
        for dimension in metadata.dimensions {
            let id = dimension.id.lowercased()
            if id == regionDimension.id.lowercased() {
                selections.append(.codes(dimension.id, regionCodes))
            } else if id == timeDimension.id.lowercased() {
                selections.append(.codes(dimension.id, timeCodes))
            } else if let values = filters[id] {
                let wanted = Set(values.map { $0.lowercased() })
                selections.append(.codes(dimension.id, dimension.codes.filter { wanted.contains($0.lowercased()) }))
            }
        }
        return TablePlan(table: table, parts: fitting, query: PxWebQuery(table: table, selections: selections), codes: Set(regionCodes))
    }
}
