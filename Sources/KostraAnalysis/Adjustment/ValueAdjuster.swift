/// Applies an ``Adjustment`` to kroner figures of one municipality.
///
/// Holds the price index and the municipality's cost index; either may be absent when
/// the adjustments asked for do not need it (asking for one that does throws).
public struct ValueAdjuster: Sendable, Hashable {
    public let priceIndex: PriceIndex?
    public let costIndex: CostIndexSeries?

    public init(priceIndex: PriceIndex? = nil, costIndex: CostIndexSeries? = nil) {
        self.priceIndex = priceIndex
        self.costIndex = costIndex
    }

    /// Adjusts one figure.
    ///
    /// For ``Adjustment/both(baseYear:)`` the figure is deflated first and then divided by the
    /// cost index of its own year (not the base year's): need is a property of the year the
    /// money was spent.
    /// - Throws: ``AdjustmentError`` when the price index or cost index is missing, lacks the
    ///   year, or the figure is not finite.
    public func adjust(_ nominal: Double, year: Int, _ adjustment: Adjustment) throws(AdjustmentError) -> AdjustedValue {
        guard nominal.isFinite else { throw .nonFiniteInput(what: "figure to adjust", year: year) }
        let caption = adjustment.norwegianDescription(priceIndexName: priceIndex?.name ?? "kommunal deflator")
        var value = nominal
        var deflator: AdjustedValue.Deflation?
        var need: AdjustedValue.NeedAdjustment?
        if let baseYear = adjustment.baseYear {
            guard let priceIndex else { throw .noPriceIndex(adjustment: caption) }
            let yearLevel = try priceIndex.level(in: year)
            let baseLevel = try priceIndex.level(in: baseYear)
            value = value * baseLevel / yearLevel
            deflator = .init(indexName: priceIndex.name, baseYear: baseYear, baseLevel: baseLevel, yearLevel: yearLevel)
        }
        if adjustment.adjustsForNeed {
            guard let costIndex else { throw .noCostIndex(adjustment: caption) }
            let index = try costIndex.value(in: year)
            value /= index
            need = .init(region: costIndex.region, sector: costIndex.sector, costIndex: index)
        }
        return AdjustedValue(
            nominal: nominal, year: year, adjustment: adjustment, value: value, description: caption,
            deflation: deflator, needAdjustment: need)
    }

    /// Adjusts a series of figures by year; the result is keyed the same way.
    public func adjust(_ series: [Int: Double], _ adjustment: Adjustment) throws(AdjustmentError) -> [Int: AdjustedValue] {
        var result: [Int: AdjustedValue] = [:]
        for (year, nominal) in series.sorted(by: { $0.key < $1.key }) {
            result[year] = try adjust(nominal, year: year, adjustment)
        }
        return result
    }
}
