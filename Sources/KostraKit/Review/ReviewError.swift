public import Foundation
public import KostraModel

/// What can go wrong in the review analyses (decomposition, ratio and peer tables, long-term
/// recipients, the peer finder) before the pure computations are reached.
public enum ReviewError: Error, LocalizedError, Equatable, Sendable {
    /// A named region lacks stored figures for a year.
    case missingStoredFigures(region: String, year: Int, figures: [String], yearsWithAll: [Int])
    /// A `--input` file could not be read or parsed.
    case badInputFile(path: String, message: String)
    /// `--input NAME=FILE` names a region that is neither the municipality, a peer nor the network.
    case inputForUnknownColumn(name: String, known: [String])
    /// Two `--input` files for the same region.
    case duplicateInput(name: String)
    /// The same region is named twice (as municipality and peer, or twice as a peer).
    case duplicateRegion(name: String)
    /// The `--from` year is not before the `--to` year.
    case yearsOutOfOrder(from: Int, to: Int)
    /// No stored figure at all for an indicator and region.
    case noFigures(indicator: String, region: String)
    /// No stored figure for any of the indicators (`'label' (id)`, either would do) and region in a span of years.
    case noFiguresInYears(indicators: [String], region: String, from: Int, to: Int)
    /// A peer-search variable or indicator is unknown.
    case unknownPeerVariable(name: String, known: [String])
    /// A `--weights` entry is not `name=number` or names a variable not chosen.
    case badWeight(entry: String, reason: String)
    /// `@nearest…` is not written `@nearest` or `@nearest:N`.
    case badPeerSet(String)
    /// The structural figures needed for a peer search are missing for the target.
    case noStructuralFigures(region: String, year: Int?, variables: [String], yearsAvailable: [Int])

    public var errorDescription: String? {
        switch self {
        case let .missingStoredFigures(region, year, figures, yearsWithAll):
            let years = yearsWithAll.isEmpty ? "none" : yearsWithAll.map(String.init).joined(separator: ", ")
            return "There are no stored figures for \(region) in \(year) for: \(figures.joined(separator: ", ")). "
                + "Years with all of them: \(years). Import the figures ('kostra import published FILE'), "
                + "give them in a file with --input, or choose other years with --from/--to."
        case let .badInputFile(path, message):
            return "\(path): \(message)"
        case let .inputForUnknownColumn(name, known):
            return "--input names '\(name)', which is not the municipality, a peer or the network of this analysis "
                + "(\(known.joined(separator: ", "))). Write --input FILE for the municipality, or --input NAME=FILE for a peer "
                + "named in --peers or for the network."
        case let .duplicateInput(name):
            return "Two --input files are given for \(name). Give one file per region."
        case let .duplicateRegion(name):
            return "\(name) is named more than once (as the municipality or in \(OptionSpelling.named("peers"))). Name each municipality once."
        case let .yearsOutOfOrder(from, to):
            return
                "\(OptionSpelling.named("from", value: "\(from)")) is not before \(OptionSpelling.named("to", value: "\(to)")). Give the earlier year with \(OptionSpelling.named("from")) and the later with \(OptionSpelling.named("to"))."
        case let .noFigures(indicator, region):
            return "There are no stored figures of '\(indicator)' for \(region). Import them first ('kostra import published FILE')."
        case let .noFiguresInYears(indicators, region, from, to):
            return "There are no stored figures of \(indicators.joined(separator: " or ")) for \(region) in \(from)–\(to). "
                + "Import them first ('kostra import published FILE') or choose other years with --from/--to."
        case let .unknownPeerVariable(name, known):
            return "'\(name)' is neither a structural variable nor an indicator id. Structural variables: "
                + "\(known.joined(separator: ", ")); any indicator id from 'kostra indicators --all' works too."
        case let .badWeight(entry, reason):
            return "--weights '\(entry)': \(reason). Write weights as name=number, e.g. --weights population=2,share-67-plus=0.5."
        case let .badPeerSet(text):
            return "'\(text)' is not a peer set. Write @nearest for the 10 nearest municipalities (as 'kostra peers' finds them) "
                + "or @nearest:N for the N nearest, e.g. \(OptionSpelling.named("peers", value: "@nearest:5"))."
        case let .noStructuralFigures(region, year, variables, yearsAvailable):
            let when = year.map { " in \($0)" } ?? ""
            let years = yearsAvailable.isEmpty ? "none" : yearsAvailable.map(String.init).joined(separator: ", ")
            return "\(region) has no stored figures\(when) for every chosen variable (\(variables.joined(separator: ", "))). "
                + "Years with all of them: \(years). Import population figures (e.g. SSB table 07459) or choose another \(OptionSpelling.named("year")) or \(OptionSpelling.named("by"))."
        }
    }
}

extension ReviewError: ClassifiedError {
    /// Each is a request or file that keeps the form's rules but cannot be answered as it stands
    /// (the API documents these as 422), or figures the review needs that are not stored.
    public var failureKind: FailureKind { .cannotCompute }

    public var parameter: String? {
        switch self {
        case .badInputFile, .inputForUnknownColumn, .duplicateInput: "inputs"
        case .duplicateRegion, .badPeerSet: "peers"
        case .yearsOutOfOrder: "from"
        case .unknownPeerVariable, .badWeight: "variables"
        case .missingStoredFigures, .noFigures, .noFiguresInYears, .noStructuralFigures: nil
        }
    }

    public var suggestions: [String] {
        switch self {
        case .unknownPeerVariable(_, let known), .inputForUnknownColumn(_, let known): known
        case .missingStoredFigures(_, _, _, let years), .noStructuralFigures(_, _, _, let years): years.map(String.init)
        default: []
        }
    }
}
