import KostraModel
@testable import KostraAnalysis

/// The plain service-profile computation that `ServiceProfileBuilder`'s columnar path replaced
/// (issue 25), kept verbatim as the reference the differential test compares with: observations
/// grouped in dictionaries per network and year, averages and extremes by `NetworkAverage`, ranks
/// by `Ranker`.
///
/// For each indicator the network average comes from the members' own figures when
/// every member has one (by the indicator's rule, with the number of contributors);
/// otherwise from a published average when one is stored (labelled as published);
/// otherwise from the members that have figures, with the others listed as missing.
struct ReferenceServiceProfileBuilder: Sendable {
    let definitions: Definitions

    init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// How many years the key-figure table shows, ending with the profile year.
    static let tableYears = 3

    func build(_ input: ServiceProfileBuilder.Input) throws(AnalysisError) -> ServiceProfile {
        let comparison = Comparison(
            year: input.year, network: input.network, profile: input.profile, observations: input.observations,
            aggregates: input.aggregates, definitions: definitions)
        return try profile(of: input.municipality, comparing: comparison)
    }

    /// The profiles of every member of the network in `year`, from the members' figures and the
    /// network's published aggregates. Each indicator's average, highest and lowest are the same for
    /// every member, so they are computed once; members without figures in the year are left out.
    func buildMembers(
        year: Int, network: Network, profile definition: ServiceProfileDefinition, observations: [Observation],
        aggregates: [PublishedAggregate]
    ) -> [ServiceProfile] {
        let comparison = Comparison(
            year: year, network: network, profile: definition, observations: observations, aggregates: aggregates,
            definitions: definitions)
        return comparison.members.compactMap { member in
            definitions.regions.region(id: member).flatMap { try? profile(of: $0, comparing: comparison) }
        }
    }

    /// What a profile compares with, computed once per network, year and indicator.
    struct Comparison {
        struct Figures {
            var indicator: Indicator
            var average: AverageResult?
            var highest: Extreme?
            var lowest: Extreme?
            var gaps: [String]
            /// The members' figures in the profile year, for ranking.
            var inYear: [RegionID: Observation]
        }

        /// One region's nominal figures, by the position of their indicator in `rows`.
        struct RegionFigures {
            var byRow: [[Observation]]
            /// Whether the region has any figure (value or symbol) in the profile year.
            var hasFigureInYear = false
            /// Every year it has a figure in, for the error when it has none in the profile year.
            var years: Set<Int> = []
        }

        var year: Int
        var network: Network
        var profile: ServiceProfileDefinition
        var members: [RegionID]
        /// Each region's figures, grouped by row position rather than in dictionaries keyed by
        /// indicator: grouping was a quarter of the national profile's time.
        var figures: [RegionID: RegionFigures]
        var rows: [Figures]
        /// For each row, the position its figures are grouped under in `RegionFigures.byRow`.
        var groups: [Int]
        var sources: [DataSource]

        init(
            year: Int, network: Network, profile: ServiceProfileDefinition, observations: [Observation],
            aggregates: [PublishedAggregate], definitions: Definitions
        ) {
            self.year = year
            self.network = network
            self.profile = profile
            let members = network.members(in: year)
            self.members = members
            let indicators = profile.indicators.compactMap { definitions.catalog.indicator(id: $0) }
            var position: [IndicatorID: Int] = [:]
            for (index, indicator) in indicators.enumerated() where position[indicator.id] == nil {
                position[indicator.id] = index
            }
            let empty = RegionFigures(byRow: Array(repeating: [], count: indicators.count))
            var figures: [RegionID: RegionFigures] = [:]
            var inYear = [[RegionID: Observation]](repeating: [:], count: indicators.count)
            for observation in observations where observation.basis == .nominal {
                let row = position[observation.indicator]
                let isFigure = observation.value != nil || observation.status != nil
                referenceUpdate(&figures[observation.region, default: empty]) { region in
                    if let row { region.byRow[row].append(observation) }
                    region.years.insert(observation.year)
                    if observation.year == year && isFigure { region.hasFigureInYear = true }
                }
                if observation.year == year, let row { inYear[row][observation.region] = observation }
            }
            self.figures = figures
            // An indicator listed twice in a profile reads its figures from its first row.
            let groups = indicators.map { position[$0.id] ?? 0 }
            self.groups = groups
            rows = indicators.enumerated().map { row, indicator in
                Self.figures(
                    for: indicator, year: year, network: network, members: members, figures: inYear[groups[row]],
                    aggregates: aggregates)
            }
            var sources: [DataSource] = []
            var seen: Set<Int64?> = []
            for source in observations.compactMap(\.source) + aggregates.compactMap(\.source) where seen.insert(source.id).inserted {
                sources.append(source)
            }
            self.sources = sources
        }

