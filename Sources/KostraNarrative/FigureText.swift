public import KostraModel

/// Prints figures the way the commentary states them, always through `NorwegianNumberFormat`
/// and always at the indicator's decimals, so the text never contradicts the table.
public struct FigureText: Sendable {
    public var format: NorwegianNumberFormat

    public init(format: NorwegianNumberFormat = .standard) {
        self.format = format
    }

    /// The figure with its unit: `kr 70 784`, `2,3 %`, `4,8 måneder`, `3,0 per 1 000 innbyggere`, `0,877`.
    public func value(_ value: Double, of indicator: Indicator) -> String {
        let decimals = indicator.decimals
        switch indicator.unit {
        case .kroner, .thousandKroner, .percent, .count, .index:
            return format.value(value, unit: indicator.unit, decimals: decimals)
        case .months:
            // Agreement: "1 måned", otherwise "måneder" (also "1,0 måneder", as Norwegian reads decimals).
            let text = format.number(value, decimals: decimals)
            return text + (text == "1" ? " måned" : " måneder")
        case .years:
            return format.number(value, decimals: decimals) + " år"
        case .perThousand:
            return format.number(value, decimals: decimals) + " per 1 000 innbyggere"
        case .fullTimeEquivalents, .hours, .points, .minutes:
            // The label says what the figure is per ("per 10 000 innbyggere"); the unit word follows the number.
            return format.number(value, decimals: decimals) + " " + indicator.unit.norwegianLabel
        }
    }

    /// An unsigned difference in the indicator's unit; percent differences are in `prosentpoeng`.
    public func difference(_ value: Double, of indicator: Indicator) -> String {
        let magnitude = abs(value)
        if indicator.unit.differencesArePercentagePoints {
            let text = format.number(magnitude, decimals: indicator.decimals)
            return text + " prosentpoeng"
        }
        return self.value(magnitude, of: indicator)
    }

    /// A plain percentage such as `10 %` or `20,9 %`.
    public func percent(_ value: Double, decimals: Int) -> String {
        format.number(value, decimals: decimals) + " %"
    }

    /// The value as the table shows it, used for every comparison.
    public static func shown(_ value: Double, of indicator: Indicator) -> Double {
        NorwegianNumberFormat.round(value, decimals: indicator.decimals)
    }
}
