import KostraAnalysis
import Testing

@Suite("Share ratios")
struct RatioTableTests {
    static let aap = "Andel på AAP (feb. 2021)"
    static let social = "Andel på sosialhjelp (2020)"

    /// The review's table (seed 003): ratios computed from the published shares, rounded to one decimal.
    @Test func reproducesTheReview() throws {
        let table = try RatioTable(
            numeratorLabel: Self.aap, denominatorLabel: Self.social,
            entries: [
                .init(region: "Bærum", numerator: 1.9, denominator: 2.6),
                .init(region: "Asker", numerator: 3.3, denominator: 2.2),
                .init(region: "ASSS", numerator: 3.5, denominator: 3.6),
            ])
        #expect(table.rows.map(\.formatted) == ["0,7", "1,5", "1,0"])
        #expect(table.rows.map(\.rounded) == [0.7, 1.5, 1.0])
        // Unrounded: 0,731, 1,5 and 0,972 — the one-decimal rounding is what the reader sees.
        #expect(abs((table.row(for: "Bærum")?.ratio ?? 0) - 1.9 / 2.6) < 1e-15)
        #expect(abs((table.row(for: "ASSS")?.ratio ?? 0) - 0.97222) < 1e-5)
        #expect(table.lacking.isEmpty)
        #expect(
            table.row(for: "Bærum")?.method
                == "Forholdstall = Andel på AAP (feb. 2021) / Andel på sosialhjelp (2020) = 1,9 / 2,6, avrundet til 1 desimal.")
    }

    @Test func regionsWithoutBothSharesAreListed() throws {
        let table = try RatioTable(
            numeratorLabel: Self.aap, denominatorLabel: Self.social,
            entries: [
                .init(region: "Bærum", numerator: 1.9, denominator: 2.6),
                .init(region: "Oslo", numerator: nil, denominator: 4.0),
                .init(region: "Tromsø", numerator: 3.0, denominator: 0),
            ])
        #expect(table.rows.map(\.region) == ["Bærum"])
        #expect(table.lacking.map(\.region) == ["Oslo", "Tromsø"])
        #expect(table.lacking[0].reason == "Andel på AAP (feb. 2021) mangler")
        #expect(table.explanation.notes.count == 2)
    }

    @Test func zeroDenominatorOnItsOwnIsAnError() {
        #expect {
            try ShareRatio(region: "Tromsø", numerator: 3, denominator: 0, numeratorLabel: Self.aap, denominatorLabel: Self.social)
        } throws: { error in
            (error as? RatioError)?.errorDescription
                == "The share \"Andel på sosialhjelp (2020)\" for Tromsø is 0, so the ratio over it is undefined. "
                + "Leave Tromsø out of the ratio or check the figure."
        }
    }

    @Test func negativeShareAndEmptyTableAreErrors() {
        #expect(throws: RatioError.invalidShare(region: "Bærum", label: Self.aap, value: -1)) {
            try RatioTable(
                numeratorLabel: Self.aap, denominatorLabel: Self.social,
                entries: [.init(region: "Bærum", numerator: -1, denominator: 2)])
        }
        #expect(throws: RatioError.noRegionWithBothShares(numeratorLabel: Self.aap, denominatorLabel: Self.social)) {
            try RatioTable(
                numeratorLabel: Self.aap, denominatorLabel: Self.social,
                entries: [.init(region: "Bærum", numerator: nil, denominator: 2)])
        }
    }
}
