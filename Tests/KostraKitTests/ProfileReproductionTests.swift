import Foundation
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

/// `kostra profile --format json` must reproduce every figure of the published Bærum 2024 table
/// (`shared/reference/baerum-kostra-2024.csv`) to its published rounding.
@Suite("Bærum 2024 profile reproduces the published figures")
struct ProfileReproductionTests {
    struct ReferenceRow {
        var label: String
        var values: [Double]  // baerum 2022, 2023, 2024, avg, high, low
    }

    static func reference() throws -> [ReferenceRow] {
        try SharedFixtures.text("reference/baerum-kostra-2024.csv").split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.dropFirst()
            .map { line in
                let cells = line.split(separator: ";").map(String.init)
                return ReferenceRow(label: cells[1], values: try cells[3...8].map { try #require(Double($0)) })
            }
    }

    static func profileJSON() async throws -> ProfileJSON {
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run(
            ["profile", "Bærum", "--year", "2024", "--format", "json", "--database", folder.appendingPathComponent("k.sqlite").path])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(ProfileJSON.self, from: Data(result.stdout.utf8))
    }

    @Test("Every figure of the published table, through the command line")
    func everyFigure() async throws {
        let json = try await Self.profileJSON()
        #expect(json.municipality.name == "Bærum" && json.municipality.code == "3201" && json.year == 2024 && json.network == "ASSS")
        let reference = try Self.reference()
        #expect(json.rows.count == reference.count)
        let catalog = try Definitions.bundled().catalog
        for (row, published) in zip(json.rows, reference) {
            #expect(catalog.indicator(matchingLabel: published.label)?.id == row.id)
            let shown = [row.values["2022"], row.values["2023"], row.values["2024"], row.average, row.highest, row.lowest]
            for (value, expected) in zip(shown, published.values) {
                let rounded = try #require(value).rounded(to: row.decimals)
                #expect(rounded == expected.rounded(to: row.decimals), "\(row.id): \(String(describing: value)) vs \(expected)")
            }
            #expect(row.averageSource == "published" && row.contributors == nil)
        }
    }

    @Test("The chart's highest-index marks agree with the published profile (±1)")
    func highestIndexMarks() async throws {
        let json = try await Self.profileJSON()
        let published: [String: Double] = [
            "recipients-18-67-share": 139, "kvp-per-1000": 138, "aap-18-67-share": 146, "payout-per-recipient": 116,
            "kvp-work-education-share": 143, "sickness-absence": 113,
        ]
        for (id, mark) in published {
            let row = try #require(json.rows.first { $0.id == id })
            let index = try #require(row.highestIndex)
            #expect(abs(index.rounded() - mark) <= 1, "\(id): \(index) vs \(mark)")
        }
        let rbi = try #require(json.rows.first { $0.id == "rbi" })
        #expect(rbi.index.map { ($0 * 10).rounded() / 10 } == 87.7)
    }

    @Test("Table and CSV output use Norwegian formatting")
    func norwegianFormatting() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let database = folder.appendingPathComponent("k.sqlite").path
        let table = try await KostraCLI.run(["profile", "baerum", "--database", database])
        #expect(table.status == 0)
        #expect(table.stdout.contains("kr 70 784"))
        #expect(table.stdout.contains("0,877"))
        #expect(table.stdout.contains("69,2 %"))
        let csv = try await KostraCLI.run(["profile", "3201", "--format", "csv", "--database", database])
        #expect(csv.stdout.hasPrefix("\u{FEFF}Kategori;Indikator;Enhet;Bærum 2022;"))
        #expect(csv.stdout.contains(";70784;78830;91051;48840;"))
    }
}

extension Double {
    func rounded(to decimals: Int) -> Double {
        NorwegianNumberFormat.round(self, decimals: decimals)
    }
}
