/// One municipality's expenditure-need (cost) index for a sector, by year.
///
/// The index comes from the income system's cost key (national average 1,00; 1,10 means
/// 10 % higher calculated need per inhabitant). Which budget year's index belongs to which
/// accounts year is the caller's choice; this type only holds the pairing it is given.
// Not Codable on purpose: decoding would bypass the check that every value is above zero.
public struct CostIndexSeries: Sendable, Hashable {
    /// The municipality (name or code).
    public let region: String
    /// The sector whose sub-index this is, e.g. `"sosialhjelp"` or `"samlet"`.
    public let sector: String
    /// Cost index per year.
    public let values: [Int: Double]

    /// - Throws: ``AdjustmentError/nonPositiveCostIndex(region:sector:year:value:)`` when a value
    ///   is zero or negative; ``AdjustmentError/nonFiniteInput(what:year:)`` when it is not finite.
    public init(region: String, sector: String, values: [Int: Double]) throws(AdjustmentError) {
        for (year, value) in values.sorted(by: { $0.key < $1.key }) {
            guard value.isFinite else { throw .nonFiniteInput(what: "cost index (\(sector)) for \(region)", year: year) }
            guard value > 0 else { throw .nonPositiveCostIndex(region: region, sector: sector, year: year, value: value) }
        }
        self.region = region
        self.sector = sector
        self.values = values
    }

    /// The cost index in a year.
    ///
    /// - Throws: ``AdjustmentError/missingCostIndex(region:sector:year:availableYears:)``.
    public func value(in year: Int) throws(AdjustmentError) -> Double {
        guard let value = values[year] else {
            throw .missingCostIndex(region: region, sector: sector, year: year, availableYears: values.keys.sorted())
        }
        return value
    }

    /// `value / cost index(year)`: the figure per unit of calculated need.
    public func needAdjusted(_ value: Double, year: Int) throws(AdjustmentError) -> Double {
        value / (try self.value(in: year))
    }
}
