/// The character encoding a text file was read with, as detected from its bytes.
///
/// SSB's Statbank and older Excel versions save Norwegian text as Windows-1252
/// (or ISO-8859-1); newer tools save UTF-8, with or without a byte-order mark.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-8 starting with a byte-order mark (Excel's "CSV UTF-8").
    case utf8WithBOM = "UTF-8 with BOM"
    /// Windows-1252: ISO-8859-1 plus printable characters (€, ’, –) in 0x80–0x9F.
    case windows1252 = "Windows-1252"
    /// ISO-8859-1 (Latin-1); read as Windows-1252, which agrees on every byte the file uses.
    case iso88591 = "ISO-8859-1"
}
