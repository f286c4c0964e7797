public import KostraModel

/// What the profiles of one network and year compare with: each row's average, highest and lowest,
/// computed once in passes over ``ProfileFigures``' columns and shared by every member's profile.
///
/// The numbers (``Stats``) are always computed; the rich values (`AverageResult` with its
/// contributors, `Extreme` with its holders, the gaps in Norwegian) only when a profile is built.
struct ProfileComparison {
    /// One row's numbers over the members with a value, in member order (sums in that order, so
    /// they are the very doubles a plain loop over the members gives).
    struct Stats {
        var count = 0
        var sum = 0.0
        var numeratorSum = 0.0
        var denominatorSum = 0.0
        /// Whether every member with a value has both base figures.
        var weightable = true
        var highest = 0.0
        var lowest = 0.0
        /// The average as computed from the members, by the indicator's rule, if it can be.
        var computed: Double?
    }

    /// How a row's average and extremes are decided (the same rules as the rich row).
    enum AverageChoice { case complete, published(PublishedAggregate), partial, shortOfCoverage, none }
    enum ExtremesChoice { case complete, published(highest: Double?, lowest: Double?), partial, none }

    struct Row {
        var indicator: Indicator
        var stats: Stats
        var averageChoice: AverageChoice
        var extremesChoice: ExtremesChoice
        /// The average shown, or `nil`.
        var averageValue: Double?
        var highestValue: Double?
        var lowestValue: Double?
    }

    let figures: ProfileFigures
    let year: Int
    let network: Network
    let profile: ServiceProfileDefinition
    let members: [RegionID]
    let memberIndices: [Int]
    let rows: [Row]

    init(
        figures: ProfileFigures, year: Int, network: Network, profile: ServiceProfileDefinition,
        aggregates: [PublishedAggregate]
    ) {
        self.figures = figures
        self.year = year
        self.network = network
        self.profile = profile
        let members = network.members(in: year)
        self.members = members
        let memberIndices = members.map { figures.index(of: $0) }
        self.memberIndices = memberIndices
        rows = figures.indicators.indices.map { row in
            Self.row(
                row, figures: figures, year: year, network: network, memberIndices: memberIndices, aggregates: aggregates)
        }
    }

    private static func row(
        _ row: Int, figures: ProfileFigures, year: Int, network: Network, memberIndices: [Int],
        aggregates: [PublishedAggregate]
    ) -> Row {
        let indicator = figures.indicators[row]
        var stats = Stats()
        for member in memberIndices {
            guard let cell = figures.cell(region: member, row: row, year: year),
                figures.flags[cell] & ProfileFigures.hasValue != 0
            else { continue }
            let value = figures.values[cell]
            if stats.count == 0 {
                stats.highest = value
                stats.lowest = value
            } else {
                if stats.highest < value { stats.highest = value }
                if value < stats.lowest { stats.lowest = value }
            }
            stats.count += 1
            stats.sum += value
            let both = ProfileFigures.hasNumerator | ProfileFigures.hasDenominator
            if figures.flags[cell] & both == both {
                stats.numeratorSum += figures.numerators[cell]
                stats.denominatorSum += figures.denominators[cell]
            } else {
                stats.weightable = false
            }
        }
        if stats.count > 0 {
            switch indicator.averaging {
            case .unweighted: stats.computed = stats.sum / Double(stats.count)
            case .sum: stats.computed = stats.sum
            case .weighted:
                stats.computed =
                    stats.weightable ? indicator.ratio(numerator: stats.numeratorSum, denominator: stats.denominatorSum) : nil
            }
        }
        let memberCount = memberIndices.count
        let published = aggregates.filter {
            $0.indicator == indicator.id && $0.year == year && $0.network == network.id && $0.basis == .nominal
        }
        let complete = stats.count == memberCount
        let averageChoice: AverageChoice
        var averageValue: Double?
        if complete, let computed = stats.computed {
            averageChoice = .complete
            averageValue = computed
        } else if let printed = published.first(where: { $0.statistic == .average }), let value = printed.value {
            averageChoice = .published(printed)
            averageValue = value
        } else if let computed = stats.computed, network.coverage.isMet(contributors: stats.count, members: memberCount) {
            averageChoice = .partial
            averageValue = computed
        } else if stats.computed != nil {
            averageChoice = .shortOfCoverage
        } else {
            averageChoice = .none
        }
        let publishedHighest = published.first { $0.statistic == .highest }?.value
        let publishedLowest = published.first { $0.statistic == .lowest }?.value
        let extremesChoice: ExtremesChoice
        var highestValue: Double?
        var lowestValue: Double?
        if complete, stats.count > 0 {
            extremesChoice = .complete
            (highestValue, lowestValue) = (stats.highest, stats.lowest)
        } else if publishedHighest != nil || publishedLowest != nil {
            extremesChoice = .published(highest: publishedHighest, lowest: publishedLowest)
            (highestValue, lowestValue) = (publishedHighest, publishedLowest)
        } else if stats.count >= 2 {
            extremesChoice = .partial
            (highestValue, lowestValue) = (stats.highest, stats.lowest)
        } else {
            extremesChoice = .none
        }
        return Row(
            indicator: indicator, stats: stats, averageChoice: averageChoice, extremesChoice: extremesChoice,
            averageValue: averageValue, highestValue: highestValue, lowestValue: lowestValue)
    }

