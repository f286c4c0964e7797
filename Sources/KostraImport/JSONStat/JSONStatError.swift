public import Foundation
public import KostraModel

/// Why a JSON-stat input could not be decoded, with the place in the input where it was seen.
///
/// Every message names the input (the origin the caller gave), the byte offset
/// with line and column, and what the user can do about it.
public enum JSONStatError: Error, LocalizedError, Equatable, Sendable {
    /// The input has no bytes, or only white space.
    case emptyInput(origin: String)
    /// The input stops in the middle of the JSON text, e.g. a cut-off download.
    case unexpectedEnd(JSONStatSourceLocation, expected: String)
    /// The bytes at the location are not valid JSON.
    case invalidJSON(JSONStatSourceLocation, found: String, expected: String)
    /// The input is an HTML page (an error page from the server), not JSON.
    case htmlPage(JSONStatSourceLocation)
    /// The input is JSON but not a JSON-stat dataset, e.g. an error object from SSB.
    case notADataset(JSONStatSourceLocation, reason: String)
    /// A member every dataset needs (`id`, `size`, `dimension`, `value`) is absent.
    case missingMember(JSONStatSourceLocation, member: String)
    /// A member has the wrong shape, e.g. `size` holding something other than whole numbers.
    case invalidMember(JSONStatSourceLocation, member: String, expected: String)
    /// `id` and `size` have different lengths.
    case idSizeMismatch(JSONStatSourceLocation, ids: Int, sizes: Int)
    /// A dimension named in `id` is not described under `dimension`.
    case missingDimension(JSONStatSourceLocation, dimension: String)
    /// A dimension has a different number of categories than its entry in `size`.
    case categoryCountMismatch(JSONStatSourceLocation, dimension: String, categories: Int, size: Int)
    /// The `value` array does not hold one entry per cell.
    case valueCountMismatch(JSONStatSourceLocation, values: Int, cells: Int)
    /// A key of a `value` or `status` object is not a whole number.
    case positionKeyInvalid(JSONStatSourceLocation, member: String, key: String)
    /// A `value` or `status` entry refers to a cell beyond the last one.
    case positionOutOfRange(JSONStatSourceLocation, member: String, position: Int, cells: Int)
    /// Arrays and objects are nested deeper than any JSON-stat dataset needs.
    case nestingTooDeep(JSONStatSourceLocation, limit: Int)
    /// The dataset declares more cells than the decoder keeps in memory.
    case tooManyCells(JSONStatSourceLocation, cells: Int, limit: Int)

    /// Where the problem was found, or `nil` for an empty input.
    public var location: JSONStatSourceLocation? {
        switch self {
        case .emptyInput: nil
        case .unexpectedEnd(let location, _), .invalidJSON(let location, _, _), .htmlPage(let location),
            .notADataset(let location, _), .missingMember(let location, _), .invalidMember(let location, _, _),
            .idSizeMismatch(let location, _, _), .missingDimension(let location, _),
            .categoryCountMismatch(let location, _, _, _), .valueCountMismatch(let location, _, _),
            .positionKeyInvalid(let location, _, _), .positionOutOfRange(let location, _, _, _),
            .nestingTooDeep(let location, _), .tooManyCells(let location, _, _):
            location
        }
    }

    /// Advice for faults in the data themselves, which the user cannot repair locally.
    private static let refetch = "Fetch the data again; if the fault remains, report it to the publisher."

    /// The message for the user: what went wrong, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .emptyInput(let origin):
            return "\(origin) is empty, so there is no JSON-stat dataset to read. "
                + "Check that the download finished and that the path or URL is right."
        case .unexpectedEnd(let location, let expected):
            return "The JSON-stat data in \(location) end too early: \(expected) was expected there. "
                + "The file or download was probably cut off; fetch it again."
        case .invalidJSON(let location, let found, let expected):
            return "\(location) is not valid JSON: found \(found) where \(expected) was expected. "
                + "Fetch the file again; if it was edited by hand, correct the text at that line and column."
        case .htmlPage(let location):
            return "The answer in \(location) is an HTML page, not JSON-stat. "
                + "SSB answers with an HTML 404 page when a GET URL is longer than about 2 100 characters "
                + "or the path is wrong: check the table number and the path, and ask for fewer codes per "
                + "request (or send the query by POST) when the URL is long."
        case .notADataset(let location, let reason):
            return "\(location) does not hold a JSON-stat dataset: \(reason). "
                + "Check the table number and the query, then fetch the data again."
        case .missingMember(let location, let member):
            return "The JSON-stat dataset in \(location) has no \"\(member)\" member, which every dataset needs. "
                + Self.refetch
        case .invalidMember(let location, let member, let expected):
            return "\"\(member)\" in \(location) must be \(expected). " + Self.refetch
        case .idSizeMismatch(let location, let ids, let sizes):
            return "The JSON-stat dataset in \(location) is inconsistent: \"id\" names \(ids) dimensions "
                + "but \"size\" gives \(sizes) sizes. " + Self.refetch
        case .missingDimension(let location, let dimension):
            return "The JSON-stat dataset in \(location) lists the dimension \"\(dimension)\" in \"id\", "
                + "but \"dimension\" does not describe it. " + Self.refetch
        case .categoryCountMismatch(let location, let dimension, let categories, let size):
            return "The dimension \"\(dimension)\" in \(location) has \(categories) categories, "
                + "but \"size\" says \(size). " + Self.refetch
        case .valueCountMismatch(let location, let values, let cells):
            return "The \"value\" array in \(location) holds \(values) values, but the dimensions "
                + "make \(cells) cells. The data were probably cut short or altered. " + Self.refetch
        case .positionKeyInvalid(let location, let member, let key):
            return "The \"\(member)\" object in \(location) has the key \"\(key)\", which is not a cell "
                + "position (a whole number from 0 up). " + Self.refetch
        case .positionOutOfRange(let location, let member, let position, let cells):
            return "\"\(member)\" in \(location) refers to cell position \(position), but the dataset has "
                + "only \(cells) cells (positions 0 to \(cells - 1)). " + Self.refetch
        case .nestingTooDeep(let location, let limit):
            return "The JSON in \(location) nests arrays and objects more than \(limit) levels deep, far more "
                + "than a JSON-stat dataset needs; the input is probably something else. Check where it came from."
        case .tooManyCells(let location, let cells, let limit):
            return "The dataset in \(location) declares \(cells) cells, more than the \(limit) this reader "
                + "keeps in memory. Ask for fewer regions, years or variables per request."
        }
    }
}

extension JSONStatError: ClassifiedError {
    public var failureKind: FailureKind { .invalidInput }
    public var parameter: String? { "file" }
}
