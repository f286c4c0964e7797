import KostraAnalysis
import PropertyBased
import Testing

@Suite("Deflation and need adjustment")
struct AdjustmentTests {
    /// Rates 2,5 % (2022) and 4,0 % (2023) chain to 2021 = 100, 2022 = 102,5, 2023 = 102,5 × 1,04 = 106,6.
    @Test func chainingKnownRatesGivesKnownLevels() throws {
        let index = try PriceIndex(name: "kommunal deflator", yearlyGrowthPercent: [2022: 2.5, 2023: 4.0])
        #expect(index.years == [2021, 2022, 2023])
        #expect(try index.level(in: 2021) == 100)
        #expect(abs(try index.level(in: 2022) - 102.5) < 1e-12)
        #expect(abs(try index.level(in: 2023) - 106.6) < 1e-12)
        // 100 kr in 2022 is 100 × 106,6 / 102,5 = 104 kr in 2023 prices.
        #expect(abs(try index.real(100, year: 2022, baseYear: 2023) - 104) < 1e-12)
        let rebased = try index.rebased(to: 2023)
        #expect(abs(try rebased.level(in: 2023) - 100) < 1e-12)
        #expect(abs(try rebased.level(in: 2021) - 100 / 1.066) < 1e-12)
    }

    @Test func descriptions() {
        #expect(Adjustment.none.norwegianDescription() == "Løpende kroner")
        #expect(Adjustment.deflate(baseYear: 2024).norwegianDescription() == "Faste 2024-kroner (kommunal deflator)")
        #expect(Adjustment.need.norwegianDescription() == "Justert for utgiftsbehov")
        #expect(
            Adjustment.both(baseYear: 2024).norwegianDescription()
                == "Faste 2024-kroner (kommunal deflator), justert for utgiftsbehov")
        #expect(Adjustment.deflate(baseYear: 2015).norwegianDescription(priceIndexName: "KPI") == "Faste 2015-kroner (KPI)")
    }

    @Test func bothDeflatesThenDividesByTheSameYearsCostIndex() throws {
        let index = try PriceIndex(name: "kommunal deflator", yearlyGrowthPercent: [2022: 2.5, 2023: 4.0])
        let need = try CostIndexSeries(region: "Bærum", sector: "sosialhjelp", values: [2022: 1.25, 2023: 2])
        let adjuster = ValueAdjuster(priceIndex: index, costIndex: need)
        // 1 000 × 106,6 / 102,5 = 1 040; / 1,25 (the 2022 index, not 2023's) = 832.
        let both = try adjuster.adjust(1_000, year: 2022, .both(baseYear: 2023))
        #expect(abs(both.value - 832) < 1e-9)
        #expect(both.description == "Faste 2023-kroner (kommunal deflator), justert for utgiftsbehov")
        #expect(both.explanation.inputs.count == 4)
        #expect(abs(try adjuster.adjust(1_000, year: 2022, .need).value - 800) < 1e-12)
        #expect(try adjuster.adjust(1_000, year: 2022, .none).value == 1_000)
        let series = try adjuster.adjust([2022: 1_000, 2023: 1_000], .deflate(baseYear: 2023))
        #expect(abs((series[2022]?.value ?? 0) - 1_040) < 1e-9)
        #expect(abs((series[2023]?.value ?? 0) - 1_000) < 1e-12)
    }

    @Test func missingDeflatorYearIsNamed() throws {
        let index = try PriceIndex(name: "kommunal deflator", yearlyGrowthPercent: [2022: 2.5, 2023: 4.0])
        #expect {
            try index.real(100, year: 2024, baseYear: 2023)
        } throws: { error in
            (error as? AdjustmentError)?.errorDescription
                == "The price index \"kommunal deflator\" has no figure for 2024 (it covers 2021–2023). "
                + "Supply the kommunal deflator for 2024 as input (a yearly rate in percent or an index level), "
                + "or choose years the series covers."
        }
    }

    @Test func missingAndNonPositiveCostIndex() throws {
        let need = try CostIndexSeries(region: "Bærum", sector: "sosialhjelp", values: [2022: 1.1])
        #expect {
            try ValueAdjuster(costIndex: need).adjust(500, year: 2023, .need)
        } throws: { error in
            (error as? AdjustmentError)?.errorDescription
                == "There is no cost index (sosialhjelp) for Bærum in 2023 (available: 2022). "
                + "Supply the cost index for 2023, or choose an adjustment without expenditure need."
        }
        #expect(throws: AdjustmentError.nonPositiveCostIndex(region: "Bærum", sector: "sosialhjelp", year: 2023, value: 0)) {
            try CostIndexSeries(region: "Bærum", sector: "sosialhjelp", values: [2023: 0])
        }
        #expect(throws: AdjustmentError.noPriceIndex(adjustment: "Faste 2024-kroner (kommunal deflator)")) {
            try ValueAdjuster(costIndex: need).adjust(500, year: 2022, .deflate(baseYear: 2024))
        }
    }

    @Test func badRatesAreRejected() {
        #expect(throws: AdjustmentError.gapInGrowthRates(indexName: "KPI", missingYear: 2021)) {
            try PriceIndex(name: "KPI", yearlyGrowthPercent: [2020: 1, 2022: 2])
        }
        #expect(throws: AdjustmentError.growthRateAtOrBelowMinus100(indexName: "KPI", year: 2020, percent: -100)) {
            try PriceIndex(name: "KPI", yearlyGrowthPercent: [2020: -100])
        }
        #expect(throws: AdjustmentError.nonPositiveIndexLevel(indexName: "KPI", year: 2020, value: 0)) {
            try PriceIndex(name: "KPI", levels: [2020: 0])
        }
    }

    @Test func deflatingToABaseYearAndBackIsTheIdentity() async {
        await propertyCheck(
            count: 300,
            input: Gen.double(in: -5...15).array(of: 10), Gen.double(in: -1e9...1e9),
            Gen.int(in: 2015...2025), Gen.int(in: 2015...2025)
        ) { rates, nominal, year, baseYear in
            let index = try PriceIndex(
                name: "kommunal deflator",
                yearlyGrowthPercent: Dictionary(uniqueKeysWithValues: rates.enumerated().map { (2016 + $0.offset, $0.element) }))
            let real = try index.real(nominal, year: year, baseYear: baseYear)
            let back = try index.real(real, year: baseYear, baseYear: year)
            #expect(abs(back - nominal) <= 1e-12 * max(1, abs(nominal)))
        }
    }
}

@Suite("Deflation round trip")
struct DeflationRoundTripTests {
    @Test func deflatingToABaseYearAndBackIsTheIdentity() async {
        let rates = Gen.double(in: -5...15).array(of: 1...15)
        await propertyCheck(count: 300, input: zip(rates, Gen.double(in: 1...1_000_000), Gen.int(in: 0...14), Gen.int(in: 0...14))) {
            rates, nominal, yearOffset, baseOffset in
            let table = Dictionary(uniqueKeysWithValues: rates.enumerated().map { (2010 + $0.offset, $0.element) })
            let index = try PriceIndex(name: "test", yearlyGrowthPercent: table)
            let years = index.years
            let year = years[yearOffset % years.count]
            let base = years[baseOffset % years.count]
            let real = try index.real(nominal, year: year, baseYear: base)
            let back = try index.real(real, year: base, baseYear: year)
            #expect(abs(back - nominal) <= 1e-9 * nominal)
        }
    }
}
