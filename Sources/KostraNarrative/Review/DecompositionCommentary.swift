import Foundation
public import KostraAnalysis
public import KostraModel

/// Drafts one Norwegian sentence per finding of a growth decomposition: the total change, each
/// factor's part of it, the combination effect, and the comparison with peers and the network.
///
/// Every sentence carries the figures it prints (``CommentarySentence/inputs``), rounded exactly
/// as the decomposition table shows them, so a reader can trace each sentence to the table.
/// The sentences state what the arithmetic shows; none asserts a cause beyond the identity
/// payout = recipients × months per recipient × payout per month.
public struct DecompositionCommentary: Sendable {
    /// Decimals for growth rates and shares, as in the table.
    public var decimals: Int
    /// A factor whose share of the change is at least this (as a fraction) is stated as
    /// "Mer enn N %", with N rounded down to a multiple of ``roundingStep``.
    public var dominantShare: Double
    /// The step, in percent, that a dominant share is rounded down to (10 gives "Mer enn 60 %").
    public var roundingStep: Double
    public var format: NorwegianNumberFormat

    public init(decimals: Int, dominantShare: Double, roundingStep: Double, format: NorwegianNumberFormat = .standard) {
        self.decimals = decimals
        self.dominantShare = dominantShare
        self.roundingStep = roundingStep
        self.format = format
    }

    /// The settings in `review-rules.json`, shipped with the module.
    struct Settings: Decodable {
        struct Decomposition: Decodable {
            var decimals: Int
            var dominantShare: Double
            var roundingStep: Double
        }
        var decomposition: Decomposition
    }

    /// A commentary writer with the settings shipped in `review-rules.json`.
    public static func bundled(format: NorwegianNumberFormat = .standard) throws -> DecompositionCommentary {
        let url = try ResourceFolder.file(module: "KostraNarrative", subfolder: "Resources", name: "review-rules.json")
        let settings = try JSONDecoder().decode(Settings.self, from: Data(contentsOf: url)).decomposition
        return DecompositionCommentary(
            decimals: settings.decimals, dominantShare: settings.dominantShare, roundingStep: settings.roundingStep, format: format)
    }

    /// The sentences about the comparison's municipality, then its peers and the network.
    public func sentences(for comparison: DecompositionComparison) -> [CommentarySentence] {
        let column = comparison.municipality
        let result = column.decomposition
        var sentences = [totalSentence(column, comparison)]
        if result.shares != nil {
            for component in [GrowthComponent.recipients, .monthsPerRecipient, .payoutPerMonth] {
                sentences.append(factorSentence(component, column, comparison))
            }
            sentences.append(combinationSentence(column, comparison))
        }
        // A network summed from the municipality alone is no comparison.
        for other in comparison.columns.dropFirst() where other.role != .network || other.contributors.isEmpty || other.contributors.count >= 2 {
            sentences.append(comparisonSentence(column, other, comparison))
        }
        return sentences
    }

    // MARK: - Sentences

    private func totalSentence(_ column: DecompositionComparison.Column, _ comparison: DecompositionComparison) -> CommentarySentence {
        let result = column.decomposition
        let years = "fra \(comparison.baseYear) til \(comparison.comparisonYear)"
        let input = self.input(.total, column, comparison)
        let text: String
        if result.shares == nil {
            text =
                "Utbetalt økonomisk sosialhjelp i \(column.name) var uendret \(years), så endringen kan ikke fordeles på mottakere, "
                + "stønadslengde og utbetaling per stønadsmåned."
        } else if result.totalGrowth < 0 {
            text = "Utbetalt økonomisk sosialhjelp i \(column.name) gikk ned med \(percent(abs(result.totalGrowth))) \(years)."
        } else {
            text = "Utbetalt økonomisk sosialhjelp i \(column.name) økte med \(percent(result.totalGrowth)) \(years)."
        }
        return CommentarySentence(text: text, indicator: "payout-total", rule: "decomposition.total", inputs: [input])
    }

    private func factorSentence(
        _ component: GrowthComponent, _ column: DecompositionComparison.Column, _ comparison: DecompositionComparison
    ) -> CommentarySentence {
        let result = column.decomposition
        let growth = result.growth(of: component)
        let share = result.shares?.share(of: component) ?? 0
        let change = result.isDecline ? "nedgangen" : "veksten"
        let factor = Self.factorWords(component, growth: growth)
        let growthText = format.signed(growth * 100, decimals: decimals) + " %"
        var inputs = [input(component, column, comparison), shareInput(component, column, comparison)]
        let rule = "decomposition.factor.\(component.rawValue)"
        if NorwegianNumberFormat.round(growth * 100, decimals: decimals) == 0 {
            return CommentarySentence(
                text: "\(component.norwegianLabel) var nesten uendret (\(growthText)) og forklarer lite av \(change).",
                indicator: nil, rule: rule, inputs: inputs)
        }
        let sharePercent = NorwegianNumberFormat.round(share * 100, decimals: decimals)
        let text: String
        if share > 1 {
            text =
                "\(factor.capitalizedFirst) (\(growthText)) står for \(percent(share)) av \(change), mer enn hele endringen, "
                + "fordi andre faktorer trakk motsatt vei."
        } else if share >= dominantShare {
            let floor = (sharePercent / roundingStep).rounded(.down) * roundingStep
            let amount = sharePercent > floor ? "Mer enn \(format.number(floor, decimals: 0)) %" : "\(format.number(floor, decimals: 0)) %"
            // The input keeps the exact share, displayed as the sentence states it.
            inputs[1].display = amount
            text = "\(amount) av \(change) skyldes \(factor) (\(component.norwegianLabel.lowercased()) \(growthText))."
        } else if share >= 0 {
            text = "\(factor.capitalizedFirst) (\(growthText)) står for \(percent(share)) av \(change)."
        } else {
            let direction = result.isDecline ? "opp" : "ned"
            text = "\(factor.capitalizedFirst) (\(growthText)) trakk utbetalingen \(direction), tilsvarende \(percent(abs(share))) av \(change)."
        }
        return CommentarySentence(text: text, indicator: nil, rule: rule, inputs: inputs)
    }

