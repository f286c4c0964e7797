public import KostraModel

/// Builds a service profile from stored figures.
///
/// For each indicator the network average comes from the members' own figures when
/// every member has one (by the indicator's rule, with the number of contributors);
/// otherwise from a published average when one is stored (labelled as published);
/// otherwise from the members that have figures, with the others listed as missing.
public struct ServiceProfileBuilder: Sendable {
    public let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// The figures the builder needs, as read from the store.
    public struct Input: Sendable {
        public var municipality: Region
        public var year: Int
        public var network: Network
        public var profile: ServiceProfileDefinition
        /// Nominal figures of the municipality and the network's members, for the profile's years.
        public var observations: [Observation]
        /// Published aggregates of the network for the profile year.
        public var aggregates: [PublishedAggregate]

        public init(
            municipality: Region, year: Int, network: Network, profile: ServiceProfileDefinition,
            observations: [Observation], aggregates: [PublishedAggregate]
        ) {
            self.municipality = municipality
            self.year = year
            self.network = network
            self.profile = profile
            self.observations = observations
            self.aggregates = aggregates
        }
    }

    /// How many years the key-figure table shows, ending with the profile year.
    public static let tableYears = 3

    public func build(_ input: Input) throws(AnalysisError) -> ServiceProfile {
        let figures = ProfileFigures(profile: input.profile, observations: input.observations, catalog: definitions.catalog)
        let comparison = ProfileComparison(
            figures: figures, year: input.year, network: input.network, profile: input.profile, aggregates: input.aggregates)
        return try profile(
            of: input.municipality, comparing: comparison, shared: comparison.rows.indices.map(comparison.richFigures),
            window: nil, profileOnly: false, sources: Self.sources(input.observations, input.aggregates))
    }

    /// The profiles of every member of the network in `year`, from the members' figures and the
    /// network's published aggregates. Each indicator's average, highest and lowest are the same for
    /// every member, so they are computed once; members without figures in the year are left out.
    public func buildMembers(
        year: Int, network: Network, profile definition: ServiceProfileDefinition, observations: [Observation],
        aggregates: [PublishedAggregate]
    ) -> [ServiceProfile] {
        let figures = ProfileFigures(profile: definition, observations: observations, catalog: definitions.catalog)
        let comparison = ProfileComparison(
            figures: figures, year: year, network: network, profile: definition, aggregates: aggregates)
        let shared = comparison.rows.indices.map(comparison.richFigures)
        let sources = Self.sources(observations, aggregates)
        return comparison.members.compactMap { member in
            definitions.regions.region(id: member).flatMap {
                try? profile(of: $0, comparing: comparison, shared: shared, window: nil, profileOnly: false, sources: sources)
            }
        }
    }

    /// Every source of the figures and aggregates, each once, in the order first met.
    static func sources(_ observations: [Observation], _ aggregates: [PublishedAggregate]) -> [DataSource] {
        var sources: [DataSource] = []
        var seen: Set<Int64?> = []
        for source in observations.compactMap(\.source) + aggregates.compactMap(\.source) where seen.insert(source.id).inserted {
            sources.append(source)
        }
        return sources
    }

    typealias SharedFigures = (average: AverageResult?, highest: Extreme?, lowest: Extreme?, gaps: [String])

    /// One municipality's profile from a comparison's columns; `window` limits the years a row shows
    /// (the national table holds every year, a profile shows the table's), `profileOnly` counts only
    /// the profile's indicators as the municipality's figures.
    func profile(
        of municipality: Region, comparing comparison: ProfileComparison, shared: [SharedFigures],
        window: ClosedRange<Int>?, profileOnly: Bool, sources: [DataSource]
    ) throws(AnalysisError) -> ServiceProfile {
        let figures = comparison.figures
        let year = comparison.year
        let years = Array((year - Self.tableYears + 1)...year)
        let own = figures.index(of: municipality.id)
        guard figures.hasFigureOrSymbol(region: own, year: year, profileOnly: profileOnly) else {
            let available = figures.years(of: own, profileOnly: profileOnly).filter { window?.contains($0) ?? true }
            throw .noData(municipality: municipality.name, year: year, availableYears: available)
        }
        let shown = window ?? figures.firstYear...(figures.firstYear + max(figures.yearCount, 1) - 1)
        let rows = comparison.rows.indices.map { position in
            var row = row(
                position, comparison: comparison, shared: shared[position], own: own, window: shown, municipality: municipality)
            (row.rank, row.rankNote) = rank(of: municipality, own: own, position: position, comparison: comparison)
            return row
        }
        return ServiceProfile(
            definition: comparison.profile, municipality: municipality, year: year, network: comparison.network,
            years: years, rows: rows, members: comparison.members, sources: sources)
    }

