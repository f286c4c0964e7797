import KostraFetch
import KostraImport
import KostraModel

/// The recipes for one file's table, resolved against the file's own categories the way
/// `kostra fetch` resolves them against SSB's metadata (``RecipeResolver``): the confirmed code
/// when the file has it, else the recipe's label matched after normalising (``LabelMatch``).
///
/// This is what lets a Statbank export written with texts only ("Sosialhjelpstilfeller
/// (antall)" where the code export has `KOSsosialhjelp0000`) import, and what reads the parts
/// known only by their label from a code export. A contents category no part resolves to is
/// reported as skipped with the reason, never guessed.
struct FileRecipes {
    /// The recipes with the parts reading the table replaced by their resolved form (contents
    /// and filters named by the file's own codes, which in a text export are the labels).
    var book: RecipeBook
    /// The cells of contents categories no recipe part reads, each with why.
    var skipped: [SkippedCell]

    init(table: JSONStatDataset, recipes: RecipeBook) {
        guard let id = table.tableID, let contents = table.dimension("ContentsCode") ?? table.dimension(role: .metric) else {
            self.init(book: recipes, skipped: [])
            return
        }
        let metadata = Self.metadata(of: table, id: id)
        let resolver = RecipeResolver()
        var resolvedByIndicator: [IndicatorID: [RecipePart: RecipePart]] = [:]
        var read = Set<String>()
        var ambiguous = Set<String>()
        for (recipe, part) in recipes.parts(reading: id) {
            let resolution = resolver.resolve(indicator: recipe.indicator, part: part, metadata: metadata)
            if let resolved = resolution.resolved, let code = resolved.contents {
                resolvedByIndicator[recipe.indicator, default: [:]][part] = resolved
                read.insert(code)
            } else if let code = part.contents, contents.position(of: code) != nil {
                // Resolution can fail on a filter the file lacks; the part then reads what it can, as before.
                read.insert(code)
            } else if let label = part.contentsLabel {
                let matches = LabelMatch.codes(labelled: label, in: contents.codes) { contents.label(of: $0) ?? $0 }
                if matches.count > 1 { ambiguous.formUnion(matches) }
            }
        }
        let recipesWithResolvedParts = recipes.recipes.map { recipe -> Recipe in
            guard let resolved = resolvedByIndicator[recipe.indicator] else { return recipe }
            var copy = recipe
            copy.parts = recipe.parts?.map { resolved[$0] ?? $0 }
            return copy
        }
        let unread = contents.codes.filter { !read.contains($0) }
        self.init(
            book: RecipeBook(recipes: recipesWithResolvedParts),
            skipped: Self.skippedCells(of: unread, in: table, contents: contents, ambiguous: ambiguous))
    }

    private init(book: RecipeBook, skipped: [SkippedCell]) {
        self.book = book
        self.skipped = skipped
    }

    /// Why a contents category is not read; one wording per reason, as the import counts by it.
    static let noRecipe =
        "contents matches no recipe for this table (labels are compared after normalising case, spaces, dashes and punctuation; nothing is guessed)"
    static let ambiguousLabel = "contents label shared with another category after normalising, so neither is read (nothing is guessed)"

    /// The file's table as the metadata the resolver reads: each dimension's codes and labels.
    static func metadata(of table: JSONStatDataset, id: String) -> TableMetadata {
        let dimensions = table.dimensions.map { dimension in
            TableMetadata.Dimension(
                id: dimension.id, label: dimension.label ?? dimension.id, codes: dimension.codes,
                labels: Dictionary(zip(dimension.codes, dimension.labels), uniquingKeysWith: { first, _ in first }))
        }
        return TableMetadata(table: id, label: table.label ?? id, updated: nil, dimensions: dimensions)
    }

    /// Every cell with a figure or a status in the unread categories, named by its codes; a
    /// category without a code (a text export) is named by its label in «».
    static func skippedCells(
        of unread: [String], in table: JSONStatDataset, contents: JSONStatDimension, ambiguous: Set<String>
    ) -> [SkippedCell] {
        guard !unread.isEmpty, let axis = table.dimensions.firstIndex(where: { $0.id == contents.id }) else { return [] }
        let positions = Set(unread.compactMap { contents.position(of: $0) })
        var skipped: [SkippedCell] = []
        for index in 0..<table.count where !table.isMissing(at: index) {
            let cell = table.positions(at: index)
            guard cell.count == table.dimensions.count, positions.contains(cell[axis]) else { continue }
            let place = zip(table.dimensions, cell).map { dimension, position -> String in
                let code = dimension.codes[position]
                let shown = dimension.id == contents.id && code == dimension.labels[position] ? "«\(code)»" : code
                return "\(dimension.id)=\(ImportError.excerpt(shown))"
            }.joined(separator: ", ")
            let code = contents.codes[cell[axis]]
            skipped.append(SkippedCell(place: place, reason: ambiguous.contains(code) ? ambiguousLabel : noRecipe))
        }
        return skipped
    }
}
