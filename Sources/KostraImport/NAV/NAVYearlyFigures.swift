public import KostraModel

/// Turns NAV's monthly counts into yearly catalogue figures by the rule in `nav-files.json`:
/// the mean of the twelve months (NAV's own "årsgjennomsnitt").
///
/// - All twelve months with figures: the mean is stored.
/// - Any month NAV suppressed with `*` (fewer than 4 people): the year is stored as
///   confidential (SSB's `:`), never estimated from the other months.
/// - Fewer than twelve months in the file (a year still under way): nothing is stored for the
///   year, and every such municipality is counted as skipped with the months it had.
/// - A municipality number the region register does not know, or not valid that year: skipped.
public enum NAVYearlyFigures {
    public static func figures(
        from table: NAVMonthlyTable, origin: String, definitions: Definitions, rule: NAVFileCatalog.Rule
    ) throws(ImportError) -> PublishedFigures {
        var figures = PublishedFigures(skipped: table.skipped)
        let validator = FigureValidator(catalog: definitions.catalog)
        var everKnown = Set<String>()
        for region in definitions.regions.regions { everKnown.formUnion(region.codes.map(\.code)) }
        var incomplete: [Int: Set<Int>] = [:]
        for row in table.rows {
            let place = "\(row.place) (\(row.code) \(ImportError.excerpt(row.name, limit: 40)), \(row.year))"
            let present = row.months.filter { $0.value != .missing }
            guard present.count == 12 else {
                incomplete[row.year, default: []].formUnion(present.keys)
                let months = present.keys.sorted().map { NAVMonthNames.norwegian[$0 - 1] }
                figures.skipped.append(
                    SkippedCell(
                        place: place,
                        reason: "fewer than 12 months of the year in the file (a yearly figure is the mean of all twelve)"
                            + (months.isEmpty ? "" : "; has \(months.joined(separator: ", "))")))
                continue
            }
            guard let region = definitions.regions.region(code: row.code, year: row.year) else {
                figures.skipped.append(
                    SkippedCell(
                        place: place,
                        reason: everKnown.contains(row.code)
                            ? "municipality number not valid in that year"
                            : "municipality number not in the region register ('kostra regions update' loads every municipality)"))
                continue
            }
            let values = present.values.compactMap { cell -> Double? in if case .value(let value) = cell { value } else { nil } }
            let observation =
                values.count == 12
                ? Observation(indicator: table.indicator, region: region.id, year: row.year, value: values.reduce(0, +) / 12)
                : Observation(indicator: table.indicator, region: region.id, year: row.year, value: nil, status: .confidential)
            if let problem = validator.problem(with: observation) {
                throw .invalidFigure(file: origin, place: row.place, problem: problem)
            }
            figures.observations.append(observation)
        }
        if figures.observations.isEmpty, let (year, months) = incomplete.min(by: { $0.key < $1.key }) {
            throw .incompleteYear(
                file: origin, year: year, months: months.sorted().map { NAVMonthNames.norwegian[$0 - 1] })
        }
        figures.notes.append(
            "\(table.title) → \(table.indicator): the yearly figure is the \(rule.rule) (NAV's 'årsgjennomsnitt'); a month with NAV's '*' (fewer than 4 people) makes the year confidential (:), and a year with fewer than 12 months is not stored."
        )
        figures.notes.append("Age band: \(table.ageBand)")
        figures.notes.append("Share: \(table.share)")
        return figures
    }
}
