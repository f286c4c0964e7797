import KostraModel

/// Norwegian number text for method descriptions and notes.
///
/// Kept internal: renderers format figures themselves; this is only so the
/// method text a reader sees uses the same decimal comma as the tables.
enum NumberText {
    static func number(_ value: Double, decimals: Int) -> String {
        NorwegianNumberFormat.standard.number(value, decimals: decimals)
    }

    /// A fraction shown as a percentage, e.g. `0.251` → `"25,1 %"`.
    static func percent(fraction: Double, decimals: Int = 1) -> String {
        NorwegianNumberFormat.standard.value(fraction * 100, unit: .percent, decimals: decimals)
    }

    /// A number short enough for English error messages, keeping up to six decimals.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(NorwegianNumberFormat.round(value, decimals: 6))"
    }
}
