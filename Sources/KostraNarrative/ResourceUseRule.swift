public import KostraAnalysis
import KostraModel

/// Reads the resource-use indicator (network average = 1): "bruker 12 % mindre enn snittet".
public struct ResourceUseRule: CommentaryRule {
    public let id = "resourceUse"

    public init() {}

    public func sentences(for row: ProfileRow, in context: CommentaryContext) -> [CommentarySentence] {
        let indicator = row.indicator
        guard indicator.unit == .index, let value = row.values[context.year] else { return [] }
        let settings = context.thresholds.resourceUse
        // From the index as printed (0,877), so 1 − 0,877 = 12,3 % and never a figure the table denies.
        let relative = (FigureText.shown(value, of: indicator) - 1) * 100
        let stated = NorwegianNumberFormat.round(relative, decimals: settings.relativeDecimals)
        let own = context.own(value, of: indicator, year: context.year)
        var inputs = [own]
        let subject = "\(context.name) bruker"
        let sentence: String
        if abs(stated) < settings.onAveragePercent {
            sentence = "\(subject) omtrent like mye som snittet for \(context.network) (ressursbruksindikator \(own.display))."
        } else {
            let percent = context.text.percent(abs(stated), decimals: settings.relativeDecimals)
            inputs.append(context.derived("ressursbruk mot snittet", value: relative, display: percent))
            sentence =
                "\(subject) \(percent) \(stated < 0 ? "mindre" : "mer") enn snittet for \(context.network) "
                + "på \(context.quoted(indicator)) (ressursbruksindikator \(own.display))."
        }
        return [CommentarySentence(text: sentence, indicator: indicator.id, rule: id, inputs: inputs)]
    }
}
