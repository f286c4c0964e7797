import Foundation
import KostraImport
import KostraModel
import Testing

/// SYNTHETIC data: the generator's output decodes to exactly what it wrote.
@Suite("JSON-stat: synthetic round trip")
struct JSONStatSyntheticTests {
    static let layouts: [(SyntheticJSONStat.ValueLayout, SyntheticJSONStat.StatusLayout)] = [
        (.array, .object), (.array, .array), (.object, .object), (.object, .array),
    ]

    @Test("Every cell decodes to the literal and status the generator wrote", arguments: 0..<4)
    func roundTrip(layout: Int) throws {
        let (values, statuses) = Self.layouts[layout]
        let generator = SyntheticJSONStat(
            regions: 7, functions: 5, accountTypes: 4, years: 3, missingFraction: 0.3, seed: 42,
            valueLayout: values, statusLayout: statuses
        )
        let dataset = try JSONStatDecoder.decode(generator.makeData(), origin: "synthetic.json")
        let cells = generator.cells()
        #expect(dataset.count == 7 * 5 * 4 * 3)
        #expect(cells.count == dataset.count)
        #expect(dataset.size == [7, 5, 4, 1, 3])
        #expect(dataset.ids == SyntheticJSONStat.dimensionIDs)
        #expect(dataset.tableID == "99999")
        #expect(dataset.label?.hasPrefix("SYNTETISK") == true)
        #expect(dataset.notes == ["Syntetiske data laget for tester og målinger; tallene er oppdiktet."])
        #expect(dataset.dimension(role: .metric)?.unit(of: "Belop") == JSONStatUnit(base: "1000 kr", decimals: 0))
        for (index, cell) in cells.enumerated() {
            #expect(dataset.value(at: index) == cell.literal.flatMap { Double($0) }, "cell \(index)")
            #expect(dataset.status(at: index)?.symbol == cell.status, "cell \(index)")
        }
        // The mix the generator promises: statuses and bare nulls among the missing cells.
        #expect(cells.contains { $0.literal == nil && $0.status == nil })
        #expect(Set(cells.compactMap(\.status)) == [.missing, .confidential, .notApplicable])
        #expect(cells.contains { $0.literal?.contains(".") == true })
        #expect(cells.contains { $0.literal?.hasPrefix("-") == true })
        #expect(dataset.statusCount == cells.filter { $0.status != nil }.count)
    }

    @Test("The same seed gives the same bytes; another seed gives others")
    func deterministic() {
        let small = SyntheticJSONStat(regions: 3, functions: 2, accountTypes: 2, years: 2, seed: 7)
        var other = small
        other.seed = 8
        #expect(small.makeBytes() == small.makeBytes())
        #expect(small.makeBytes() != other.makeBytes())
    }

    @Test("Codes look like KOSTRA's: four-digit regions, three-digit functions and account types, years")
    func codes() {
        let codes = SyntheticJSONStat(regions: 2, functions: 2, accountTypes: 2, years: 2).codes
        #expect(codes == [["0001", "0002"], ["100", "105"], ["010", "020"], ["Belop"], ["2023", "2024"]])
    }
}
