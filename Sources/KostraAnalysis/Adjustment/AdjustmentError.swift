public import Foundation
public import KostraModel

/// What can go wrong when deflating figures or adjusting them for expenditure need.
public enum AdjustmentError: Error, LocalizedError, Equatable, Sendable {
    /// The price index has no level for a year that is needed.
    case missingDeflatorYear(indexName: String, year: Int, availableYears: [Int])
    /// An index level is zero or negative.
    case nonPositiveIndexLevel(indexName: String, year: Int, value: Double)
    /// A yearly rate is −100 % or lower, which would make the next level zero or negative.
    case growthRateAtOrBelowMinus100(indexName: String, year: Int, percent: Double)
    /// The yearly rates skip a year, so the chain cannot be built across it.
    case gapInGrowthRates(indexName: String, missingYear: Int)
    /// The price index was given no figures at all.
    case emptyPriceIndex(indexName: String)
    /// A figure is infinite or NaN.
    case nonFiniteInput(what: String, year: Int)
    /// There is no cost index for the region in a year that is needed.
    case missingCostIndex(region: String, sector: String, year: Int, availableYears: [Int])
    /// A cost index is zero or negative.
    case nonPositiveCostIndex(region: String, sector: String, year: Int, value: Double)
    /// The adjustment deflates, but no price index was supplied.
    case noPriceIndex(adjustment: String)
    /// The adjustment divides by need, but no cost index was supplied.
    case noCostIndex(adjustment: String)

    public var errorDescription: String? {
        switch self {
        case let .missingDeflatorYear(indexName, year, available):
            return "The price index \"\(indexName)\" has no figure for \(year) (it covers \(Self.yearList(available))). "
                + "Supply the \(indexName) for \(year) as input (a yearly rate in percent or an index level), "
                + "or choose years the series covers."
        case let .nonPositiveIndexLevel(indexName, year, value):
            return "The price index \"\(indexName)\" has the level \(NumberText.plain(value)) in \(year); "
                + "index levels must be above zero. Check the figure for \(year)."
        case let .growthRateAtOrBelowMinus100(indexName, year, percent):
            return "The yearly rate of \"\(indexName)\" for \(year) is \(NumberText.plain(percent)) %, which would take "
                + "the index to zero or below. Give rates in percent (2,5 for 2,5 %) and check the figure for \(year)."
        case let .gapInGrowthRates(indexName, missingYear):
            return "The yearly rates of \"\(indexName)\" have no rate for \(missingYear), so the index cannot be chained "
                + "across that year. Supply the rate for \(missingYear)."
        case let .emptyPriceIndex(indexName):
            return "The price index \"\(indexName)\" has no figures. Supply yearly rates or index levels."
        case let .nonFiniteInput(what, year):
            return "The \(what) for \(year) is not a finite number. Supply it as a plain number."
        case let .missingCostIndex(region, sector, year, available):
            return "There is no cost index (\(sector)) for \(region) in \(year) (available: \(Self.yearList(available))). "
                + "Supply the cost index for \(year), or choose an adjustment without expenditure need."
        case let .nonPositiveCostIndex(region, sector, year, value):
            return "The cost index (\(sector)) for \(region) in \(year) is \(NumberText.plain(value)); a cost index must be "
                + "above zero (national average 1,00). Check the figure for \(year)."
        case let .noPriceIndex(adjustment):
            return "The adjustment \"\(adjustment)\" deflates figures, but no price index was supplied. "
                + "Supply the municipal deflator (or another price index), or choose an adjustment without deflation."
        case let .noCostIndex(adjustment):
            return "The adjustment \"\(adjustment)\" divides by expenditure need, but no cost index was supplied. "
                + "Supply the sector's cost index per year, or choose an adjustment without expenditure need."
        }
    }

    private static func yearList(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "no years" }
        if years.count == last - first + 1 { return first == last ? "\(first)" : "\(first)–\(last)" }
        return years.map(String.init).joined(separator: ", ")
    }
}

extension AdjustmentError: ClassifiedError {
    /// The inputs were understood; the figures do not allow the computation.
    public var failureKind: FailureKind { .cannotCompute }
}
