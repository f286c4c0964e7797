public import KostraAnalysis
public import KostraModel

/// Where a figure lies against the network average, judged as the reader sees it.
public struct AveragePosition: Sendable, Hashable {
    /// The band the rounded relative difference falls in.
    public enum Level: String, Sendable, Hashable {
        case wellBelow, littleBelow, onAverage, littleAbove, wellAbove

        public var isBelow: Bool { self == .wellBelow || self == .littleBelow }
        public var isAbove: Bool { self == .wellAbove || self == .littleAbove }
    }

    /// The municipality's figure at the indicator's decimals.
    public var shownValue: Double
    /// The average at the indicator's decimals.
    public var shownAverage: Double
    /// The relative difference in percent, unrounded (from the shown figures).
    public var relativePercent: Double
    /// The relative difference in percent as stated (rounded to the configured decimals).
    public var statedPercent: Double
    public var level: Level

    /// The position of `value` against `average`, or `nil` when the average is zero.
    ///
    /// Both figures are rounded to the indicator's decimals first and the band is chosen from
    /// the rounded relative difference, so "litt under" is never said next to "10 %".
    public init?(value: Double, average: Double, indicator: Indicator, thresholds: NarrativeThresholds.Position) {
        let shownValue = FigureText.shown(value, of: indicator)
        let shownAverage = FigureText.shown(average, of: indicator)
        guard shownAverage != 0 else { return nil }
        let relative = (shownValue - shownAverage) / abs(shownAverage) * 100
        let stated = NorwegianNumberFormat.round(relative, decimals: thresholds.relativeDecimals)
        let magnitude = abs(stated)
        let level: Level
        if shownValue == shownAverage || magnitude < thresholds.onAveragePercent {
            level = .onAverage
        } else if magnitude < thresholds.wellPercent {
            level = stated < 0 ? .littleBelow : .littleAbove
        } else {
            level = stated < 0 ? .wellBelow : .wellAbove
        }
        self.shownValue = shownValue
        self.shownAverage = shownAverage
        self.relativePercent = relative
        self.statedPercent = stated
        self.level = level
    }

    /// The position of a profile row's figure for `year`, when it has both a figure and an average.
    public static func of(_ row: ProfileRow, year: Int, thresholds: NarrativeThresholds.Position) -> AveragePosition? {
        guard let value = row.values[year], let average = row.average?.value else { return nil }
        return AveragePosition(value: value, average: average, indicator: row.indicator, thresholds: thresholds)
    }
}
