public import Foundation
public import KostraModel

/// Why an analyst's notes file could not be read.
public enum NotesError: Error, Sendable, Equatable {
    case unreadable(file: String, reason: String)
    case unknownHeading(file: String, line: Int, heading: String, areas: [String])
    case badFigureComment(file: String, line: Int, text: String, expected: String)
    case unknownIndicator(file: String, line: Int, id: String)
    case duplicateSection(file: String, line: Int, heading: String, firstLine: Int)
}

extension NotesError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            "Cannot read the notes file \(file): \(reason)."
        case .unknownHeading(let file, let line, let heading, let areas):
            "\(file):\(line): the heading '\(heading)' names neither an indicator nor an area. Use an indicator's label "
                + "(see `kostra indicators`) or one of: \(areas.joined(separator: ", "))."
        case .badFigureComment(let file, let line, let text, let expected):
            "\(file):\(line): cannot read the recorded figures '\(text)': expected \(expected). "
                + "Leave the comment as `kostra notes init` wrote it, or delete it."
        case .unknownIndicator(let file, let line, let id):
            "\(file):\(line): the indicator '\(id)' is not in the catalogue (see `kostra indicators`)."
        case .duplicateSection(let file, let line, let heading, let firstLine):
            "\(file):\(line): a second section '\(heading)' (the first is on line \(firstLine)); merge them into one."
        }
    }
}

extension NotesError: ClassifiedError {
    public var failureKind: FailureKind { .invalidInput }
    public var parameter: String? { "file" }
}
