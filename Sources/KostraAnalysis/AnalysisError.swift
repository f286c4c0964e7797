public import Foundation
public import KostraModel

/// Errors from the analyses, each saying which municipality, indicator or year lacks what.
public enum AnalysisError: Error, LocalizedError, Equatable, Sendable {
    /// The store holds no figures for the municipality in the year.
    case noData(municipality: String, year: Int, availableYears: [Int])
    /// None of the regions to average has a figure.
    case nothingToAverage(indicator: String, year: Int, regions: [String])
    /// A weighted average needs numerators and denominators that are not stored.
    case cannotWeight(indicator: String, year: Int, regions: [String])
    /// A denominator is zero, so the ratio does not exist.
    case zeroDenominator(indicator: String, region: String, year: Int)

    public var errorDescription: String? {
        switch self {
        case .noData(let municipality, let year, let available):
            let hint = available.isEmpty
                ? "The store holds no figures for \(municipality) at all: import or fetch some first (see 'kostra import --help')."
                : "Years with figures: \(Self.years(available)). Choose one with --year."
            return "There are no figures for \(municipality) in \(year). \(hint)"
        case .nothingToAverage(let indicator, let year, let regions):
            return "No figures for '\(indicator)' in \(year) for any of \(regions.joined(separator: ", ")), so there is no average. Import or fetch the members' figures first."
        case .cannotWeight(let indicator, let year, let regions):
            return "The weighted average of '\(indicator)' in \(year) needs numerators and denominators, which are not stored for \(regions.joined(separator: ", ")). Fetch the base figures, or ask for --method unweighted."
        case .zeroDenominator(let indicator, let region, let year):
            return "The denominator of '\(indicator)' for \(region) in \(year) is zero, so the figure does not exist (it is not zero). Check the base figures."
        }
    }

    private static func years(_ years: [Int]) -> String {
        let sorted = years.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "none" }
        return sorted.count > 3 && last - first + 1 == sorted.count ? "\(first)–\(last)" : sorted.map(String.init).joined(separator: ", ")
    }
}
