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
    /// Too few of a network's members have figures for an average to stand for the network.
    case tooFewMembers(
        indicator: String, year: Int, network: String, contributors: [String], members: Int, coverage: AverageCoverage)

    public var errorDescription: String? {
        switch self {
        case .noData(let municipality, let year, let available):
            let hint =
                available.isEmpty
                ? "The store holds no figures for \(municipality) at all: import or fetch some first (see 'kostra import --help')."
                : "Years with figures: \(Self.years(available)). Choose one with \(OptionSpelling.named("year"))."
            return "There are no figures for \(municipality) in \(year). \(hint)"
        case .nothingToAverage(let indicator, let year, let regions) where regions.isEmpty:
            return
                "There is nothing to average for '\(indicator)' in \(year): no municipality is left to average over. Name at least one (\(OptionSpelling.named("peers"))) that is not excluded (\(OptionSpelling.named("exclude")))."
        case .tooFewMembers(let indicator, let year, let network, let contributors, let members, let coverage):
            let share = coverage.moreThanShare == 0.5 ? "more than half" : "more than \(Int((coverage.moreThanShare * 100).rounded())) %"
            return "The \(network) average of '\(indicator)' in \(year) is not shown: only \(contributors.count) of \(members) members "
                + "\(contributors.count == 1 ? "has" : "have") a figure (\(contributors.joined(separator: ", "))), and an average needs \(share) of them "
                + "(networks.json: «\(coverage.reason)»). Import or fetch the other members' figures, or average over municipalities you choose with \(OptionSpelling.named("peers"))."
        case .nothingToAverage(let indicator, let year, let regions):
            return
                "No figures for '\(indicator)' in \(year) for any of \(regions.joined(separator: ", ")), so there is no average. Import or fetch the members' figures first."
        case .cannotWeight(let indicator, let year, let regions):
            return
                "The weighted average of '\(indicator)' in \(year) needs numerators and denominators, which are not stored for \(regions.joined(separator: ", ")). Fetch the base figures, or ask for \(OptionSpelling.named("method", value: "unweighted"))."
        case .zeroDenominator(let indicator, let region, let year):
            return
                "The denominator of '\(indicator)' for \(region) in \(year) is zero, so the figure does not exist (it is not zero). Check the base figures."
        }
    }

    private static func years(_ years: [Int]) -> String {
        let sorted = years.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "none" }
        return sorted.count > 3 && last - first + 1 == sorted.count ? "\(first)–\(last)" : sorted.map(String.init).joined(separator: ", ")
    }
}

extension AnalysisError: ClassifiedError {
    public var failureKind: FailureKind {
        if case .noData = self { return .notFound }
        return .cannotCompute
    }

    public var parameter: String? {
        if case .noData = self { return "year" }
        return nil
    }

    /// For a year without figures: the years that have them.
    public var suggestions: [String] {
        if case .noData(_, _, let years) = self { return years.map(String.init) }
        return []
    }
}
