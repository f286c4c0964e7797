/// A place in a decoded input: the caller's name for it plus byte offset, line and column.
///
/// Errors carry one so a user can open the file at the right spot; line and
/// column count from 1, the column in characters (not bytes) of UTF-8 text.
public struct JSONStatSourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The name the caller gave the input: a file path or a URL.
    public var origin: String
    /// The offset in bytes from the start of the input, counting from 0.
    public var offset: Int
    /// The line, counting from 1.
    public var line: Int
    /// The column in characters, counting from 1.
    public var column: Int

    /// Creates a location from its parts.
    public init(origin: String, offset: Int, line: Int, column: Int) {
        self.origin = origin
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Finds line and column of `offset` by counting newlines and UTF-8 lead bytes before it.
    ///
    /// Only errors need this, so the cost of a scan from the start is paid once.
    init(origin: String, offset: Int, in bytes: UnsafeRawBufferPointer) {
        var line = 1
        var column = 1
        let limit = min(max(offset, 0), bytes.count)
        for i in 0..<limit {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(origin: origin, offset: offset, line: line, column: column)
    }

    /// `origin, byte N (line L, column C)`, the form every error message uses.
    public var description: String {
        "\(origin), byte \(offset) (line \(line), column \(column))"
    }
}
