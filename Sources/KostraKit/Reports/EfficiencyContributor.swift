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
            report = try await context.workspace.comparisons.efficiency(of: context.municipality.id, year: context.year)
        } catch KitError.missingInputs {
            return .omitted(
                reason: "ingen produksjonsindeks eller korrigerte brutto driftsutgifter for \(context.municipality.name) "
                    + "i \(context.year) (gis med «kostra efficiency --production-percent … --expenditure-percent …»)")
        }
        let format = NorwegianNumberFormat.standard
        let efficiency = report.efficiency
        let network = efficiency.networkName
        let percent = { (value: Double) in format.signed(value, decimals: 1) + " %" }
        var rows = [
            ReportRow(
                header: "Produksjon, relativt til \(network)",
                cells: [
                    ReportCell(value: efficiency.relativeProduction, text: format.number(efficiency.relativeProduction, decimals: 3), decimals: 3),
                    ReportCell(
                        value: (efficiency.relativeProduction - 1) * 100, text: percent((efficiency.relativeProduction - 1) * 100), unit: .percent,
                        decimals: 1, signed: true),
                ]),
            ReportRow(
                header: "Korrigerte brutto driftsutgifter, relativt til \(network)",
                cells: [
                    ReportCell(value: efficiency.relativeExpenditure, text: format.number(efficiency.relativeExpenditure, decimals: 3), decimals: 3),
                    ReportCell(
                        value: (efficiency.relativeExpenditure - 1) * 100, text: percent((efficiency.relativeExpenditure - 1) * 100), unit: .percent,
                        decimals: 1, signed: true),
                ]),
            ReportRow(
                header: "Relativ effektivitet, beregnet",
                cells: [
                    ReportCell(value: efficiency.value, text: format.number(efficiency.value, decimals: 3), decimals: 3),
                    ReportCell(
                        value: efficiency.percentAboveNetwork, text: percent(efficiency.percentAboveNetwork), unit: .percent, decimals: 1,
                        signed: true),
                ]),
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