    private func row(
        _ position: Int, comparison: ProfileComparison, shared: SharedFigures, own: Int, window: ClosedRange<Int>,
        municipality: Region
    ) -> ProfileRow {
        let figures = comparison.figures
        let year = comparison.year
        let indicator = figures.indicators[position]
        var values: [Int: Double] = [:]
        var statuses: [Int: StatusSymbol] = [:]
        for y in window {
            guard let cell = figures.cell(region: own, row: position, year: y) else { continue }
            if figures.flags[cell] & ProfileFigures.hasValue != 0 {
                values[y] = figures.values[cell]
            } else if let status = figures.statuses[cell] {
                statuses[y] = status
            }
        }
        var gaps = shared.gaps
        if values[year] == nil {
            gaps.append("Ingen tall for \(municipality.name) i \(year)\(statuses[year].map { " (\($0.norwegianLabel))" } ?? "").")
        }
        let base = shared.average?.value
        func index(_ value: Double?) -> Double? {
            guard let value, let base, base != 0 else { return nil }
            return value / base * 100
        }
        return ProfileRow(
            indicator: indicator, values: values, statuses: statuses, average: shared.average, highest: shared.highest,
            lowest: shared.lowest, index: index(values[year]), highestIndex: index(shared.highest?.value),
            lowestIndex: index(shared.lowest?.value), change: Self.change(of: indicator, values[year], values[year - 1], year: year),
            gaps: gaps)
    }

    /// The municipality's place among the members (and itself, when it is not one), or why there is none.
    ///
    /// A rank needs the same coverage as a computed average: first of one or two out of twelve says
    /// nothing about where the municipality stands in the network. The same competition ranking as
    /// `Ranker` ("1, 2, 2, 4" on the figures as printed), counted over the columns.
    private func rank(of municipality: Region, own: Int, position: Int, comparison: ProfileComparison) -> (RankPosition?, String?) {
        let network = comparison.network
        let members = comparison.members
        let figures = comparison.figures
        let year = comparison.year
        guard !members.isEmpty else {
            return (nil, "Ingen rangering: \(network.name) er et publisert tall uten medlemmer å rangere blant.")
        }
        let isMember = members.contains(municipality.id)
        var regions = members
        var indices = comparison.memberIndices
        if !isMember {
            regions.append(municipality.id)
            indices.append(own)
        }
        let decimals = figures.indicators[position].decimals
        var seen: Set<RegionID> = []
        var shownValues: [Double] = []
        var missing: [RegionID] = []
        var ownShown: Double?
        for (region, index) in zip(regions, indices) where seen.insert(region).inserted {
            guard let value = figures.value(figures.cell(region: index, row: position, year: year)), value.isFinite else {
                missing.append(region)
                continue
            }
            let shown = NorwegianNumberFormat.round(value, decimals: decimals)
            shownValues.append(shown)
            if region == municipality.id { ownShown = shown }
        }
        guard let ownShown else {
            return (nil, "Ingen rangering: ingen tall for \(municipality.name) i \(year).")
        }
        let order = RankOrder(figures.indicators[position].polarity)
        let better = shownValues.count { order == .lowerIsBetter ? $0 < ownShown : $0 > ownShown }
        let rankPosition = RankPosition(
            rank: better + 1, among: shownValues.count, sharedBy: shownValues.count { $0 == ownShown }, missing: missing,
            order: order)
        guard rankPosition.among >= 2, network.coverage.isMet(contributors: rankPosition.among, members: regions.count) else {
            let others = missing.compactMap { definitions.regions.region(id: $0)?.name ?? $0 }
            return (
                nil,
                "Ingen rangering: bare \(NorwegianCount.municipalities(rankPosition.among, of: regions.count)) i \(network.name) har tall for \(year), "
                    + "og rangeringen krever \(network.coverage.requirement) (tallene for \(RankPosition.namesText(others)) er ikke lagret)."
            )
        }
        let name = { (id: RegionID) in definitions.regions.region(id: id)?.name ?? id }
        let note =
            missing.isEmpty
            ? nil : "Plassen er blant kommunene med tall; " + RankPosition.missingText(missing, naming: name) + "."
        return (rankPosition, note)
    }

    /// The change against the previous year, compared as printed, so a change the reader cannot see
    /// is "unchanged".
    static func change(of indicator: Indicator, _ current: Double?, _ previous: Double?, year: Int) -> YearChange? {
        change(decimals: indicator.decimals, polarity: indicator.polarity, current, previous, year: year)
    }

    /// The same, from the two things of an indicator it needs (the national profile passes them
    /// without copying the indicator).
    static func change(decimals: Int, polarity: Polarity, _ current: Double?, _ previous: Double?, year: Int) -> YearChange? {
        guard let current, let previous else { return nil }
        let shown =
            NorwegianNumberFormat.round(current, decimals: decimals)
            - NorwegianNumberFormat.round(previous, decimals: decimals)
        let difference = NorwegianNumberFormat.round(shown, decimals: decimals)
        let direction: ChangeDirection = difference > 0 ? .up : difference < 0 ? .down : .unchanged
        let judgement: ChangeJudgement
        switch (polarity, direction) {
        case (_, .unchanged), (.neutral, _): judgement = .neutral
        case (.higherIsBetter, .up), (.lowerIsBetter, .down): judgement = .better
        default: judgement = .worse
        }
        return YearChange(from: year - 1, to: year, difference: current - previous, direction: direction, judgement: judgement)
    }
}
