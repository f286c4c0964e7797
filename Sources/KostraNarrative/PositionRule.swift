public import KostraAnalysis
import KostraModel

/// States the municipality's position against the network average:
/// on it, a little above or below, or well above or below, with the relative difference.
public struct PositionRule: CommentaryRule {
    public let id = "position"

    public init() {}

    public func sentences(for row: ProfileRow, in context: CommentaryContext) -> [CommentarySentence] {
        let indicator = row.indicator
        // The resource-use indicator has its own wording ("bruker 12 % mindre").
        guard indicator.unit != .index, let average = row.average, let value = row.values[context.year],
            let position = AveragePosition(
                value: value, average: average.value, indicator: indicator, thresholds: context.thresholds.position)
        else { return [] }
        let text = context.text
        var inputs = [context.own(value, of: indicator, year: context.year), context.average(average, of: indicator)]
        let figures = "\(inputs[0].display) mot \(inputs[1].display)"
        let where_: String
        switch position.level {
        case .onAverage: where_ = "på nivå med snittet for \(context.network)"
        case .littleAbove: where_ = "litt over snittet for \(context.network)"
        case .littleBelow: where_ = "litt under snittet for \(context.network)"
        case .wellAbove: where_ = "godt over snittet for \(context.network)"
        case .wellBelow: where_ = "godt under snittet for \(context.network)"
        }
        var sentence = "På \(context.quoted(indicator)) ligger \(context.name) \(where_) (\(figures))"
        if position.level != .onAverage {
            let percent = text.percent(abs(position.statedPercent), decimals: context.thresholds.position.relativeDecimals)
            inputs.append(context.derived("relativ forskjell fra snittet", value: position.relativePercent, display: percent))
            let comparative = position.statedPercent < 0 ? "lavere" : "høyere"
            var difference = "\(percent) \(comparative) enn snittet for \(context.network)"
            if indicator.unit.differencesArePercentagePoints {
                let points = position.shownValue - position.shownAverage
                let pointsText = text.difference(points, of: indicator)
                inputs.append(context.derived("forskjell i prosentpoeng", value: points, display: pointsText))
                difference += " og \(pointsText) \(comparative)"
            }
            sentence += ", \(difference)"
            if let word = PolarityWords.word(for: indicator.polarity, higher: position.statedPercent > 0) {
                sentence += ", som er \(word) enn snittet"
            }
        }
        return [CommentarySentence(text: sentence + ".", indicator: indicator.id, rule: id, inputs: inputs)]
    }
}
