public import KostraModel

/// The profile of every member of every network in every year, as columns: what the benchmark
/// compares with pandas, polars and DuckDB (averages by rule, highest and lowest with holders,
/// indices, change and judgement), without building a `ProfileRow` per row.
///
/// Rows are numbered profile by profile (`profile × rowsPerProfile + row`); comparison rows
/// (one network, year and indicator) by `comparison × rowsPerProfile + row`. `NaN` stands for "none".
/// ``profile(_:)`` builds the rich ``ServiceProfile`` of one profile when a caller asks for it,
/// identical to ``ServiceProfileBuilder/buildMembers(year:network:profile:observations:aggregates:)``.
public struct NationalProfile: Sendable {
    public let figures: ProfileFigures
    public var rowsPerProfile: Int { figures.indicators.count }
    /// Per profile: the municipality (an index into `figures.regions`) and its comparison.
    public private(set) var profileRegions: [Int32] = []
    public private(set) var profileComparisons: [Int32] = []
    /// Per comparison: the network and year.
    public let comparisonNetworks: [Network]
    public let comparisonYears: [Int]
    /// Per comparison row.
    public private(set) var averages: [Double] = []
    public private(set) var highests: [Double] = []
    public private(set) var lowests: [Double] = []
    /// How many members had a value (the contributors of a computed average).
    public private(set) var contributorCounts: [Int32] = []
    /// The holders of the highest and lowest figure, as indices into `figures.regions`: comparison
    /// row `k`'s are `highestHolders[highestHolderEnds[k - 1]..<highestHolderEnds[k]]`.
    public private(set) var highestHolders: [Int32] = []
    public private(set) var highestHolderEnds: [Int32] = []
    public private(set) var lowestHolders: [Int32] = []
    public private(set) var lowestHolderEnds: [Int32] = []
    /// Per profile row.
    public private(set) var values: [Double] = []
    public private(set) var indices: [Double] = []
    public private(set) var highestIndices: [Double] = []
    public private(set) var lowestIndices: [Double] = []
    /// The change against the previous year as stored, and its direction (-1, 0, 1) and judgement
    /// (-1 worse, 0 neutral, 1 better) at the decimals the reader sees; 0 and 0 without a change.
    public private(set) var changes: [Double] = []
    public private(set) var directions: [Int8] = []
    public private(set) var judgements: [Int8] = []

    let comparisons: [ProfileComparison]
    let definitions: Definitions

    /// Computes every member's profile in every year of `years` against its network.
    ///
    /// - Parameter observations: the members' nominal figures; only the profile's indicators count.
    public init(
        networks: [Network], years: ClosedRange<Int>, profile: ServiceProfileDefinition, observations: [Observation],
        definitions: Definitions
    ) {
        let figures = ProfileFigures(profile: profile, observations: observations, catalog: definitions.catalog)
        self.figures = figures
        self.definitions = definitions
        var comparisons: [ProfileComparison] = []
        var networksOut: [Network] = []
        var yearsOut: [Int] = []
        for network in networks {
            for year in years {
                comparisons.append(
                    ProfileComparison(figures: figures, year: year, network: network, profile: profile, aggregates: []))
                networksOut.append(network)
                yearsOut.append(year)
            }
        }
        self.comparisons = comparisons
        comparisonNetworks = networksOut
        comparisonYears = yearsOut
        // Rows are read field by field in place: iterating `comparison.rows` copied each row and
        // its indicator (retain and release of every string in it), a fifth of the national
        // profile's time (`perf`, docs/performance.md, session 14).
        let indicators = figures.indicators
        for (number, comparison) in comparisons.enumerated() {
            let rows = comparison.rows
            for position in rows.indices {
                let stats = rows[position].stats
                averages.append(rows[position].averageValue ?? .nan)
                highests.append(rows[position].highestValue ?? .nan)
                lowests.append(rows[position].lowestValue ?? .nan)
                contributorCounts.append(Int32(stats.count))
                for index in comparison.memberIndices where index >= 0 {
                    guard let value = figures.value(figures.cell(region: index, row: position, year: comparison.year)) else {
                        continue
                    }
                    if stats.count > 0, value == stats.highest { highestHolders.append(Int32(index)) }
                    if stats.count > 0, value == stats.lowest { lowestHolders.append(Int32(index)) }
                }
                highestHolderEnds.append(Int32(highestHolders.count))
                lowestHolderEnds.append(Int32(lowestHolders.count))
            }
            for (member, own) in zip(comparison.members, comparison.memberIndices) {
                guard definitions.regions.region(id: member) != nil,
                    figures.hasFigureOrSymbol(region: own, year: comparison.year, profileOnly: true)
                else { continue }
                profileRegions.append(Int32(own))
                profileComparisons.append(Int32(number))
                for position in rows.indices {
                    let value = figures.value(figures.cell(region: own, row: position, year: comparison.year))
                    let previous = figures.value(figures.cell(region: own, row: position, year: comparison.year - 1))
                    values.append(value ?? .nan)
                    let base = rows[position].averageValue.flatMap { $0 != 0 ? $0 : nil }
                    func index(_ figure: Double?) -> Double {
                        guard let figure, let base else { return .nan }
                        return figure / base * 100
                    }
                    indices.append(index(value))
                    highestIndices.append(index(rows[position].highestValue))
                    lowestIndices.append(index(rows[position].lowestValue))
                    if let change = ServiceProfileBuilder.change(
                        decimals: indicators[position].decimals, polarity: indicators[position].polarity, value, previous,
                        year: comparison.year)
                    {
                        changes.append(change.difference)
                        directions.append(change.direction == .up ? 1 : change.direction == .down ? -1 : 0)
                        judgements.append(change.judgement == .better ? 1 : change.judgement == .worse ? -1 : 0)
                    } else {
                        changes.append(.nan)
                        directions.append(0)
                        judgements.append(0)
                    }
                }
            }
        }
    }

    /// How many profiles there are (members with a figure in the year).
    public var profileCount: Int { profileRegions.count }

    /// The rich profile of profile number `number`, as `buildMembers` gives it for its network and
    /// year from the members' figures of the table's years.
    public func profile(_ number: Int) throws(AnalysisError) -> ServiceProfile {
        let comparison = comparisons[Int(profileComparisons[number])]
        let region = figures.regions[Int(profileRegions[number])]
        guard let municipality = definitions.regions.region(id: region) else {
            throw .noData(municipality: region, year: comparison.year, availableYears: [])
        }
        let window = (comparison.year - ServiceProfileBuilder.tableYears + 1)...comparison.year
        return try ServiceProfileBuilder(definitions: definitions).profile(
            of: municipality, comparing: comparison, shared: comparison.rows.indices.map(comparison.richFigures),
            window: window, profileOnly: true, sources: sources(of: comparison, window: window))
    }

    /// The sources of the members' figures in the window, in the order of the figures they came with.
    private func sources(of comparison: ProfileComparison, window: ClosedRange<Int>) -> [DataSource] {
        var first: [Int32: Int32] = [:]
        for index in comparison.memberIndices where index >= 0 {
            for row in comparison.rows.indices {
                for year in window {
                    guard let cell = figures.cell(region: index, row: row, year: year), figures.sourceIndex[cell] >= 0 else {
                        continue
                    }
                    let source = figures.sourceIndex[cell]
                    first[source] = min(first[source] ?? .max, figures.positions[cell])
                }
            }
        }
        return first.sorted { $0.value < $1.value }.map { figures.sourceList[Int($0.key)] }
    }
}
