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
        let year = input.year
        let years = Array((year - Self.tableYears + 1)...year)
        let own = input.observations.filter { $0.region == input.municipality.id && $0.basis == .nominal }
        guard own.contains(where: { $0.year == year && ($0.value != nil || $0.status != nil) }) else {
            throw .noData(
                municipality: input.municipality.name, year: year,
                availableYears: Array(Set(own.map(\.year))).sorted())
        }
        let members = input.network.members(in: year)
        var figuresByIndicator: [IndicatorID: [RegionID: Observation]] = [:]
        for observation in input.observations where observation.year == year && observation.basis == .nominal {
            figuresByIndicator[observation.indicator, default: [:]][observation.region] = observation
        }
        var rows: [ProfileRow] = []
        for id in input.profile.indicators {
            guard let indicator = definitions.catalog.indicator(id: id) else { continue }
            rows.append(
                row(
                    for: indicator, input: input, years: years, own: own, members: members,
                    figures: figuresByIndicator[id] ?? [:]))
        }
        var sources: [DataSource] = []
        for source in (input.observations.compactMap(\.source) + input.aggregates.compactMap(\.source))
        where !sources.contains(where: { $0.id == source.id }) {
            sources.append(source)
        }
        return ServiceProfile(
            definition: input.profile, municipality: input.municipality, year: year, network: input.network,
            years: years, rows: rows, members: members, sources: sources)
    }

    private func row(
        for indicator: Indicator, input: Input, years: [Int], own: [Observation], members: [RegionID],
        figures: [RegionID: Observation]
    ) -> ProfileRow {
        let year = input.year
        var values: [Int: Double] = [:]
        var statuses: [Int: StatusSymbol] = [:]
        for observation in own where observation.indicator == indicator.id {
            if let value = observation.value { values[observation.year] = value }
            if let status = observation.status, observation.value == nil { statuses[observation.year] = status }
        }
        var gaps: [String] = []
        let published = input.aggregates.filter {
            $0.indicator == indicator.id && $0.year == year && $0.network == input.network.id && $0.basis == .nominal
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
        } else if let computed {
            average = computed
            gaps.append("Snittet bygger på \(computed.contributors.count) av \(members.count) kommuner.")
        } else {
            gaps.append("Ingen snitt for \(input.network.name) i \(year).")
        }
        if complete, let extremes = NetworkAverage.extremes(over: members, figures: figures) {
            (highest, lowest) = extremes
        } else {
            highest = published.first { $0.statistic == .highest }?.value.map { Extreme(value: $0, holders: [], source: .published) }
            lowest = published.first { $0.statistic == .lowest }?.value.map { Extreme(value: $0, holders: [], source: .published) }
        }
        if values[year] == nil {
            gaps.append("Ingen tall for \(input.municipality.name) i \(year)\(statuses[year].map { " (\($0.norwegianLabel))" } ?? "").")
        }
        let base = average?.value
        func index(_ value: Double?) -> Double? {
            guard let value, let base, base != 0 else { return nil }
            return value / base * 100
        }
        return ProfileRow(
            indicator: indicator, values: values, statuses: statuses, average: average, highest: highest, lowest: lowest,
            index: index(values[year]), highestIndex: index(highest?.value), lowestIndex: index(lowest?.value),
            change: change(of: indicator, values: values, year: year), gaps: gaps)
    }

    private func change(of indicator: Indicator, values: [Int: Double], year: Int) -> YearChange? {
        guard let current = values[year], let previous = values[year - 1] else { return nil }
        // Compared as printed, so a change the reader cannot see is "unchanged".
        let shown = NorwegianNumberFormat.round(current, decimals: indicator.decimals)
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
