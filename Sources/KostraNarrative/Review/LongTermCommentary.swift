public import KostraAnalysis
public import KostraModel

/// Drafts Norwegian sentences on long-term recipients: how the number and the share moved over
/// the period, for the municipality, and how its last share compares with the network's.
public struct LongTermCommentary: Sendable {
    public var format: NorwegianNumberFormat

    public init(format: NorwegianNumberFormat = .standard) {
        self.format = format
    }

    /// The sentences about the first series (the municipality), then a comparison with the network.
    public func sentences(for result: LongTermRecipients) -> [CommentarySentence] {
        guard let own = result.series.first else { return [] }
        var sentences: [CommentarySentence] = []
        if let trend = own.countTrend {
            let text =
                "Antall mottakere i \(own.name) med sosialhjelp som hovedinntekt i 10 måneder eller mer "
                + "\(verb(trend.direction)) fra \(count(trend.first)) i \(trend.firstYear) til \(count(trend.last)) i \(trend.lastYear)"
                + "\(every(trend.direction, years: own.points.filter { $0.count != nil }.count))."
            sentences.append(
                CommentarySentence(
                    text: text, indicator: "recipients-long-term-10m", rule: "longterm.count",
                    inputs: [
                        input("Langtidsmottakere", own.name, trend.firstYear, trend.first, count(trend.first)),
                        input("Langtidsmottakere", own.name, trend.lastYear, trend.last, count(trend.last)),
                    ]))
        }
        if let trend = own.shareTrend {
            let text =
                "Andelen langtidsmottakere av alle mottakere \(verb(trend.direction)) fra \(share(trend.first)) "
                + "i \(trend.firstYear) til \(share(trend.last)) i \(trend.lastYear)\(every(trend.direction, years: own.points.filter { $0.share != nil }.count))."
            sentences.append(
                CommentarySentence(
                    text: text, indicator: "long-term-10m-share", rule: "longterm.share",
                    inputs: [
                        input("Andel langtidsmottakere", own.name, trend.firstYear, trend.first, share(trend.first)),
                        input("Andel langtidsmottakere", own.name, trend.lastYear, trend.last, share(trend.last)),
                    ]))
        }
        if let network = result.series.first(where: { $0.role == .network }),
            let ownLast = own.points.last(where: { $0.share != nil }), let ownShare = ownLast.share,
            let theirs = network.points.first(where: { $0.year == ownLast.year })?.share,
            // A network figure made of the municipality alone is no comparison.
            (network.coverage[ownLast.year]?.contributors ?? 0) >= 2
        {
            let difference = NorwegianNumberFormat.round(ownShare, decimals: 1) - NorwegianNumberFormat.round(theirs, decimals: 1)
            let position: String
            if NorwegianNumberFormat.round(difference, decimals: 1) == 0 {
                position = "på nivå med \(network.name) (\(share(theirs)))"
            } else {
                position =
                    "\(format.number(abs(difference), decimals: 1)) prosentpoeng \(difference > 0 ? "høyere" : "lavere") enn "
                    + "i \(network.name) (\(share(theirs)))"
            }
            sentences.append(
                CommentarySentence(
                    text: "I \(ownLast.year) var andelen i \(own.name) (\(share(ownShare))) \(position).",
                    indicator: "long-term-10m-share", rule: "longterm.network",
                    inputs: [
                        input("Andel langtidsmottakere", own.name, ownLast.year, ownShare, share(ownShare)),
                        input("Andel langtidsmottakere", network.name, ownLast.year, theirs, share(theirs)),
                    ]))
        }
        return sentences
    }

    private func verb(_ direction: LongTermRecipients.Direction) -> String {
        switch direction {
        case .risingEveryYear, .higher: "økte"
        case .fallingEveryYear, .lower: "gikk ned"
        case .unchanged: "var uendret"
        }
    }

    /// Whether the movement was steady; said only with three or more years, where it means something.
    private func every(_ direction: LongTermRecipients.Direction, years: Int) -> String {
        guard years >= 3 else { return "" }
        return switch direction {
        case .risingEveryYear: ", og økte hvert år"
        case .fallingEveryYear: ", og gikk ned hvert år"
        case .higher, .lower: ", men ikke jevnt fra år til år"
        case .unchanged: ""
        }
    }

    private func count(_ value: Double) -> String { format.number(value, decimals: 0) }
    private func share(_ value: Double) -> String { format.number(value, decimals: 1) + " %" }

    private func input(_ label: String, _ region: String, _ year: Int, _ value: Double, _ display: String) -> CommentaryInput {
        CommentaryInput(label: "\(label) \(year)", region: region, year: year, value: value, display: display)
    }
}
