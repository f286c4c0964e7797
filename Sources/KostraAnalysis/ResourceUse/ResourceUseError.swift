public import Foundation
public import KostraModel

/// What can go wrong when computing the resource-use indicator (RBI).
public enum ResourceUseError: Error, LocalizedError, Equatable, Sendable {
    /// The cost index is zero or negative; it is a need index with national average 1,00.
    case nonPositiveCostIndex(region: String, value: Double)
    /// The correction factor for employer tax and pension is zero or negative.
    case nonPositiveCorrectionFactor(region: String, value: Double)
    /// Spending per inhabitant is negative.
    case negativeSpending(region: String, value: Double)
    /// An input is infinite or NaN.
    case nonFiniteInput(region: String, input: String)
    /// The number of inhabitants used to form spending per inhabitant is not above zero.
    case nonPositiveInhabitants(region: String, value: Double)
    /// A region appears twice in the network.
    case duplicateRegion(String)
    /// No network member has both spending and a cost index.
    case noMembersWithData(missing: [String])
    /// Every member with data has zero spending, so the network mean is zero and RBI undefined.
    case zeroNetworkMean

    public var errorDescription: String? {
        switch self {
        case let .nonPositiveCostIndex(region, value):
            return "The cost index for \(region) is \(NumberText.plain(value)); a cost index must be above zero "
                + "(national average 1,00). Check the sector's expenditure-need index for \(region), or leave the cost index "
                + "out so that \(region) is listed as lacking data."
        case let .nonPositiveCorrectionFactor(region, value):
            return "The correction factor for employer tax and pension for \(region) is \(NumberText.plain(value)); "
                + "it must be above zero. Use 1 for no correction."
        case let .negativeSpending(region, value):
            return "Spending per inhabitant for \(region) is \(NumberText.plain(value)), which is negative. "
                + "Check net operating expenditure and depreciation for \(region)."
        case let .nonFiniteInput(region, input):
            return "The \(input) for \(region) is not a finite number. Supply it as a plain number."
        case let .nonPositiveInhabitants(region, value):
            return "The number of inhabitants for \(region) is \(NumberText.plain(value)); spending per inhabitant "
                + "needs a population above zero. Check the population figure for \(region)."
        case let .duplicateRegion(region):
            return "\(region) appears more than once in the network. Give each member once."
        case let .noMembersWithData(missing):
            let list = missing.isEmpty ? "the network is empty" : "lacking data: " + missing.joined(separator: ", ")
            return "No network member has both spending per inhabitant and a cost index (\(list)), so the resource-use "
                + "indicator cannot be computed. Supply both figures for at least one member."
        case .zeroNetworkMean:
            return "Every network member with data has zero spending, so the network mean is zero and the "
                + "resource-use indicator is undefined. Check the spending figures."
        }
    }
}

extension ResourceUseError: ClassifiedError {
    /// The inputs were understood; the figures do not allow the computation.
    public var failureKind: FailureKind { .cannotCompute }
}