        /// The average (computed when every member has a figure, else published, else from those with
        /// figures, said so), and highest and lowest with their holders.
        static func figures(
            for indicator: Indicator, year: Int, network: Network, members: [RegionID], figures: [RegionID: Observation],
            aggregates: [PublishedAggregate]
        ) -> Figures {
            var gaps: [String] = []
            let published = aggregates.filter {
                $0.indicator == indicator.id && $0.year == year && $0.network == network.id && $0.basis == .nominal
            }
            let complete = members.allSatisfy { figures[$0]?.value != nil }
            var average: AverageResult?
            var highest: Extreme?
            var lowest: Extreme?
            let computed = try? NetworkAverage.compute(indicator, year: year, over: members, figures: figures)
            if complete, let computed {
                average = computed
            } else if let printed = published.first(where: { $0.statistic == .average }), let value = printed.value {
                average = AverageResult(
                    value: value, method: indicator.averaging, source: .published, contributors: [],
                    missing: [], publishedLabel: printed.label, publishedSource: printed.source)
            } else if let computed,
                network.coverage.isMet(contributors: computed.contributors.count, members: members.count)
            {
                average = computed
                gaps.append("Snittet bygger på \(NorwegianCount.municipalities(computed.contributors.count, of: members.count)).")
            } else if let computed {
                // Too few members to stand for the network: no average rather than a misleading one.
                gaps.append(
                    network.coverage.shortfall(
                        network: network.name, year: year, contributors: computed.contributors.count, members: members.count))
            } else {
                gaps.append("Ingen snitt for \(network.name) i \(year).")
            }
            let publishedHighest = published.first { $0.statistic == .highest }?.value
            let publishedLowest = published.first { $0.statistic == .lowest }?.value
            if complete, let extremes = NetworkAverage.extremes(over: members, figures: figures) {
                (highest, lowest) = extremes
            } else if publishedHighest != nil || publishedLowest != nil {
                highest = publishedHighest.map { Extreme(value: $0, holders: [], source: .published) }
                lowest = publishedLowest.map { Extreme(value: $0, holders: [], source: .published) }
            } else if let extremes = NetworkAverage.extremes(over: members, figures: figures),
                let among = extremes.highest.among, among >= 2
            {
                // Among the members with figures, saying how many: one member's gap no longer hides them.
                (highest, lowest) = extremes
                gaps.append("Høyest og lavest er blant \(NorwegianCount.municipalities(among, of: members.count)) med tall.")
            }
            return Figures(
                indicator: indicator, average: average, highest: highest, lowest: lowest, gaps: gaps, inYear: figures)
        }
    }

    private func profile(of municipality: Region, comparing comparison: Comparison) throws(AnalysisError) -> ServiceProfile {
        let year = comparison.year
        let years = Array((year - Self.tableYears + 1)...year)
        guard let own = comparison.figures[municipality.id], own.hasFigureInYear else {
            throw .noData(
                municipality: municipality.name, year: year,
                availableYears: comparison.figures[municipality.id]?.years.sorted() ?? [])
        }
        let rows = comparison.rows.indices.map { position in
            var row = row(comparison.rows[position], own: own.byRow[comparison.groups[position]], municipality: municipality, year: year)
            (row.rank, row.rankNote) = rank(
                of: municipality, figures: comparison.rows[position], own: own.byRow[comparison.groups[position]],
                network: comparison.network, members: comparison.members, year: year)
            return row
        }
        return ServiceProfile(
            definition: comparison.profile, municipality: municipality, year: year, network: comparison.network,
            years: years, rows: rows, members: comparison.members, sources: comparison.sources)
    }

