import KostraImport
import KostraModel

/// Turns a decoded SSB table (from JSON-stat or a Statbank CSV) into catalogue figures,
/// through the same recipes `kostra fetch` uses, so a figure means the same whichever way it came in.
///
/// Every cell a recipe reads is either stored or counted as skipped with its reason (a county,
/// a region code the register does not know or not valid that year, a year the recipe does not
/// read, a contents category no recipe part reads), and every figure passes the
/// ``FigureValidator`` before it is stored.
enum TableMapping {
    struct Result {
        var observations: [Observation]
        var skipped: [SkippedCell]
    }

    static func observations(
        from decoded: JSONStatDataset, origin: String, definitions: Definitions
    ) throws -> Result {
        let bundled = try RecipeBook.bundled()
        let named = regionNamedAsRecipes(decoded, recipes: bundled)
        // Region names over several years: each year is read on its own, so that each name gets
        // the code its municipality had that year (Bærum is 0219 in 2019 and 3024 in 2020).
        if hasRegionNamesOnly(named), let time = named.dimension(role: .time), time.count > 1,
            time.codes.allSatisfy({ Int($0) != nil })
        {
            var result = Result(observations: [], skipped: [])
            for position in time.codes.indices {
                guard let year = named.selecting(time.id, position: position) else { continue }
                let part = try mapped(year, origin: origin, definitions: definitions, recipes: bundled)
                result.observations += part.observations
                result.skipped += part.skipped
            }
            return result
        }
        return try mapped(named, origin: origin, definitions: definitions, recipes: bundled)
    }

    /// The figures of a table whose region dimension already has the recipes' id.
    static func mapped(_ named: JSONStatDataset, origin: String, definitions: Definitions, recipes bundled: RecipeBook) throws -> Result {
        let validator = FigureValidator(catalog: definitions.catalog)
        let table = try regionCodesForNames(named, origin: origin, definitions: definitions)
        try checkYears(of: table, origin: origin, validator: validator)
        // Parts resolved against the file's own categories, so a text-only export reads by label.
        let fileRecipes = FileRecipes(table: table, recipes: bundled)
        let recipes = fileRecipes.book
        let cells = RecipeMapping.cells(from: table, recipes: recipes)
        guard !cells.isEmpty else {
            // No recipe reads this table and contents code: say which, so the user can check the export.
            let contents = table.dimension(role: .metric) ?? table.dimension("ContentsCode")
            throw ImportError.noRecipe(file: origin, table: table.tableID ?? "(no table number)", contents: contents?.codes ?? [])
        }
        let result = RecipeMapping.observations(from: table, definitions: definitions, recipes: recipes)
        try FigureCheck.requireValid(result.observations, definitions: definitions, origin: origin)
        return Result(
            observations: result.observations,
            skipped: skipped(cells, in: table, definitions: definitions, recipes: recipes) + fileRecipes.skipped + table.textCellsSkipped())
    }

    /// The table with its region dimension under the id the recipes for the table use, when a
    /// Statbank export named it after its column header (`region` for `KOKkommuneregion0000`).
    static func regionNamedAsRecipes(_ table: JSONStatDataset, recipes: RecipeBook) -> JSONStatDataset {
        guard let id = table.tableID, let geo = table.dimension(role: .geo) else { return table }
        let variables = Set(recipes.parts(reading: id).map(\.part.regionVariable))
        guard variables.count == 1, let variable = variables.first,
            !table.dimensions.contains(where: { $0.id.lowercased() == variable.lowercased() })
        else { return table }
        return table.renamingDimension(geo.id, to: variable)
    }

    /// Whether a Statbank export names its regions without codes ("text", not "code and text").
    static func hasRegionNamesOnly(_ table: JSONStatDataset) -> Bool {
        guard table.version == nil, let geo = table.dimension(role: .geo) else { return false }
        return !geo.codes.contains(where: { $0.contains(where: \.isNumber) })
    }

