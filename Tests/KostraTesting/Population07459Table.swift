import Foundation
import KostraModel

/// SSB table 07459 (population by region, age and year, 1 January) as the replay server
/// serves it, with the real values of `shared/data/ssb07459_population_single_age_asss_2005_2024.csv`.
///
/// The table has the real 07459 variables (`Region`, `Alder` `000`…`104`, `105+`,
/// `ContentsCode` `Personer1`, `Tid`); `Kjonn` is left out, as SSB leaves an eliminated
/// variable out of its answer (the file holds both sexes together). Its regions are the
/// file's codes plus every municipality code in the bundled regions; a code-year the file
/// does not hold (e.g. 0625 Nedre Eiker, which the file lacks) answers SSB's `..`.
public enum Population07459Table {
    public static let csvPath = "data/ssb07459_population_single_age_asss_2005_2024.csv"

    /// The people of one code, age (0…105) and year in the file (read once per test process).
    public static func persons() throws -> [String: Double] {
        try parsed.get()
    }

    private static let parsed = Result { try parse() }

    private static func parse() throws -> [String: Double] {
        var result: [String: Double] = [:]
        let lines = try SharedFixtures.text(csvPath).split(whereSeparator: \.isNewline)
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 7, let age = Int(fields[4]), let persons = Double(fields[6]) else { continue }
            result[key(code: fields[1], age: age, year: fields[0])] = persons
        }
        return result
    }

    /// The sum of persons in an age range for a code and year, straight from the file.
    public static func sum(code: String, ages: ClosedRange<Int>, year: Int, in persons: [String: Double]) -> Double? {
        var total = 0.0
        for age in ages {
            guard let value = persons[key(code: code, age: age, year: String(year))] else { return nil }
            total += value
        }
        return total
    }

    /// The replay table.
    ///
    /// - Parameter testYear2025: also serve Tid 2025 (31 December 2024, the denominators of
    ///   KOSTRA 2024) as a **copy of 2024: test data, not SSB's figures**, because the shared
    ///   file ends at 1 January 2024. Only the end-to-end profile test asks for it.
    public static func table(testYear2025: Bool = false) throws -> SyntheticTable {
        let persons = try persons()
        var codes = Set(persons.keys.map { String($0.split(separator: "|")[0]) })
        let definitions = try Definitions.bundled()
        for region in definitions.regions.regions where region.kind == .municipality {
            codes.formUnion(region.codes.map(\.code))
        }
        let ages = (0...104).map { String(format: "%03d", $0) } + ["105+"]
        let table = SyntheticTable(
            id: "07459",
            label: "07459: Befolkning, etter region, alder, statistikkvariabel og år",
            dimensions: [
                .init(id: "Region", label: "region", codes: codes.sorted()),
                .init(id: "Alder", label: "alder", codes: ages),
                .init(id: "ContentsCode", label: "statistikkvariabel", codes: ["Personer1"], labels: ["Personer1": "Personer"]),
                .init(id: "Tid", label: "år", codes: (2005...(testYear2025 ? 2025 : 2024)).map(String.init)),
            ],
            cellValue: { codes in
                let age = codes[1] == "105+" ? 105 : Int(codes[1]) ?? -1
                let year = testYear2025 && codes[3] == "2025" ? "2024" : codes[3]
                return persons[key(code: codes[0], age: age, year: year)]
            },
            roles: ["time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]]
        )
        return table
    }

    private static func key(code: String, age: Int, year: String) -> String { "\(code)|\(age)|\(year)" }
}
