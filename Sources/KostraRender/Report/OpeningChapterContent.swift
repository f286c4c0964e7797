public import KostraModel

/// The figures of the whole analysis's opening chapter, «Befolkning og økonomi», as the store
/// holds them: the municipality's population by age group over the last years, and the economy
/// key figures beside the network, a KOSTRA group and the country.
///
/// Every figure is one the store has; a figure the store lacks is `nil` and the chapter says so.
public struct OpeningChapterContent: Sendable {
    /// One age group's population in each shown year (31 December).
    public struct PopulationRow: Sendable {
        public var indicator: Indicator
        public var values: [Int: Double]

        public init(indicator: Indicator, values: [Int: Double]) {
            self.indicator = indicator
            self.values = values
        }
    }

    /// One economy key figure: the municipality's and each comparison's, in the chapter's year.
    public struct EconomyRow: Sendable {
        public var indicator: Indicator
        public var own: Double?
        /// One value per ``OpeningChapterContent/comparisons`` entry.
        public var comparisons: [Double?]

        public init(indicator: Indicator, own: Double?, comparisons: [Double?]) {
            self.indicator = indicator
            self.own = own
            self.comparisons = comparisons
        }
    }

    public var municipality: Region
    public var year: Int
    /// The years the population table shows, oldest first.
    public var populationYears: [Int]
    public var population: [PopulationRow]
    /// The names of the economy table's comparison columns, e.g. `Snitt ASSS`, `Landet`.
    public var comparisons: [String]
    public var economy: [EconomyRow]
    /// Why a comparison is not in the table, e.g. that no KOSTRA group was chosen.
    public var missingComparisons: [String]
    /// Where the figures come from.
    public var sources: [String]

    public init(
        municipality: Region, year: Int, populationYears: [Int], population: [PopulationRow], comparisons: [String], economy: [EconomyRow],
        missingComparisons: [String], sources: [String]
    ) {
        self.municipality = municipality
        self.year = year
        self.populationYears = populationYears
        self.population = population
        self.comparisons = comparisons
        self.economy = economy
        self.missingComparisons = missingComparisons
        self.sources = sources
    }
}
