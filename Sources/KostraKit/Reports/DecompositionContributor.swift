import KostraAnalysis
import KostraModel
import KostraRender

/// The report's section on why social-assistance payouts grew over the last four years:
/// recipients, months per recipient, payout per month and the combination effect.
struct DecompositionContributor: ReportSectionContributor {
    let title = "Vekst i utbetalt sosialhjelp"
    /// The span the section looks back over, as the ASSS reports' four-year comparisons do.
    static let years = 4

    func contribution(to context: ReportContext) async throws -> ReportContribution {
        let from = context.year - Self.years
        let section: DecompositionSection
        do {
            section = try await context.review.decompose(
                of: context.municipality.id, from: from, to: context.year, network: context.network.id)
        } catch ReviewError.missingStoredFigures {
            return .omitted(
                reason: "mottakere, stønadsmåneder og utbetalinger for \(context.municipality.name) i \(from) og "
                    + "\(context.year) er ikke lagret (hent dem med «kostra fetch», eller bruk «kostra decompose --input FIL»)")
        }
        let format = NorwegianNumberFormat.standard
        let columns = section.comparison.columns
        let percent = { (value: Double) in
            ReportCell(value: value * 100, text: format.signed(value * 100, decimals: 1) + " %", unit: .percent, decimals: 1, signed: true)
        }
        let rows = [
            ReportRow(header: "Mottakere", cells: columns.map { percent($0.decomposition.recipientGrowth) }),
            ReportRow(header: "Stønadsmåneder per mottaker", cells: columns.map { percent($0.decomposition.monthsPerRecipientGrowth) }),
            ReportRow(header: "Utbetaling per stønadsmåned", cells: columns.map { percent($0.decomposition.payoutPerMonthGrowth) }),
            ReportRow(header: "Kombinasjonseffekt", cells: columns.map { percent($0.decomposition.combinationEffect) }),
            ReportRow(header: "Vekst i utbetalt sosialhjelp", cells: columns.map { percent($0.decomposition.totalGrowth) }),
        ]
        let table = ReportTable(
            id: "dekomponering", caption: "Vekst i utbetalt sosialhjelp \(from)–\(context.year), fordelt på faktorer",
            sheetName: "Vekstdekomponering", columns: [ReportColumn("Faktor", numeric: false)] + columns.map { ReportColumn($0.name) },
            rows: rows, sourceNote: "Kilde: " + columns.map { "\($0.name): \($0.source)" }.joined(separator: "; "),
            notes: [section.comparison.method] + section.comparison.notes)
        let chart = ReportChart(
            id: "dekomponering", title: section.waterfall.title, svg: section.waterfall.svg(),
            altText: "Fossefallsdiagram: " + rows.map { "\($0.header) \($0.cells.first?.text ?? "")" }.joined(separator: "; ") + ".")
        let sentences = section.sentences.map(ReportDocumentBuilder.paragraph)
        return .section(
            ReportSection(
                id: "dekomponering", title: title, blocks: [.list(sentences), .chart(chart), .table(table)]))
    }
}
