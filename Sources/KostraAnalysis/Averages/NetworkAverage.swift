public import KostraModel

/// Averages an indicator over a set of regions by the indicator's rule.
///
/// Weighted (the default for ASSS and KOSTRA groups): the sum of numerators over the
/// sum of denominators, so larger municipalities weigh more. Unweighted (indicators
/// marked `*`): the plain mean over the regions with a figure. Regions without a
/// figure are left out and listed; a missing figure is never read as zero.
public enum NetworkAverage {
    /// The average of `indicator` in `year` over `regions`, from their stored figures.
    ///
    /// - Parameters:
    ///   - figures: the regions' figures for the year (others are ignored).
    ///   - method: overrides the indicator's own rule.
    public static func compute(
        _ indicator: Indicator, year: Int, over regions: [RegionID], figures: [RegionID: Observation],
        method: AveragingRule? = nil
    ) throws(AnalysisError) -> AverageResult {
        let rule = method ?? indicator.averaging
        let withValue = regions.filter { figures[$0]?.value != nil }
        let missing = regions.filter { figures[$0]?.value == nil }
        guard !withValue.isEmpty else {
            throw .nothingToAverage(indicator: indicator.label, year: year, regions: regions)
        }
        switch rule {
        case .unweighted:
            let values = withValue.compactMap { figures[$0]?.value }
            return AverageResult(
                value: values.reduce(0, +) / Double(values.count), method: .unweighted, source: .computed,
                contributors: withValue, missing: missing)
        case .sum:
            let total = withValue.compactMap { figures[$0]?.value }.reduce(0, +)
            return AverageResult(value: total, method: .sum, source: .computed, contributors: withValue, missing: missing)
        case .weighted:
            let unweightable = withValue.filter { figures[$0]?.numerator == nil || figures[$0]?.denominator == nil }
            guard unweightable.isEmpty else {
                throw .cannotWeight(indicator: indicator.label, year: year, regions: unweightable)
            }
            let numerator = withValue.compactMap { figures[$0]?.numerator }.reduce(0, +)
            let denominator = withValue.compactMap { figures[$0]?.denominator }.reduce(0, +)
            guard let value = indicator.ratio(numerator: numerator, denominator: denominator) else {
                throw .zeroDenominator(indicator: indicator.label, region: "the regions together", year: year)
            }
            return AverageResult(value: value, method: .weighted, source: .computed, contributors: withValue, missing: missing)
        }
    }

    /// The highest and lowest figures among those of `regions` that have one, with every region
    /// that holds them and how many regions they were found among.
    public static func extremes(over regions: [RegionID], figures: [RegionID: Observation]) -> (highest: Extreme, lowest: Extreme)? {
        let values = regions.compactMap { region in figures[region]?.value.map { (region, $0) } }
        guard let high = values.map(\.1).max(), let low = values.map(\.1).min() else { return nil }
        return (
            Extreme(value: high, holders: values.filter { $0.1 == high }.map(\.0), source: .computed, among: values.count, of: regions.count),
            Extreme(value: low, holders: values.filter { $0.1 == low }.map(\.0), source: .computed, among: values.count, of: regions.count)
        )
    }
}
