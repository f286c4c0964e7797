import Foundation
import KostraModel

/// Reads CSV files exported from SSB's Statbank (Statistikkbanken, PxWeb) into the same
/// table type the JSON-stat decoder yields, so everything downstream handles both alike.
///
/// The layouts Statbank writes, all handled:
/// - an optional title line (`"07459: Befolkning, etter region, alder, statistikkvariabel og år"`);
/// - a header whose first columns name the stub variables (`"region";"alder"`) and whose
///   other columns combine the contents label and the period (`"Personer 2024"`), or, in
///   the long layout, every variable as a column and the figures in the last one;
/// - semicolons and decimal commas (Norwegian), or commas and decimal points (English);
/// - quoted labels that may carry the code before the text (`"3201 Bærum"`);
/// - SSB's symbols `.`, `..`, `:` and `-` in place of figures.
///
/// The whole file is read before anything is returned; errors name file, line and column.
public enum StatbankCSVReader {
    /// Decodes `bytes` (UTF-8 or Windows-1252, detected) and reads the table.
    public static func read(bytes: [UInt8], origin: String) throws(ImportError) -> StatbankCSVFile {
        let decoded = try TextDecoder.decode(bytes, origin: origin)
        let (table, separator) = try read(decoded.text, origin: origin)
        return StatbankCSVFile(table: table, encoding: decoded.encoding, separator: separator)
    }

    /// Whether `text` looks like a Statbank export: a header with a period in its last
    /// column, a period column among its first ones, or a table number in title or header.
    public static func recognizes(_ text: String) -> Bool {
        // The title, the header and a few rows decide; the rest of a large file is not split.
        guard let layout = try? StatbankLayout(text: String(DelimitedText.head(text)), origin: "") else { return false }
        return layout.isStatbank
    }

    /// Reads the table from decoded text; also returns the separator found.
    public static func read(_ text: String, origin: String) throws(ImportError) -> (JSONStatDataset, Character) {
        let layout = try StatbankLayout(text: text, origin: origin)
        guard layout.isStatbank else {
            throw .unknownFormat(file: origin, start: String(text.prefix(60)).trimmed)
        }
        return (try layout.table(origin: origin), layout.separator)
    }
}
