import KostraAnalysis
import KostraModel

/// The short summary opening the commentary: how many indicators lie below, above and on the average.
public struct SummaryRule: Sendable {
    public let id = "summary"
    /// The group of indicators summarised (a profile category), or `nil` for the whole profile.
    public var area: String?

    public init(area: String? = nil) {
        self.area = area
    }

    /// The summary sentence, or `nil` when no indicator has both a figure and an average.
    public func sentence(in context: CommentaryContext) -> CommentarySentence? {
        let positions = context.profile.rows.compactMap {
            AveragePosition.of($0, year: context.year, thresholds: context.thresholds.position)
        }
        guard !positions.isEmpty else { return nil }
        let below = positions.filter { $0.level.isBelow }.count
        let above = positions.filter { $0.level.isAbove }.count
        let on = positions.count - below - above
        let total = positions.count
        func count(_ n: Int, _ label: String) -> CommentaryInput {
            CommentaryInput(label: label, region: context.name, year: context.year, value: Double(n), display: "\(n)")
        }
        let inputs = [
            count(below, "indikatorer under snittet"), count(total, "indikatorer med snitt"),
            count(above, "indikatorer over snittet"), count(on, "indikatorer på nivå med snittet"),
        ]
        let noun = total == 1 ? "indikator" : "indikatorer"
        // Zero counts are left out rather than printed as "på 0".
        var parts = ["under snittet for \(context.network) på \(below) av \(total) \(noun) i \(context.year)"]
        if above > 0 { parts.append("over snittet på \(above)") }
        if on > 0 { parts.append("på nivå med snittet på \(on)") }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " og " + (parts.last ?? "") : parts[0]
        let text = area.map { "Innen «\($0)» ligger \(context.name) \(list)." } ?? "\(context.name) ligger \(list)."
        return CommentarySentence(text: text, indicator: nil, rule: id, inputs: inputs)
    }
}
