import KostraAnalysis
import KostraModel
import KostraRender

/// The report's section on production and efficiency: relative efficiency computed from
/// production and corrected gross expenditure against the network, beside the published figure.
struct EfficiencyContributor: ReportSectionContributor {
    let title = "Produksjon og effektivitet"

    func contribution(to context: ReportContext) async throws -> ReportContribution {
        let report: EfficiencyReport
        do {
            report = try await context.comparisons.efficiency(of: context.municipality.id, year: context.year)
        } catch KitError.missingInputs {
            return .omitted(
                reason: "ingen produksjonsindeks eller korrigerte brutto driftsutgifter for \(context.municipality.name) "
                    + "i \(context.year) (gis med «kostra efficiency --production-percent … --expenditure-percent …»)")
        }
        let format = NorwegianNumberFormat.standard
        let efficiency = report.efficiency
        let network = efficiency.networkName
        let percent = { (value: Double) in format.signed(value, decimals: 1) + " %" }
        // A ratio to the network (three decimals) beside how far it is from 1, in per cent.
        let ratioRow = { (header: String, ratio: Double, percentAbove: Double) in
            ReportRow(
                header: header,
                cells: [
                    ReportCell(value: ratio, text: format.number(ratio, decimals: 3), decimals: 3),
                    ReportCell(value: percentAbove, text: percent(percentAbove), unit: .percent, decimals: 1, signed: true),
                ])
        }
        var rows = [
            ratioRow("Produksjon, relativt til \(network)", efficiency.relativeProduction, (efficiency.relativeProduction - 1) * 100),
            ratioRow(
                "Korrigerte brutto driftsutgifter, relativt til \(network)", efficiency.relativeExpenditure,
                (efficiency.relativeExpenditure - 1) * 100),
            ratioRow("Relativ effektivitet, beregnet", efficiency.value, efficiency.percentAboveNetwork),
        ]
        var paragraphs = [
            ReportParagraph(
                "Relativ effektivitet er produksjon delt på utgifter, begge i forhold til \(network): "
                    + "\(format.number(efficiency.relativeProduction, decimals: 3)) / \(format.number(efficiency.relativeExpenditure, decimals: 3)) "
                    + "= \(format.number(efficiency.value, decimals: 3)), det vil si \(percent(efficiency.percentAboveNetwork)) mot \(network).",
                kind: .generated, trace: report.explanation.method)
        ]
        if let published = report.published {
            rows.append(
                ReportRow(
                    header: "Relativ effektivitet, publisert",
                    cells: [
                        .text(""),
                        ReportCell(
                            value: published.published, text: format.signed(published.published, decimals: published.publishedDecimals) + " %",
                            unit: .percent, decimals: published.publishedDecimals, signed: true),
                    ]))
            paragraphs.append(
                ReportParagraph(
                    "Den publiserte effektiviteten (\(format.signed(published.published, decimals: published.publishedDecimals)) %) "
                        + "stemmer ikke med det inndataene gir; begge vises, og metoden er ikke tilpasset det publiserte tallet. "
                        + "Kilde: \(published.source).", kind: .note))
        }
        let table = ReportTable(
            id: "effektivitet", caption: "Produksjon, utgifter og relativ effektivitet \(context.year): \(context.municipality.name) mot \(network)",
            sheetName: "Effektivitet", columns: [ReportColumn("Størrelse", numeric: false), ReportColumn("Forhold"), ReportColumn("Prosent")],
            rows: rows, sourceNote: "Kilde: \(report.inputSource)")
        return .section(
            ReportSection(
                id: "effektivitet", title: title, blocks: paragraphs.map { .paragraph($0) } + [.table(table)]))
    }
}
