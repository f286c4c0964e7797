import KostraAnalysis
import KostraKit
import KostraModel
import KostraNarrative
import KostraRender

/// The growth-decomposition page: why social-assistance payouts grew between two years, for the
/// municipality, its peers and the network side by side, with the waterfall and the findings.
struct DecompositionView {
    struct Row {
        var label: String
        var values: [String]
    }

    struct Finding {
        var text, trace: String
    }

    var pageTitle, municipality, profileQuery, chart, method: String
    var from, to: Int
    var columns: [String]
    var rows: [Row]
    var findings: [Finding]
    var notes: [String]

    init(_ section: DecompositionSection, municipality region: Region, network: Network) {
        let comparison = section.comparison
        from = comparison.baseYear
        to = comparison.comparisonYear
        municipality = region.name
        pageTitle = "Vekst i utbetalt sosialhjelp: \(region.name) \(from)–\(to)"
        profileQuery = SelectionQuery.encode([("municipality", region.id), ("year", String(to)), ("network", network.id)])
        chart = section.waterfall.svg()
        method = comparison.method
        columns = comparison.columns.map(\.name)
        let numbers = NorwegianNumberFormat.html
        let percent = { (value: Double) in numbers.signed(value * 100, decimals: 1) + "\u{00A0}%" }
        let factors: [(String, (GrowthDecomposition) -> Double)] = [
            ("Mottakere", \.recipientGrowth), ("Stønadsmåneder per mottaker", \.monthsPerRecipientGrowth),
            ("Utbetaling per stønadsmåned", \.payoutPerMonthGrowth), ("Kombinasjonseffekt", \.combinationEffect),
            ("Vekst i utbetalt sosialhjelp", \.totalGrowth),
        ]
        rows = factors.map { label, value in Row(label: label, values: comparison.columns.map { percent(value($0.decomposition)) }) }
        findings = section.sentences.map { sentence in
            Finding(
                text: sentence.text,
                trace: "Regel: \(sentence.rule). Tall: " + sentence.inputs.map { "\($0.label): \($0.display)" }.joined(separator: "; "))
        }
        notes = comparison.notes + comparison.columns.map { "\($0.name): \($0.source)" }
    }
}
