public import Foundation
import KostraImport
import KostraModel

/// The file formats `kostra import` and `kostra inspect` recognise.
public enum ImportFormat: String, Sendable, Hashable, CaseIterable {
    /// A JSON-stat 2.0 dataset, as SSB's PxWebApi serves it.
    case jsonStat = "JSON-stat 2.0"
    /// A CSV export from SSB's Statbank (Statistikkbanken).
    case statbankCSV = "Statbank CSV"
    /// KostraKit's long CSV: `region;indicator;year;value;numerator;denominator;status`.
    case longCSV = "long CSV"
    /// A published-figures table (profile table or time series), as `kostra import published` reads.
    case publishedFigures = "published figures"
    /// A NAV workbook (.xlsx) with counts per municipality and month (AAP155, HL060).
    case navWorkbook = "NAV workbook"
    /// A CSV of NAV's counts per municipality and month.
    case navCSV = "NAV CSV"

    /// A file's bytes, with its format and (for the text formats) its decoded text.
    struct Detected {
        var format: ImportFormat
        var text: DecodedText?
        /// The NAV CSV layout the header matched.
        var navLayout: NAVFileCatalog.CSVLayout? = nil
    }

    /// Decides a file's format from its content, never from its name: JSON by its first
    /// character, the CSVs by their header lines.
    static func detect(_ bytes: [UInt8], origin: String) throws(ImportError) -> Detected {
        // An Excel workbook is a ZIP archive; NAV publishes its monthly figures that way.
        if XLSXWorkbook.isZIP(bytes) { return Detected(format: .navWorkbook, text: nil) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let first = bytes[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw .empty(file: origin)
        }
        // An HTML page goes to the JSON-stat decoder too, whose message explains SSB's error pages.
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "<") {
            return Detected(format: .jsonStat, text: nil)
        }
        let decoded = try TextDecoder.decode(bytes, origin: origin)
        if LongCSVReader.recognizes(decoded.text) { return Detected(format: .longCSV, text: decoded) }
        if let catalog = try? NAVFileCatalog.bundled(), let layout = NAVCSVReader.layout(of: decoded.text, catalog: catalog) {
            return Detected(format: .navCSV, text: decoded, navLayout: layout)
        }
        if PublishedFiguresReader.recognizes(decoded.text) { return Detected(format: .publishedFigures, text: decoded) }
        if StatbankCSVReader.recognizes(decoded.text) { return Detected(format: .statbankCSV, text: decoded) }
        let firstLine = decoded.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        throw .unknownFormat(file: origin, start: String(firstLine.prefix(60)))
    }

    /// Reads a whole file's bytes, or says why it cannot.
    static func bytes(of path: String) throws(KitError) -> [UInt8] {
        if let problem = FileProblem.readProblem(path) { throw .unreadableInput(path: path, reason: problem) }
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadableInput(path: path, reason: FileProblem.reason(error))
        }
    }
}
