public import KostraAnalysis
import KostraModel

/// Says "har hatt en jevn økning/reduksjon" when the figures of consecutive years up to the
/// profile year are strictly monotone as displayed, over at least the configured number of points
/// (never fewer than three).
public struct TrendRule: CommentaryRule {
    public let id = "trend"

    public init() {}

    public func sentences(for row: ProfileRow, in context: CommentaryContext) -> [CommentarySentence] {
        let indicator = row.indicator
        let minimum = max(3, context.thresholds.trend.minimumPoints)
        // Consecutive years ending at the profile year; a gap ends the run.
        var years: [Int] = []
        var year = context.year
        while row.values[year] != nil {
            years.insert(year, at: 0)
            year -= 1
        }
        guard years.count >= minimum else { return [] }
        let shown = years.compactMap { row.values[$0].map { FigureText.shown($0, of: indicator) } }
        let pairs = zip(shown, shown.dropFirst())
        let rising = pairs.allSatisfy { $0 < $1 }
        let falling = pairs.allSatisfy { $0 > $1 }
        guard rising || falling else { return [] }
        let inputs = years.compactMap { year in row.values[year].map { context.own($0, of: indicator, year: year) } }
        let series = inputs.map { "\($0.display) i \($0.year)" }
        let list = series.dropLast().joined(separator: ", ") + " og " + (series.last ?? "")
        var text =
            "\(context.quoted(indicator)) for \(context.name) har hatt en jevn \(rising ? "økning" : "reduksjon") "
            + "fra \(years.first ?? year) til \(context.year) (\(list))"
        if let word = PolarityWords.word(for: indicator.polarity, higher: rising) {
            text += ", der hvert år er \(word) enn året før"
        }
        return [CommentarySentence(text: text + ".", indicator: indicator.id, rule: id, inputs: inputs)]
    }
}
