/// Why a figure cannot be stored: what the boundary check found, worded for the user.
///
/// The reader that met the figure adds where it was (file and line, or the table's cell).
public enum FigureProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value, numerator or denominator that is infinite or not a number (`1e400`).
    case notFinite(indicator: IndicatorID, part: String)
    /// A statistics year outside the catalogue's range.
    case yearOutOfRange(year: Int, range: ClosedRange<Int>)
    /// A denominator of zero or less.
    case denominatorNotPositive(indicator: IndicatorID, denominator: Double)
    /// A value outside what the indicator's unit allows (a negative count, a share over 100 %).
    case implausible(indicator: IndicatorID, value: Double, unit: IndicatorUnit, allowed: String)
    /// A value that disagrees with its own numerator and denominator beyond rounding.
    case inconsistent(indicator: IndicatorID, value: Double, numerator: Double, denominator: Double, expected: Double)

    public var description: String {
        switch self {
        case .notFinite(let indicator, let part):
            return "the \(part) of \(indicator) is not a finite number (too large for a figure, or not a number at all). Correct the figure"
        case .yearOutOfRange(let year, let range):
            return "the year \(year) is outside the years figures can have (\(range.lowerBound)–\(range.upperBound)). Correct the year"
        case .denominatorNotPositive(let indicator, let denominator):
            return
                "the denominator of \(indicator) is \(FigurePlausibility.Bounds.plain(denominator)); a denominator must be greater than 0. Correct it, or leave it empty"
        case .implausible(let indicator, let value, let unit, let allowed):
            return
                "\(indicator) is \(FigurePlausibility.Bounds.plain(value)), but a figure in \(unit.norwegianLabel) must be \(allowed) (indicators.json, plausibility). Check the value and its unit"
        case .inconsistent(let indicator, let value, let numerator, let denominator, let expected):
            let shown = (expected * 1000).rounded() / 1000
            return
                "\(indicator) is \(FigurePlausibility.Bounds.plain(value)), but its numerator \(FigurePlausibility.Bounds.plain(numerator)) and denominator \(FigurePlausibility.Bounds.plain(denominator)) give \(FigurePlausibility.Bounds.plain(shown)). Correct the value, the numerator or the denominator"
        }
    }
}