    // MARK: Rich values, for the rows a caller asks for

    /// The rich average, highest, lowest and gaps of a row, as the profile shows them.
    func richFigures(_ position: Int) -> (average: AverageResult?, highest: Extreme?, lowest: Extreme?, gaps: [String]) {
        let row = rows[position]
        let indicator = row.indicator
        var contributors: [RegionID] = []
        var missing: [RegionID] = []
        var highestHolders: [RegionID] = []
        var lowestHolders: [RegionID] = []
        for (member, index) in zip(members, memberIndices) {
            guard let value = figures.value(figures.cell(region: index, row: position, year: year)) else {
                missing.append(member)
                continue
            }
            contributors.append(member)
            if value == row.stats.highest { highestHolders.append(member) }
            if value == row.stats.lowest { lowestHolders.append(member) }
        }
        var gaps: [String] = []
        let computed = row.stats.computed.map {
            AverageResult(value: $0, method: indicator.averaging, source: .computed, contributors: contributors, missing: missing)
        }
        var average: AverageResult?
        switch row.averageChoice {
        case .complete: average = computed
        case .published(let printed):
            average = AverageResult(
                value: printed.value ?? 0, method: indicator.averaging, source: .published, contributors: [], missing: [],
                publishedLabel: printed.label, publishedSource: printed.source)
        case .partial:
            average = computed
            gaps.append("Snittet bygger på \(NorwegianCount.municipalities(contributors.count, of: members.count)).")
        case .shortOfCoverage:
            gaps.append(
                network.coverage.shortfall(
                    network: network.name, year: year, contributors: contributors.count, members: members.count))
        case .none:
            gaps.append("Ingen snitt for \(network.name) i \(year).")
        }
        var highest: Extreme?
        var lowest: Extreme?
        func computedExtremes() {
            highest = Extreme(
                value: row.stats.highest, holders: highestHolders, source: .computed, among: contributors.count, of: members.count)
            lowest = Extreme(
                value: row.stats.lowest, holders: lowestHolders, source: .computed, among: contributors.count, of: members.count)
        }
        switch row.extremesChoice {
        case .complete: computedExtremes()
        case .published(let high, let low):
            highest = high.map { Extreme(value: $0, holders: [], source: .published) }
            lowest = low.map { Extreme(value: $0, holders: [], source: .published) }
        case .partial:
            // Among the members with figures, saying how many: one member's gap no longer hides them.
            computedExtremes()
            gaps.append("Høyest og lavest er blant \(NorwegianCount.municipalities(contributors.count, of: members.count)) med tall.")
        case .none: break
        }
        return (average, highest, lowest, gaps)
    }
}
