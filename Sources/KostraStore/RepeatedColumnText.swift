import Foundation
import GRDB
import GRDBSQLite
import KostraModel

/// Reads a text column of a result in key order, where the same text comes row after row (an
/// indicator for hundreds of rows, a region for ten): a new `String` is made only when the bytes
/// differ from the previous row's.
///
/// A report's charts read some 2 800 figures; making and validating two strings for each was a
/// third of that read (`perf`, session 11). `SeriesFiguresTests` compares the result with GRDB's
/// own row decoding on both engines.
struct RepeatedColumnText {
    private var bytes: [UInt8] = []
    private var text = ""

    /// The column's text in the statement's current row; an SQL NULL reads as empty.
    mutating func read(_ statement: SQLiteStatement, column: Int32) -> String {
        guard let pointer = sqlite3_column_text(statement, column) else { return "" }
        // sqlite3_column_bytes after sqlite3_column_text: the length of the text just made.
        let count = Int(sqlite3_column_bytes(statement, column))
        let same = count == bytes.count && bytes.withUnsafeBytes { count == 0 || memcmp($0.baseAddress!, pointer, count) == 0 }
        if !same {
            let current = UnsafeBufferPointer(start: pointer, count: count)
            bytes = Array(current)
            text = String(decoding: current, as: UTF8.self)
        }
        return text
    }
}

/// A figure row's key texts, read as ``RepeatedColumnText``: the indicator, region and basis in
/// columns 0, 1 and 3, as both figure reads of ``SQLiteStore`` select them.
struct FigureKeyTexts {
    private var indicator = RepeatedColumnText()
    private var region = RepeatedColumnText()
    private var basis = RepeatedColumnText()
    // The basis of the previous row: parsed again only when its text changes (a string switch on
    // every row was a tenth of the Swift side of a report's series read).
    private var basisText = ""
    private var basisValue = PriceBasis.nominal

    mutating func read(_ statement: SQLiteStatement) -> (indicator: IndicatorID, region: RegionID, basis: PriceBasis) {
        let text = basis.read(statement, column: 3)
        if text != basisText {
            basisText = text
            basisValue = PriceBasis(rawValue: text) ?? .nominal
        }
        return (indicator.read(statement, column: 0), region.read(statement, column: 1), basisValue)
    }
}
