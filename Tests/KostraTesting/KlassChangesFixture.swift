public import Foundation

/// KLASS `changes` answers built from the real rows in
/// `shared/data/klass131_municipality_changes_2011_2024.csv`.
///
/// The CSV holds the feed's real field values; only the JSON wrapper (`{"codeChanges":[…]}`,
/// the shape of KLASS's `CodeChangeList`) is rebuilt here, filtered to the dates asked for.
public enum KlassChangesFixture {
    /// The CSV under `shared/`.
    public static let csvPath = "data/klass131_municipality_changes_2011_2024.csv"

    /// All rows, as field dictionaries keyed by the CSV header.
    public static func rows() throws -> [[String: String]] {
        let lines = try SharedFixtures.text(csvPath).split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            // The file has no quoted fields (checked: no '"' in it), so a plain split is exact.
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (name, value) in zip(header, fields) { row[name] = value }
            return row
        }
    }

    /// The answer for `from`/`to` (`YYYY-MM-DD`): changes with `from <= changeOccurred < to`,
    /// on the assumption that KLASS treats `to` as exclusive, as it does for its other ranges.
    public static func answer(from: String, to: String) throws -> Data {
        let selected = try rows().filter { row in
            guard let date = row["changeOccurred"] else { return false }
            return date >= from && date < to
        }
        let keys = ["oldCode", "oldName", "oldShortName", "newCode", "newName", "newShortName", "changeOccurred"]
        let items = selected.map { row in
            Dictionary(uniqueKeysWithValues: keys.map { ($0, row[$0] ?? "") })
        }
        return try JSONSerialization.data(withJSONObject: ["codeChanges": items], options: [.sortedKeys])
    }
}