    private func combinationSentence(_ column: DecompositionComparison.Column, _ comparison: DecompositionComparison) -> CommentarySentence {
        let result = column.decomposition
        let change = result.isDecline ? "nedgangen" : "veksten"
        let text =
            "Kombinasjonseffekten av endringene er \(format.signed(result.combinationEffect * 100, decimals: decimals)) %, "
            + "\(percent(result.shares?.combination ?? 0)) av \(change)."
        return CommentarySentence(
            text: text, indicator: nil, rule: "decomposition.combination",
            inputs: [input(.combination, column, comparison), shareInput(.combination, column, comparison)])
    }

    private func comparisonSentence(
        _ column: DecompositionComparison.Column, _ other: DecompositionComparison.Column, _ comparison: DecompositionComparison
    ) -> CommentarySentence {
        let own = NorwegianNumberFormat.round(column.decomposition.totalGrowth * 100, decimals: decimals)
        let theirs = NorwegianNumberFormat.round(other.decomposition.totalGrowth * 100, decimals: decimals)
        // Compared as shown, so the stated difference equals the difference of the printed figures.
        let difference = own - theirs
        let place = other.role == .network ? "i \(other.name) samlet" : "i \(other.name)"
        let text: String
        if NorwegianNumberFormat.round(difference, decimals: decimals) == 0 {
            text =
                "Endringen i \(column.name) (\(percent(column.decomposition.totalGrowth, signed: true))) var på nivå med "
                + "endringen \(place) (\(percent(other.decomposition.totalGrowth, signed: true)))."
        } else {
            let word = difference > 0 ? "høyere" : "lavere"
            text =
                "Endringen i \(column.name) (\(percent(column.decomposition.totalGrowth, signed: true))) var "
                + "\(format.number(abs(difference), decimals: decimals)) prosentpoeng \(word) enn \(place) "
                + "(\(percent(other.decomposition.totalGrowth, signed: true)))."
        }
        return CommentarySentence(
            text: text, indicator: "payout-total", rule: "decomposition.comparison.\(other.role.rawValue)",
            inputs: [input(.total, column, comparison), input(.total, other, comparison)])
    }

    // MARK: - Figures

    private func percent(_ fraction: Double, signed: Bool = false) -> String {
        (signed ? format.signed(fraction * 100, decimals: decimals) : format.number(fraction * 100, decimals: decimals)) + " %"
    }

    private func input(
        _ component: GrowthComponent, _ column: DecompositionComparison.Column, _ comparison: DecompositionComparison
    ) -> CommentaryInput {
        let value = column.decomposition.growth(of: component) * 100
        return CommentaryInput(
            label: "Vekst \(component.norwegianLabel.lowercased()) \(comparison.baseYear)–\(comparison.comparisonYear)",
            region: column.name, year: comparison.comparisonYear, value: value,
            display: format.number(value, decimals: decimals) + " %", sourceTitle: column.source)
    }

    private func shareInput(
        _ component: GrowthComponent, _ column: DecompositionComparison.Column, _ comparison: DecompositionComparison
    ) -> CommentaryInput {
        let value = (column.decomposition.shares?.share(of: component) ?? .nan) * 100
        return CommentaryInput(
            label: "Andel av samlet endring, \(component.norwegianLabel.lowercased())", region: column.name,
            year: comparison.comparisonYear, value: value, display: format.number(value, decimals: decimals) + " %",
            sourceTitle: column.source)
    }

    /// What a factor's change means, in words a reader uses ("lengre stønadsperioder").
    static func factorWords(_ component: GrowthComponent, growth: Double) -> String {
        let up = growth >= 0
        switch component {
        case .recipients: return up ? "flere mottakere" : "færre mottakere"
        case .monthsPerRecipient: return up ? "lengre stønadsperioder" : "kortere stønadsperioder"
        case .payoutPerMonth: return up ? "høyere utbetaling per stønadsmåned" : "lavere utbetaling per stønadsmåned"
        case .combination: return "kombinasjonseffekten"
        case .total: return up ? "høyere samlet utbetaling" : "lavere samlet utbetaling"
        }
    }
}

extension String {
    /// The string with its first letter in upper case ("flere mottakere" → "Flere mottakere").
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
