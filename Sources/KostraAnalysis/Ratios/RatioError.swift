public import Foundation
public import KostraModel

/// What can go wrong when forming a ratio of one share over another.
public enum RatioError: Error, LocalizedError, Equatable, Sendable {
    /// A share is negative or not finite; shares run from 0 upwards.
    case invalidShare(region: String, label: String, value: Double)
    /// The denominator share is zero, so the ratio is undefined.
    case zeroDenominator(region: String, label: String)
    /// The number of decimals asked for is negative.
    case negativeDecimals(Int)
    /// The same region appears twice in the table's input.
    case duplicateRegion(String)
    /// No region has both shares, so the table would be empty.
    case noRegionWithBothShares(numeratorLabel: String, denominatorLabel: String)

    public var errorDescription: String? {
        switch self {
        case let .invalidShare(region, label, value):
            return "The share \"\(label)\" for \(region) is \(NumberText.plain(value)), which is not a valid share. "
                + "Shares must be finite and not negative; check the input figure."
        case let .zeroDenominator(region, label):
            return "The share \"\(label)\" for \(region) is 0, so the ratio over it is undefined. "
                + "Leave \(region) out of the ratio or check the figure."
        case let .negativeDecimals(decimals):
            return "The ratio cannot be rounded to \(decimals) decimals. Give 0 or more decimals (the review uses 1)."
        case let .duplicateRegion(region):
            return "\(region) appears more than once in the ratio table's input. Give each region once."
        case let .noRegionWithBothShares(numeratorLabel, denominatorLabel):
            return "No region has both \"\(numeratorLabel)\" and \"\(denominatorLabel)\", so there is no ratio to show. "
                + "Supply both shares for at least one region."
        }
    }
}

extension RatioError: ClassifiedError {
    /// The inputs were understood; the figures do not allow the computation.
    public var failureKind: FailureKind { .cannotCompute }
}
