public import KostraImport
public import KostraModel

/// Turns decoded SSB tables (a fetched JSON-stat answer, a JSON-stat file or a Statbank CSV,
/// all as ``JSONStatDataset``) into catalogue observations through the recipes.
///
/// `kostra fetch` and `kostra import FILE` share this path, so a figure means the same
/// whichever way it came in.
public enum RecipeMapping {
    /// Reads the figures the recipes name out of one decoded table.
    ///
    /// For every recipe part that reads `table`, and every region code and year in the
    /// dataset, it sums the cells the part's contents code and filters select. A part whose
    /// variables or codes the dataset lacks is left out (the dataset does not hold that figure).
    /// - Parameter table: the table id; the dataset's own (`extension.px.tableid`) when `nil`.
    public static func cells(from dataset: JSONStatDataset, table: String? = nil, recipes: RecipeBook) -> [RecipeCell] {
        guard let table = table ?? dataset.tableID else { return [] }
        var cells: [RecipeCell] = []
        for (recipe, part) in recipes.parts(reading: table) {
            cells += self.cells(from: dataset, table: table, recipe: recipe, part: part)
        }
        return cells
    }

    /// The catalogue observations in one decoded table, for every region of the registry
    /// whose codes it holds.
    ///
    /// This is the entry point for file imports (JSON-stat and Statbank CSV): region codes
    /// are followed to the tool's regions year by year, merged municipalities get their
    /// predecessors' counts summed, and ratios derived from a numerator and denominator
    /// found in the same table are computed.
    /// - Parameter table: the table id; the dataset's own (`extension.px.tableid`) when `nil`.
    public static func observations(
        from dataset: JSONStatDataset, table: String? = nil, definitions: Definitions, recipes: RecipeBook
    ) -> RecipeAssembly.Result {
        let cells = self.cells(from: dataset, table: table, recipes: recipes)
        let indicators = Set(cells.map(\.key.indicator))
        let tableYears = Set(cells.map(\.key.tableYear))
        var years = Set<Int>()
        for indicator in indicators {
            for part in recipes.recipe(for: indicator)?.parts ?? [] {
                years.formUnion(tableYears.map(part.statisticsYear(forTableYear:)).filter(part.covers))
            }
        }
        let present = Set(cells.map(\.key.code))
        let regions = definitions.regions.regions.filter { region in
            region.codes.contains { present.contains($0.code) }
        }
        let assembly = RecipeAssembly(definitions: definitions, recipes: recipes)
        return assembly.assemble(
            cells: cells, regions: regions, years: years.sorted(), indicators: indicators.sorted(), skipAbsent: true)
    }

    static func cells(from dataset: JSONStatDataset, table: String, recipe: Recipe, part: RecipePart) -> [RecipeCell] {
        cells(from: [dataset], table: table, recipe: recipe, part: part)
    }

    /// The cells of one recipe part in the parts of a split answer, put back together: each
    /// selected cell is looked up in whichever part holds it (a split divides one variable's
    /// codes between the parts, so every cell is in exactly one).
    public static func cells(from datasets: [JSONStatDataset], table: String, recipe: Recipe, part: RecipePart) -> [RecipeCell] {
        struct Prepared {
            var dataset: JSONStatDataset
            var region: JSONStatDimension
            var time: JSONStatDimension
            var names: [String: String]
        }
        // A part known only by label is read once it is resolved against the table's metadata.
        guard let contentsCode = part.contents else { return [] }
        var prepared: [Prepared] = []
        var filterCodes: [String: Set<String>] = [:]
        for dataset in datasets {
            guard let region = dimension(part.regionVariable, in: dataset),
                let time = dimension(part.time, in: dataset),
                let contents = dimension("ContentsCode", in: dataset),
                contents.position(of: contentsCode) != nil
            else { continue }
            var names = ["contentscode": contents.id]
            var fits = true
            for variable in part.filters.keys {
                guard let found = dimension(variable, in: dataset) else { fits = false; break }
                names[variable.lowercased()] = found.id
                filterCodes[variable.lowercased(), default: []].formUnion(found.codes)
            }
            // Another variable with several categories splits the figure in a way the recipe
            // does not describe (e.g. by sex), so the part cannot be read from this dataset.
            let named = Set(names.values).union([region.id, time.id])
            guard fits, dataset.dimensions.allSatisfy({ named.contains($0.id) || $0.count == 1 }) else { continue }
            prepared.append(Prepared(dataset: dataset, region: region, time: time, names: names))
        }
        guard !prepared.isEmpty,
            part.filters.allSatisfy({ variable, codes in codes.allSatisfy { filterCodes[variable.lowercased()]?.contains($0) == true } })
        else { return [] }
        // Every combination of the filter categories, by lower-cased variable name.
        var combinations: [[String: String]] = [["contentscode": contentsCode]]
        for (variable, codes) in part.filters.sorted(by: { $0.key < $1.key }) {
            combinations = combinations.flatMap { combination in
                codes.map { code in combination.merging([variable.lowercased(): code]) { _, new in new } }
            }
        }
        var regionCodes: [String] = []
        var timeCodes: [String] = []
        var seenRegions = Set<String>()
        var seenTimes = Set<String>()
        for entry in prepared {
            for code in entry.region.codes where seenRegions.insert(code).inserted { regionCodes.append(code) }
            for code in entry.time.codes where seenTimes.insert(code).inserted { timeCodes.append(code) }
        }
        var cells: [RecipeCell] = []
        for timeCode in timeCodes {
            guard let tableYear = Int(timeCode) else { continue }
            for code in regionCodes {
                var sum = 0.0
                var status: StatusSymbol?
                var found = 0
                // A text cell is no figure: the whole figure is left out and reported by TableMapping.
                var hasText = false
                for combination in combinations {
                    var located: (dataset: JSONStatDataset, index: Int)?
                    for entry in prepared where entry.region.position(of: code) != nil && entry.time.position(of: timeCode) != nil {
                        var selection = [entry.region.id: code, entry.time.id: timeCode]
                        for (variable, value) in combination { selection[entry.names[variable] ?? variable] = value }
                        if let index = entry.dataset.flatIndex(for: selection) {
                            located = (entry.dataset, index)
                            break
                        }
                    }
                    guard let located else {
                        status = status ?? .missing
                        continue
                    }
                    found += 1
                    if located.dataset.text(at: located.index) != nil {
                        hasText = true
                    } else if let value = located.dataset.value(at: located.index) {
                        sum += value
                    } else {
                        status = status ?? located.dataset.status(at: located.index)?.symbol ?? .missing
                    }
                }
                guard found > 0, !hasText else { continue }
                let complete = found == combinations.count && status == nil
                let key = RecipeCell.Key(indicator: recipe.indicator, table: table, code: code, tableYear: tableYear)
                cells.append(RecipeCell(key: key, value: complete ? sum : nil, status: complete ? nil : status ?? .missing))
            }
        }
        return cells
    }

    /// SSB matches variable codes case-insensitively; so does this.
    private static func dimension(_ id: String, in dataset: JSONStatDataset) -> JSONStatDimension? {
        dataset.dimension(id) ?? dataset.dimensions.first { $0.id.lowercased() == id.lowercased() }
    }
}
