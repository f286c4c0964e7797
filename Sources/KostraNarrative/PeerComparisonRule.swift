public import KostraAnalysis
import KostraModel

/// Compares the municipality with peers the analyst named, figure by figure as the table shows them:
/// "På «…» ligger Bærum (4,1 %) lavere enn Asker (5,1 %), men høyere enn Sandnes (3,0 %) i 2024."
///
/// It states positions only; whether higher is better is left to the position rule, which knows
/// the indicator's polarity.
public struct PeerComparisonRule: CommentaryRule {
    public let id = "peers"

    public init() {}

    public func sentences(for row: ProfileRow, in context: CommentaryContext) -> [CommentarySentence] {
        let indicator = row.indicator
        guard !context.peers.isEmpty, let value = row.values[context.year] else { return [] }
        let figures = context.memberFigures[indicator.id] ?? [:]
        let shown = FigureText.shown(value, of: indicator)
        let own = context.own(value, of: indicator, year: context.year)
        var inputs = [own]
        var higher: [String] = [], lower: [String] = [], same: [String] = [], missing: [String] = []
        for peer in context.peers {
            guard let figure = figures[peer.id] else {
                missing.append(peer.name)
                continue
            }
            let input = CommentaryInput(
                label: "\(peer.name) \(context.year)", region: peer.name, year: context.year, value: figure,
                display: context.text.value(figure, of: indicator))
            inputs.append(input)
            let named = "\(peer.name) (\(input.display))"
            let peerShown = FigureText.shown(figure, of: indicator)
            if peerShown > shown { higher.append(named) } else if peerShown < shown { lower.append(named) } else { same.append(named) }
        }
        guard inputs.count > 1 else { return [] }
        // The municipality is lower than the peers that are higher, and the reverse.
        var parts: [String] = []
        if !higher.isEmpty { parts.append("lavere enn \(Self.list(higher))") }
        if !lower.isEmpty { parts.append("høyere enn \(Self.list(lower))") }
        if !same.isEmpty { parts.append("på samme nivå som \(Self.list(same))") }
        var text = "På \(context.quoted(indicator)) ligger \(context.name) (\(own.display)) \(Self.joinClauses(parts)) i \(context.year)."
        if !missing.isEmpty {
            text += " \(Self.list(missing)) har ikke tall for \(context.year)."
        }
        return [CommentarySentence(text: text, indicator: indicator.id, rule: id, inputs: inputs)]
    }

    /// "A", "A og B", "A, B og C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + items[items.count - 1]
    }

    /// Contrasting clauses joined with ", men": "lavere enn A, men høyere enn B".
    private static func joinClauses(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts[0] + ", men " + parts.dropFirst().joined(separator: " og ")
    }
}
