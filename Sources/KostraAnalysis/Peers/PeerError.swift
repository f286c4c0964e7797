public import Foundation
public import KostraModel

/// What can go wrong when looking for a municipality's nearest neighbours.
public enum PeerError: Error, LocalizedError, Equatable, Sendable {
    /// No structural variables were chosen.
    case noVariables
    /// A variable is chosen twice.
    case duplicateVariable(String)
    /// A weight is negative or not finite.
    case invalidWeight(variable: String, weight: Double)
    /// Every weight is zero, so every distance would be zero.
    case allWeightsZero
    /// The number of neighbours asked for is below one.
    case invalidCount(Int)
    /// A candidate appears twice.
    case duplicateCandidate(String)
    /// The target is not in the candidate list (it is needed for the standardisation).
    case targetNotAmongCandidates(String)
    /// The target lacks a chosen variable.
    case targetMissingVariable(target: String, variable: String)
    /// Fewer than two candidates (the target and one other) have all variables.
    case tooFewCandidates(target: String, withData: Int)
    /// Every weighted variable has zero spread, so no variable separates the candidates.
    case noVariableWithSpread(ignored: [String])
    /// Every candidate is at distance zero from the target, so distances cannot be rebased.
    case allCandidatesIdentical(target: String)

    public var errorDescription: String? {
        switch self {
        case .noVariables:
            return "No structural variables were chosen for the peer search. Choose at least one, e.g. population."
        case let .duplicateVariable(name):
            return "The variable \"\(name)\" is chosen more than once for the peer search. Choose each variable once "
                + "and use its weight to count it more."
        case let .invalidWeight(variable, weight):
            return "The weight of \"\(variable)\" is \(NumberText.plain(weight)); weights must be finite and not negative. "
                + "Use 1 for an ordinary weight, 0 to show a variable without letting it count."
        case .allWeightsZero:
            return "Every variable has weight 0, so every distance would be zero. Give at least one variable a weight above zero."
        case let .invalidCount(count):
            return "The peer search was asked for \(count) neighbours. Ask for 1 or more (default 10)."
        case let .duplicateCandidate(region):
            return "The candidate \(region) appears more than once. Give each candidate municipality once."
        case let .targetNotAmongCandidates(target):
            return "\(target) is not among the candidates. Include \(target) in the candidate list: its values are part "
                + "of the standardisation."
        case let .targetMissingVariable(target, variable):
            return "\(target) has no value for \"\(variable)\", so distances to it cannot be computed. "
                + "Supply the value or choose other variables."
        case let .tooFewCandidates(target, withData):
            return "Only \(withData) candidate(s) have every chosen variable, counting \(target). The peer search needs "
                + "\(target) and at least one other candidate with data; supply more candidates or fewer variables."
        case let .noVariableWithSpread(ignored):
            return "Every weighted variable has the same value for all candidates (\(ignored.joined(separator: ", "))), "
                + "so none separates them. Choose variables that differ between the candidates."
        case let .allCandidatesIdentical(target):
            return "Every candidate has the same standardised values as \(target), so all distances are zero and cannot "
                + "be rebased. Choose variables that differ between the candidates."
        }
    }
}

extension PeerError: ClassifiedError {
    /// The inputs were understood; the figures do not allow the computation.
    public var failureKind: FailureKind { .cannotCompute }
}