    private func row(_ figures: Comparison.Figures, own: [Observation], municipality: Region, year: Int) -> ProfileRow {
        let indicator = figures.indicator
        var values: [Int: Double] = [:]
        var statuses: [Int: StatusSymbol] = [:]
        for observation in own {
            if let value = observation.value { values[observation.year] = value }
            if let status = observation.status, observation.value == nil { statuses[observation.year] = status }
        }
        var gaps = figures.gaps
        if values[year] == nil {
            gaps.append("Ingen tall for \(municipality.name) i \(year)\(statuses[year].map { " (\($0.norwegianLabel))" } ?? "").")
        }
        let base = figures.average?.value
        func index(_ value: Double?) -> Double? {
            guard let value, let base, base != 0 else { return nil }
            return value / base * 100
        }
        return ProfileRow(
            indicator: indicator, values: values, statuses: statuses, average: figures.average, highest: figures.highest,
            lowest: figures.lowest, index: index(values[year]), highestIndex: index(figures.highest?.value),
            lowestIndex: index(figures.lowest?.value), change: change(of: indicator, values: values, year: year), gaps: gaps)
    }

    /// The municipality's place among the members (and itself, when it is not one), or why there is none.
    ///
    /// A rank needs the same coverage as a computed average: first of one or two out of twelve says
    /// nothing about where the municipality stands in the network.
    private func rank(
        of municipality: Region, figures: Comparison.Figures, own: [Observation], network: Network, members: [RegionID], year: Int
    ) -> (RankPosition?, String?) {
        guard !members.isEmpty else {
            return (nil, "Ingen rangering: \(network.name) er et publisert tall uten medlemmer å rangere blant.")
        }
        var inYear = figures.inYear
        if let figure = own.first(where: { $0.year == year }) { inYear[municipality.id] = figure }
        let regions = members.contains(municipality.id) ? members : members + [municipality.id]
        let ranking = Ranker.rank(figures.indicator, year: year, over: regions, figures: inYear)
        guard let position = ranking.position(of: municipality.id) else {
            return (nil, "Ingen rangering: ingen tall for \(municipality.name) i \(year).")
        }
        guard position.among >= 2, network.coverage.isMet(contributors: position.among, members: regions.count) else {
            let others = ranking.missing.compactMap { definitions.regions.region(id: $0)?.name ?? $0 }
            return (
                nil,
                "Ingen rangering: bare \(NorwegianCount.municipalities(position.among, of: regions.count)) i \(network.name) har tall for \(year), "
                    + "og rangeringen krever \(network.coverage.requirement) (tallene for \(RankPosition.namesText(others)) er ikke lagret)."
            )
        }
        let name = { (id: RegionID) in definitions.regions.region(id: id)?.name ?? id }
        let note =
            position.missing.isEmpty
            ? nil : "Plassen er blant kommunene med tall; " + RankPosition.missingText(position.missing, naming: name) + "."
        return (position, note)
    }

    private func change(of indicator: Indicator, values: [Int: Double], year: Int) -> YearChange? {
        guard let current = values[year], let previous = values[year - 1] else { return nil }
        // Compared as printed, so a change the reader cannot see is "unchanged".
        let shown =
            NorwegianNumberFormat.round(current, decimals: indicator.decimals)
            - NorwegianNumberFormat.round(previous, decimals: indicator.decimals)
        let difference = NorwegianNumberFormat.round(shown, decimals: indicator.decimals)
        let direction: ChangeDirection = difference > 0 ? .up : difference < 0 ? .down : .unchanged
        let judgement: ChangeJudgement
        switch (indicator.polarity, direction) {
        case (_, .unchanged), (.neutral, _): judgement = .neutral
        case (.higherIsBetter, .up), (.lowerIsBetter, .down): judgement = .better
        default: judgement = .worse
        }
        return YearChange(from: year - 1, to: year, difference: current - previous, direction: direction, judgement: judgement)
    }
}

/// Applies `change` to a value in place (a dictionary entry with a default, say) in one lookup.
private func referenceUpdate<Value>(_ value: inout Value, _ change: (inout Value) -> Void) {
    change(&value)
}
