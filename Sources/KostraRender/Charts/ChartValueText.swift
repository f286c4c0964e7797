import KostraModel

/// Value labels as readers see them on bars and line ends.
enum ChartValueText {
    /// `value` with its unit (`kr 4 329`, `2,3 %`), or signed (`+4,1 %`,
    /// `−2,0 %`) for changes. Signed kroner put the unit last (`+1 200 kr`),
    /// as a leading "kr" after a sign reads oddly.
    static func label(_ value: Double, unit: IndicatorUnit, decimals: Int, signed: Bool, format: NorwegianNumberFormat) -> String {
        guard signed else { return format.value(value, unit: unit, decimals: decimals) }
        let number = format.signed(value, decimals: decimals)
        let space = format.groupingSeparator.isEmpty ? " " : format.groupingSeparator
        switch unit {
        case .percent: return number + space + "%"
        case .kroner: return number + space + "kr"
        default: return number
        }
    }

    /// `value` as a bare number, for labels too narrow to carry the unit.
    static func bare(_ value: Double, decimals: Int, signed: Bool, format: NorwegianNumberFormat) -> String {
        signed ? format.signed(value, decimals: decimals) : format.number(value, decimals: decimals)
    }
}
