/// A Statbank CSV export read into the same table type the JSON-stat decoder yields.
public struct StatbankCSVFile: Sendable {
    /// The cells, with one dimension per stub column and one each for the contents and the
    /// period combined in the heading cells (`Personer 2024`).
    public var table: JSONStatDataset
    /// The encoding the file was read with.
    public var encoding: TextEncoding
    /// The field separator found: `;` (Norwegian exports), `,` (English exports) or a tab.
    public var separator: Character

    /// Creates a file from its parts.
    public init(table: JSONStatDataset, encoding: TextEncoding, separator: Character) {
        self.table = table
        self.encoding = encoding
        self.separator = separator
    }

    /// The separator as a word for messages, e.g. `semicolon`.
    public var separatorName: String {
        switch separator {
        case ";": "semicolon"
        case ",": "comma"
        case "\t": "tab"
        default: "'\(separator)'"
        }
    }
}
