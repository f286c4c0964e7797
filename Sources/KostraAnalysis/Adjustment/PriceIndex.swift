/// A price index (deflator) by year, used to express kroner in one year's prices.
///
/// Built either from index levels or from yearly rates in percent, which are chained:
/// the year before the first rate is set to 100 and each later level is the previous
/// one times (1 + rate / 100). Only ratios of levels are ever used, so the reference
/// level does not affect any result.
///
/// The municipal deflator (kommunal deflator, TBU) is the usual choice; its final
/// ("endelig") figure includes pension-cost growth. SSB sometimes uses CPI instead,
/// so the index carries its ``name`` and the output states which one was used.
// Not Codable on purpose: decoding would bypass the checks in the initialisers.
public struct PriceIndex: Sendable, Hashable {
    /// The index's name as shown to readers, e.g. `"kommunal deflator"` or `"KPI"`.
    public let name: String
    /// Index level per year.
    public let levels: [Int: Double]
    /// The yearly rates the index was chained from, when it was built from rates.
    public let yearlyGrowthPercent: [Int: Double]?

    /// An index from levels per year (any reference, e.g. 2015 = 100).
    ///
    /// - Throws: ``AdjustmentError`` when there are no levels, or a level is not finite or not above zero.
    public init(name: String, levels: [Int: Double]) throws(AdjustmentError) {
        guard !levels.isEmpty else { throw .emptyPriceIndex(indexName: name) }
        for (year, level) in levels.sorted(by: { $0.key < $1.key }) {
            guard level.isFinite else { throw .nonFiniteInput(what: "level of \(name)", year: year) }
            guard level > 0 else { throw .nonPositiveIndexLevel(indexName: name, year: year, value: level) }
        }
        self.name = name
        self.levels = levels
        self.yearlyGrowthPercent = nil
    }

    /// An index chained from yearly rates in percent (2,5 means prices rose 2,5 % from the year before).
    ///
    /// The rates must cover consecutive years; the year before the first rate gets level 100.
    /// - Throws: ``AdjustmentError`` for no rates, a missing year in between, a non-finite rate,
    ///   or a rate of −100 % or lower.
    public init(name: String, yearlyGrowthPercent rates: [Int: Double]) throws(AdjustmentError) {
        let years = rates.keys.sorted()
        guard let first = years.first, let last = years.last else { throw .emptyPriceIndex(indexName: name) }
        var levels: [Int: Double] = [first - 1: 100]
        var level = 100.0
        for year in first...last {
            guard let percent = rates[year] else { throw .gapInGrowthRates(indexName: name, missingYear: year) }
            guard percent.isFinite else { throw .nonFiniteInput(what: "yearly rate of \(name)", year: year) }
            guard percent > -100 else { throw .growthRateAtOrBelowMinus100(indexName: name, year: year, percent: percent) }
            level *= 1 + percent / 100
            levels[year] = level
        }
        self.name = name
        self.levels = levels
        self.yearlyGrowthPercent = rates
    }

    /// The years with a level, ascending.
    public var years: [Int] { levels.keys.sorted() }

    /// The level in a year.
    ///
    /// - Throws: ``AdjustmentError/missingDeflatorYear(indexName:year:availableYears:)``.
    public func level(in year: Int) throws(AdjustmentError) -> Double {
        guard let level = levels[year] else {
            throw .missingDeflatorYear(indexName: name, year: year, availableYears: years)
        }
        return level
    }

    /// `nominal` (kroner of `year`) in the prices of `baseYear`: nominal × D_base / D_year.
    public func real(_ nominal: Double, year: Int, baseYear: Int) throws(AdjustmentError) -> Double {
        let yearLevel = try level(in: year)
        let baseLevel = try level(in: baseYear)
        return nominal * baseLevel / yearLevel
    }

    /// The same index with `year` set to 100, as published series usually are.
    public func rebased(to year: Int) throws(AdjustmentError) -> PriceIndex {
        let reference = try level(in: year)
        return try PriceIndex(name: name, levels: levels.mapValues { $0 / reference * 100 })
    }
}
