public import Foundation
public import KostraModel

/// Why a ranking cannot be made, said to the user with what to do.
public enum RankError: Error, LocalizedError, Equatable, Sendable {
    /// None of the municipalities has a figure for the indicator in the year.
    case noFigures(indicator: String, year: Int, scope: String, yearsWithFigures: [Int])

    public var errorDescription: String? {
        switch self {
        case .noFigures(let indicator, let year, let scope, let years):
            let hint =
                years.isEmpty
                ? "No municipality has figures for it at all: fetch or import them first (see 'kostra fetch --help')."
                : "Years with figures: \(years.map(String.init).joined(separator: ", ")). Choose one with \(OptionSpelling.named("year"))."
            return "No municipality in \(scope) has a figure for '\(indicator)' in \(year), so there is nothing to rank. \(hint)"
        }
    }
}

extension RankError: ClassifiedError {
    public var failureKind: FailureKind { .notFound }
    public var parameter: String? { "year" }
    /// The years that have figures to rank.
    public var suggestions: [String] {
        switch self {
        case .noFigures(_, _, _, let years): years.map(String.init)
        }
    }
}
