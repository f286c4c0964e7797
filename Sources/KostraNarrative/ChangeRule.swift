public import KostraAnalysis
import KostraModel

/// States the change since the previous year in the indicator's unit, or "uendret" when the
/// two years are equal as displayed. Without the previous year's figure it says nothing.
public struct ChangeRule: CommentaryRule {
    public let id = "change"

    public init() {}

    public func sentences(for row: ProfileRow, in context: CommentaryContext) -> [CommentarySentence] {
        let indicator = row.indicator
        let year = context.year
        guard let current = row.values[year], let previous = row.values[year - 1] else { return [] }
        let text = context.text
        let now = context.own(current, of: indicator, year: year)
        let before = context.own(previous, of: indicator, year: year - 1)
        let shownNow = FigureText.shown(current, of: indicator)
        let shownBefore = FigureText.shown(previous, of: indicator)
        // The difference of the printed figures, so the stated change adds up in the table.
        let difference = NorwegianNumberFormat.round(shownNow - shownBefore, decimals: indicator.decimals)
        let subject = "\(context.quoted(indicator)) for \(context.name)"
        if difference == 0 {
            let sentence = "\(subject) er uendret fra \(year - 1) til \(year) (\(now.display))."
            return [CommentarySentence(text: sentence, indicator: indicator.id, rule: "\(id).unchanged", inputs: [before, now])]
        }
        let verb = difference > 0 ? "økt" : "gått ned"
        let amount = text.difference(difference, of: indicator)
        var inputs = [before, now, context.derived("endring fra \(year - 1)", value: difference, display: amount)]
        var sentence = "\(subject) har \(verb) med \(amount) siden forrige år, fra \(before.display) i \(year - 1) til \(now.display) i \(year)"
        if !indicator.unit.differencesArePercentagePoints, shownBefore != 0 {
            let relative = difference / abs(shownBefore) * 100
            let percent = text.percent(abs(relative), decimals: context.thresholds.change.relativeDecimals)
            inputs.append(context.derived("relativ endring fra \(year - 1)", value: relative, display: percent))
            sentence += " (\(difference > 0 ? "en økning" : "en nedgang") på \(percent))"
        }
        if let word = PolarityWords.word(for: indicator.polarity, higher: difference > 0) {
            sentence += ", som er \(word) enn året før"
        }
        return [CommentarySentence(text: sentence + ".", indicator: indicator.id, rule: id, inputs: inputs)]
    }
}
