public import KostraAnalysis
import KostraModel

/// Says when the municipality has the network's highest or lowest figure, and "nest høyest/lavest"
/// when every member's figure is known. It never gives a rank when some members lack data;
/// it says how many were compared instead.
public struct ExtremeRule: CommentaryRule {
    public let id = "extreme"

    /// The fewest municipalities with figures (the municipality included) that a partial comparison needs.
    static let fewestCompared = 3

    public init() {}

    public func sentences(for row: ProfileRow, in context: CommentaryContext) -> [CommentarySentence] {
        let indicator = row.indicator
        guard let value = row.values[context.year] else { return [] }
        let shown = FigureText.shown(value, of: indicator)
        let own = context.own(value, of: indicator, year: context.year)
        let network = context.profile.network.longName
        // Equal as displayed is enough: a published highest equal to our own figure is our figure.
        // Highest and lowest among only some members (`among` < `of`) are not the network's: the
        // partial comparison below says how many were compared, or nothing when too few were.
        let partial = [row.lowest, row.highest].contains { extreme in
            guard let among = extreme?.among, let of = extreme?.of else { return false }
            return among < of
        }
        if partial { return ranked(row: row, shown: shown, own: own, context: context) }
        if let lowest = row.lowest, FigureText.shown(lowest.value, of: indicator) == shown {
            return [sentence("lavest i \(network)", row: row, context: context, rule: "\(id).lowest", inputs: [own])]
        }
        if let highest = row.highest, FigureText.shown(highest.value, of: indicator) == shown {
            return [sentence("høyest i \(network)", row: row, context: context, rule: "\(id).highest", inputs: [own])]
        }
        return ranked(row: row, shown: shown, own: own, context: context)
    }

    private func ranked(row: ProfileRow, shown: Double, own: CommentaryInput, context: CommentaryContext) -> [CommentarySentence] {
        let indicator = row.indicator
        guard let figures = context.memberFigures[indicator.id] else { return [] }
        let members = context.profile.members
        let others = members.filter { $0 != context.profile.municipality.id }
            .compactMap { figures[$0].map { FigureText.shown($0, of: indicator) } }
        let known = members.filter { figures[$0] != nil || $0 == context.profile.municipality.id }.count
        let higher = others.filter { $0 > shown }.count
        let lower = others.filter { $0 < shown }.count
        if known == members.count {
            if higher == 1 {
                return [
                    sentence(
                        "nest høyest i \(context.profile.network.longName)", row: row, context: context, rule: "\(id).secondHighest", inputs: [own])
                ]
            }
            if lower == 1 {
                return [
                    sentence(
                        "nest lavest i \(context.profile.network.longName)", row: row, context: context, rule: "\(id).secondLowest", inputs: [own])
                ]
            }
            return []
        }
        // Some members lack data: no rank, only how many were compared, and only when there
        // are enough figures for "highest of those with figures" to say something.
        guard known >= Self.fewestCompared else { return [] }
        let compared = "av de \(known) kommunene med tall (av \(members.count) i \(context.profile.network.longName))"
        if higher == 0 {
            return [sentence("høyest \(compared)", row: row, context: context, rule: "\(id).highestOfKnown", inputs: [own])]
        }
        if lower == 0 {
            return [sentence("lavest \(compared)", row: row, context: context, rule: "\(id).lowestOfKnown", inputs: [own])]
        }
        return []
    }

    private func sentence(
        _ phrase: String, row: ProfileRow, context: CommentaryContext, rule: String, inputs: [CommentaryInput]
    ) -> CommentarySentence {
        let text = "\(context.name) er \(phrase) på \(context.quoted(row.indicator)) med \(inputs[0].display) i \(context.year)."
        return CommentarySentence(text: text, indicator: row.indicator.id, rule: rule, inputs: inputs)
    }
}
