/// A file's text together with the encoding it was read with, so the user can be told which.
public struct DecodedText: Sendable, Hashable {
    /// The text, without a byte-order mark.
    public var text: String
    /// The encoding the bytes were read as.
    public var encoding: TextEncoding

    /// Creates decoded text from its parts.
    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
