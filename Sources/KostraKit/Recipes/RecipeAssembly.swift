public import KostraModel

/// Follows region codes to the tool's regions and turns recipe cells into observations.
///
/// For statistics year Y a part reads table year T = Y + offset, under the code the region
/// had in T. Before a merger (T earlier than the merger year) a merged municipality also
/// takes its predecessors' codes: counts and amounts are summed over all of them, and only
/// when every one has a value (never a partial sum); SSB's ready ratios are never summed, so
/// the municipality's own ratio is kept and the series is reported broken at the merger.
/// Ratios with a numerator and denominator are computed from the (summed) counts.
public struct RecipeAssembly: Sendable {
    /// What assembling produced.
    public struct Result: Sendable {
        /// Figures to store, ordered by region, indicator and year.
        public var observations: [Observation]
        /// Ratio series that break at a merger.
        public var breaks: [SeriesBreak]
        /// Figures the tables do not hold at all (a year not yet published, a code the table lacks).
        public var absent: Int

        public init(observations: [Observation], breaks: [SeriesBreak], absent: Int) {
            self.observations = observations
            self.breaks = breaks
            self.absent = absent
        }
    }

    /// A recipe part a fetch left out (its table is missing, or the recipe did not resolve):
    /// its figures are not counted as absent, because the skip is reported on its own.
    public struct SkipKey: Sendable, Hashable {
        public var indicator: IndicatorID
        public var table: String

        public init(indicator: IndicatorID, table: String) {
            self.indicator = indicator
            self.table = table
        }
    }

    public let definitions: Definitions
    public let recipes: RecipeBook

    public init(definitions: Definitions, recipes: RecipeBook) {
        self.definitions = definitions
        self.recipes = recipes
    }

    /// The region codes (own and predecessors') a part needs for a region in a statistics year.
    public func codes(for region: Region, part: RecipePart, year: Int) -> (own: String?, predecessors: [String], merger: Merger?) {
        let tableYear = part.tableYear(for: year)
        let own = part.code(of: region, tableYear: tableYear)
        guard region.kind == .municipality,
            let merger = (region.mergers ?? []).first(where: { tableYear < $0.year })
        else { return (own, [], nil) }
        let predecessors = merger.predecessors.compactMap { definitions.regions.region(id: $0)?.code(in: tableYear) }
        return (own, predecessors, merger)
    }

    /// Builds the observations of `indicators` for `regions` and `years` from `cells`.
    ///
    /// - Parameter skipAbsent: when a code's cell is not in `cells` at all, leave the figure out
    ///   (and count it as absent) instead of failing; always true today, named for readers.
    public func assemble(
        cells: [RecipeCell], regions: [Region], years: [Int], indicators: [IndicatorID], skipAbsent: Bool = true,
        skipped: Set<SkipKey> = []
    ) -> Result {
        var byKey: [RecipeCell.Key: RecipeCell] = [:]
        for cell in cells { byKey[cell.key] = cell }
        var observations: [ObservationKey: Observation] = [:]
        var breaks: Set<SeriesBreak> = []
        var absent = 0
        let wanted = Set(indicators)
        for region in regions {
            for indicator in indicators {
                guard let recipe = recipes.recipe(for: indicator), recipe.method == .sum || recipe.method == .ratio else { continue }
                for year in years {
                    guard let part = recipe.part(for: year),
                        !skipped.contains(SkipKey(indicator: indicator, table: part.table))
                    else { continue }
                    let tableYear = part.tableYear(for: year)
                    let (own, predecessors, merger) = codes(for: region, part: part, year: year)
                    func cell(_ code: String) -> RecipeCell? {
                        byKey[RecipeCell.Key(indicator: indicator, table: part.table, code: code, tableYear: tableYear)]
                    }
                    let key = ObservationKey(indicator: indicator, region: region.id, year: year)
                    if recipe.method == .ratio {
                        if let merger {
                            breaks.insert(
                                SeriesBreak(
                                    region: region.id, indicator: indicator, year: merger.year,
                                    reason:
                                        "ratio before the \(merger.year) merger is \(own == nil ? "not available" : "the old municipality's own"); ratios are never summed"
                                ))
                        }
                        guard let own, let found = cell(own) else {
                            if own != nil { absent += 1 }
                            continue
                        }
                        observations[key] = Observation(
                            indicator: indicator, region: region.id, year: year, value: found.value,
                            status: found.value == nil ? found.status ?? .missing : nil)
                        continue
                    }
                    let codes = (own.map { [$0] } ?? []) + predecessors
                    guard !codes.isEmpty else { continue }
                    let found = codes.map(cell)
                    if found.contains(where: { $0 == nil }) {
                        absent += 1
                        continue
                    }
                    let parts = found.compactMap { $0 }
                    if parts.allSatisfy({ $0.value != nil }) {
                        observations[key] = Observation(
                            indicator: indicator, region: region.id, year: year, value: parts.reduce(0) { $0 + ($1.value ?? 0) })
                    } else {
                        let status = parts.first { $0.value == nil }?.status ?? .missing
                        observations[key] = Observation(indicator: indicator, region: region.id, year: year, value: nil, status: status)
                    }
                }
            }
        }
        // Ratios from a numerator and a denominator that this run has both of.
        for recipe in recipes.recipes where recipe.method == .derived {
            guard let indicator = definitions.catalog.indicator(id: recipe.indicator),
                let numeratorID = indicator.numerator, let denominatorID = indicator.denominator,
                wanted.contains(numeratorID), wanted.contains(denominatorID)
            else { continue }
            let scale = indicator.scale ?? 1
            for region in regions {
                for year in years {
                    guard
                        let numerator = observations[ObservationKey(indicator: numeratorID, region: region.id, year: year)],
                        let denominator = observations[ObservationKey(indicator: denominatorID, region: region.id, year: year)]
                    else { continue }
                    let key = ObservationKey(indicator: recipe.indicator, region: region.id, year: year)
                    if let n = numerator.value, let d = denominator.value {
                        observations[key] =
                            d == 0
                            ? Observation(
                                indicator: recipe.indicator, region: region.id, year: year, value: nil, numerator: n, denominator: d,
                                status: .notApplicable)
                            : Observation(
                                indicator: recipe.indicator, region: region.id, year: year, value: n / d * scale, numerator: n, denominator: d)
                    } else {
                        observations[key] = Observation(
                            indicator: recipe.indicator, region: region.id, year: year, value: nil,
                            numerator: numerator.value, denominator: denominator.value,
                            status: numerator.status ?? denominator.status ?? .missing)
                    }
                    if let merger = region.mergers?.first(where: { $0.year > years.first ?? $0.year && $0.year <= years.last ?? $0.year }) {
                        breaks.insert(
                            SeriesBreak(
                                region: region.id, indicator: recipe.indicator, year: merger.year,
                                reason: "ratio before the \(merger.year) merger is computed from counts summed over the municipalities that merged"))
                    }
                }
            }
        }
        let sorted = observations.values.sorted { ($0.region, $0.indicator, $0.year) < ($1.region, $1.indicator, $1.year) }
        let sortedBreaks = breaks.sorted { ($0.region, $0.indicator) < ($1.region, $1.indicator) }
        return Result(observations: sorted, breaks: sortedBreaks, absent: absent)
    }
}