    /// A Statbank export written with region names only ("text", not "code and text"): for a
    /// table of one year each name gets the code its municipality had that year (`Bærum` in 2019
    /// is `0219`), so names are followed through code changes as codes are. A table of several
    /// years is read year by year (``observations(from:origin:definitions:)``); one whose periods
    /// are not years cannot be, so it is refused with how to download it instead.
    static func regionCodesForNames(_ table: JSONStatDataset, origin: String, definitions: Definitions) throws -> JSONStatDataset {
        guard hasRegionNamesOnly(table), let geo = table.dimension(role: .geo) else { return table }
        let refusal = ImportError.textsOnly(file: origin, column: geo.label ?? geo.id, example: geo.labels.first ?? "")
        guard let time = table.dimension(role: .time), time.count == 1, let year = Int(time.codes[0]) else { throw refusal }
        // A name the register does not know keeps its text, and is then counted as an unknown region.
        let codes = geo.labels.map { name in (try? definitions.regions.find(name))?.code(in: year) ?? name }
        guard let renamed = table.replacingCodes(of: geo.id, with: codes) else { throw refusal }
        return renamed
    }

    /// Refuses a period outside the catalogue's years (`Tid=2999`) with the cell named, instead
    /// of storing it or dropping it unseen.
    static func checkYears(of table: JSONStatDataset, origin: String, validator: FigureValidator) throws {
        guard let time = table.dimension(role: .time) ?? table.dimension("Tid") else { return }
        for code in time.codes {
            let digits = code.prefix(4)
            guard digits.count == 4, digits.allSatisfy(\.isNumber), let year = Int(digits) else { continue }
            if !validator.years.contains(year) {
                throw ImportError.invalidFigure(
                    file: origin, place: "cell \(time.id)=\(ImportError.excerpt(code, limit: 20))",
                    problem: .yearOutOfRange(year: year, range: validator.years))
            }
        }
    }

    /// The cells recipes read that became no figure, each with why.
    static func skipped(
        _ cells: [RecipeCell], in table: JSONStatDataset, definitions: Definitions, recipes: RecipeBook
    ) -> [SkippedCell] {
        let geoID = table.dimension(role: .geo)?.id ?? "region"
        let timeID = table.dimension(role: .time)?.id ?? "Tid"
        var everKnown = Set<String>()
        for region in definitions.regions.regions { everKnown.formUnion(region.codes.map(\.code)) }
        var validThen: [String: Bool] = [:]
        var skipped: [SkippedCell] = []
        for cell in cells {
            let key = cell.key
            let parts = (recipes.recipe(for: key.indicator)?.parts ?? []).filter { $0.table == key.table }
            let place = "\(geoID)=\(key.code), \(timeID)=\(key.tableYear), indicator \(key.indicator)"
            guard let part = parts.first(where: { $0.covers($0.statisticsYear(forTableYear: key.tableYear)) }) else {
                skipped.append(SkippedCell(place: place, reason: "year outside the years the recipe reads from this table"))
                continue
            }
            if part.aggregateCodes?.values.contains(key.code) == true { continue }
            let lookup = "\(key.code)/\(key.tableYear)"
            let valid = validThen[lookup] ?? (definitions.regions.region(code: key.code, year: key.tableYear) != nil)
            validThen[lookup] = valid
            if valid { continue }
            let reason: String
            if isCounty(key.code) {
                reason = "county (KostraKit keeps municipalities, KOSTRA groups and the country)"
            } else if everKnown.contains(key.code) {
                reason = "region code not valid in that year"
            } else {
                reason = "region code not in the region register ('kostra regions update' loads every municipality)"
            }
            skipped.append(SkippedCell(place: place, reason: reason))
        }
        return skipped
    }

    /// SSB's county codes: `EKA32` in KOSTRA tables, two digits (`32`) elsewhere.
    static func isCounty(_ code: String) -> Bool {
        (code.count == 5 && code.hasPrefix("EKA") && code.dropFirst(3).allSatisfy(\.isNumber))
            || (code.count == 2 && code.allSatisfy(\.isNumber))
    }
}
