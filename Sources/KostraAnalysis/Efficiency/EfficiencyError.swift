public import Foundation
public import KostraModel

/// What can go wrong when computing relative efficiency or comparing it with a published figure.
public enum EfficiencyError: Error, LocalizedError, Equatable, Sendable {
    /// An input that must be above zero is not (network figures, expenditure).
    case nonPositiveInput(region: String, input: String, value: Double)
    /// Production is negative.
    case negativeProduction(region: String, value: Double)
    /// A figure given as percent above the network is −100 % or lower (expenditure) or below −100 % (production).
    case percentOutOfRange(region: String, input: String, percent: Double)
    /// An input is infinite or NaN.
    case nonFiniteInput(region: String, input: String)
    /// The number of decimals of a published figure is negative.
    case negativeDecimals(Int)

    public var errorDescription: String? {
        switch self {
        case let .nonPositiveInput(region, input, value):
            return "The \(input) for \(region) is \(NumberText.plain(value)); it must be above zero for relative efficiency "
                + "to be defined. Check the figure."
        case let .negativeProduction(region, value):
            return "The production for \(region) is \(NumberText.plain(value)), which is negative. "
                + "Production indices are zero or above; check the figure."
        case let .percentOutOfRange(region, input, percent):
            return "The \(input) for \(region) is given as \(NumberText.plain(percent)) % relative to the network, which would "
                + "make the relative figure zero or negative. Give the difference in percent (−2,2 for 2,2 % below)."
        case let .nonFiniteInput(region, input):
            return "The \(input) for \(region) is not a finite number. Supply it as a plain number."
        case let .negativeDecimals(decimals):
            return "A published figure cannot have \(decimals) decimals. Give 0 or more (44 % has 0)."
        }
    }
}

extension EfficiencyError: ClassifiedError {
    /// The inputs were understood; the figures do not allow the computation.
    public var failureKind: FailureKind { .cannotCompute }
}
