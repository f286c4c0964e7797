public import Foundation

/// The one check every figure passes before it is stored, whichever way it came in
/// (JSON-stat, Statbank CSV, the long CSV, published figures, NAV files, `kostra fetch`).
///
/// The rules are the catalogue's, as data (`indicators.json`, `plausibility` and each
/// indicator's `allowsNegative`): finite numbers only, a statistics year within range,
/// a denominator above zero, a value within its unit's bounds, and a value that agrees
/// with its own numerator and denominator up to rounding.
public struct FigureValidator: Sendable {
    public let catalog: IndicatorCatalog
    /// The statistics years a figure may have.
    public let years: ClosedRange<Int>

    /// - Parameter today: decides the latest year allowed (the catalogue says how far ahead).
    public init(catalog: IndicatorCatalog, today: Date = Date()) {
        self.catalog = catalog
        let current = Calendar(identifier: .gregorian).component(.year, from: today)
        let rule = catalog.plausibility.years
        let first = rule?.from ?? 1900
        self.years = first...max(first, current + (rule?.aheadOfToday ?? 1))
    }

    /// The first problem with a municipality's (or group's) figure, or `nil` when it may be stored.
    public func problem(with figure: Observation) -> FigureProblem? {
        if let problem = problem(indicator: figure.indicator, year: figure.year, value: figure.value) { return problem }
        for (part, number) in [("numerator", figure.numerator), ("denominator", figure.denominator)] {
            if let number, !number.isFinite { return .notFinite(indicator: figure.indicator, part: part) }
        }
        if let denominator = figure.denominator, denominator <= 0 {
            return .denominatorNotPositive(indicator: figure.indicator, denominator: denominator)
        }
        guard let indicator = catalog.indicator(id: figure.indicator) else { return nil }
        if let numerator = figure.numerator, numerator < 0, indicator.allowsNegative != true,
            let numeratorID = indicator.numerator, let numeratorIndicator = catalog.indicator(id: numeratorID),
            let bounds = catalog.plausibility.bounds(for: numeratorIndicator.unit), !bounds.contains(numerator)
        {
            return .implausible(indicator: numeratorID, value: numerator, unit: numeratorIndicator.unit, allowed: bounds.description)
        }
        if let value = figure.value, let numerator = figure.numerator, let denominator = figure.denominator,
            indicator.numerator != nil, indicator.denominator != nil,
            let expected = indicator.ratio(numerator: numerator, denominator: denominator)
        {
            // A published value is rounded to the indicator's decimals, and a numerator in
            // 1000 kr to whole thousands; beyond both roundings the figures contradict each other.
            let scale = indicator.scale ?? 1
            let tolerance = 0.5 * pow(10, -Double(indicator.decimals)) + abs(scale * 0.5 / denominator) + abs(expected) * 1e-9
            if abs(value - expected) > tolerance {
                return .inconsistent(
                    indicator: indicator.id, value: value, numerator: numerator, denominator: denominator, expected: expected)
            }
        }
        return nil
    }

    /// The first problem with a network's published figure, or `nil` when it may be stored.
    public func problem(with figure: PublishedAggregate) -> FigureProblem? {
        problem(indicator: figure.indicator, year: figure.year, value: figure.value)
    }

    private func problem(indicator id: IndicatorID, year: Int, value: Double?) -> FigureProblem? {
        if let value, !value.isFinite { return .notFinite(indicator: id, part: "value") }
        guard years.contains(year) else { return .yearOutOfRange(year: year, range: years) }
        guard let value, let indicator = catalog.indicator(id: id), indicator.allowsNegative != true || value > 0,
            let bounds = indicator.bounds ?? catalog.plausibility.bounds(for: indicator.unit)
        else { return nil }
        // An indicator that may be negative (net expenditure) keeps its upper bound only.
        let applied = indicator.allowsNegative == true ? FigurePlausibility.Bounds(maximum: bounds.maximum) : bounds
        guard applied.contains(value) else {
            return .implausible(indicator: id, value: value, unit: indicator.unit, allowed: applied.description)
        }
        return nil
    }
}
