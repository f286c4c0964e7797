import Foundation
import KostraTesting

/// The rows of the derived 07459 age-group file (shared/data README, file 2) as name → column.
func populationRows() throws -> [[String: String]] {
    let text = try SharedFixtures.text("data/ssb07459_population_agegroups_asss_2005_2024.csv")
    let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

/// Encodes text as Windows-1252 the way Statbank and older Excel write it (only Latin-1 letters here).
func windows1252(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
        precondition(scalar.value < 0x100, "test text must stay within Latin-1")
        return UInt8(scalar.value)
    }
}
