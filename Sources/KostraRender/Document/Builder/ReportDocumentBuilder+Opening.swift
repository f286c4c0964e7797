import Foundation
import KostraAnalysis
import KostraModel
import KostraNarrative

extension ReportDocumentBuilder {
    /// The whole analysis's opening chapter, «Befolkning og økonomi», as municipal KOSTRA analyses
    /// start: the population and its growth by age group, then the economy key figures against the
    /// network, the KOSTRA group and the country. It shows only stored figures and names the rest.
    func openingSection(_ opening: OpeningChapterContent) -> ReportSection {
        let name = opening.municipality.name
        var blocks: [ReportBlock] = [
            .paragraph(
                ReportParagraph(
                    "Kapitlet viser befolkningen i \(name) og hvordan den har vokst i hver aldersgruppe, og de økonomiske nøkkeltallene "
                        + "for \(opening.year) sammenlignet med \(opening.comparisons.isEmpty ? "andre" : opening.comparisons.joined(separator: ", "))."
                ))
        ]
        blocks += populationBlocks(opening)
        blocks += economyBlocks(opening)
        return ReportSection(id: "befolkning-og-okonomi", title: "Befolkning og økonomi", blocks: blocks, startsOnNewPage: true)
    }

    /// The growth in percent from the row's first to its last shown year with a figure (an age
    /// group can lack the newest year the total has), or `nil` with fewer than two such years.
    static func growth(_ row: OpeningChapterContent.PopulationRow, years: [Int]) -> (
        from: Int, to: Int, first: Double, last: Double, percent: Double
    )? {
        let stored = years.filter { row.values[$0] != nil }
        guard let from = stored.first, let to = stored.last, from < to, let first = row.values[from], let last = row.values[to], first > 0 else {
            return nil
        }
        return (from, to, first, last, (last - first) / first * 100)
    }

    private func populationBlocks(_ opening: OpeningChapterContent) -> [ReportBlock] {
        let name = opening.municipality.name
        let years = opening.populationYears
        let shown = opening.population.filter { row in years.contains { row.values[$0] != nil } }
        let missing = opening.population.filter { row in !years.contains { row.values[$0] != nil } }.map(\.indicator.label)
        guard !shown.isEmpty, let first = years.first, let last = years.last else {
            return [
                .paragraph(
                    ReportParagraph(
                        "Befolkningstall for \(name) mangler i databasen for \(opening.year). Hent dem fra SSB (tabell 07459) med "
                            + "«kostra fetch», eller importer dem.", kind: .note))
            ]
        }
        var blocks: [ReportBlock] = []
        let total = shown.first { $0.indicator.id == "population-total" }
        if let total, let growth = Self.growth(total, years: years) {
            let from = format.number(growth.first, decimals: 0)
            let to = format.number(growth.last, decimals: 0)
            let percent = format.number(abs(growth.percent), decimals: 1) + " %"
            let verb = growth.percent >= 0 ? "økte" : "sank"
            let sentence = CommentarySentence(
                text: "Folketallet i \(name) \(verb) fra \(from) ved utgangen av \(growth.from) til \(to) ved utgangen av \(growth.to), "
                    + "\(growth.percent >= 0 ? "en vekst" : "en nedgang") på \(percent).",
                indicator: "population-total", rule: "opening.population-growth",
                inputs: [
                    CommentaryInput(label: total.indicator.label, region: name, year: growth.from, value: growth.first, display: from),
                    CommentaryInput(label: total.indicator.label, region: name, year: growth.to, value: growth.last, display: to),
                    CommentaryInput(label: "endring i prosent", region: name, year: growth.to, value: growth.percent, display: percent),
                ])
            blocks.append(.list([Self.paragraph(sentence)]))
        }
        let rows = shown.map { row -> ReportRow in
            let growth = Self.growth(row, years: years)
            let change =
                growth.map {
                    ReportCell(value: $0.percent, text: format.signed($0.percent, decimals: 1), unit: .percent, decimals: 1, signed: true)
                } ?? ReportCell.number(nil, decimals: 1)
            return ReportRow(
                header: row.indicator.label,
                cells: years.map { ReportCell.figure(row.values[$0], unit: .count, decimals: 0, format: format, showsUnit: false) } + [change])
        }
        blocks.append(
            .table(
                ReportTable(
                    id: "befolkning-aldersgrupper", caption: "Innbyggere i \(name) etter aldersgruppe, \(first)–\(last) (per 31. desember)",
                    sheetName: "Befolkning",
                    columns: [ReportColumn("Aldersgruppe", numeric: false)] + years.map { ReportColumn(String($0)) } + [ReportColumn("Endring (%)")],
                    rows: rows, sourceNote: "Kilde: " + opening.sources.joined(separator: "; "),
                    notes: [
                        "Aldersgruppene overlapper (18–66 og 18–67 år er begge med), slik KOSTRA-indikatorene bruker dem. «..» = tall mangler.",
                        "Endringen er fra radens første til siste år med tall: " + periods(shown, years: years) + ".",
                    ])))
        let growing = shown.compactMap { row in
            Self.growth(row, years: years).map { ("\(row.indicator.label) (\($0.from)–\($0.to))", $0.percent) }
        }
        if growing.count > 1 {
            let chart = BarChart(
                id: "befolkning-vekst", title: "Befolkningsvekst etter aldersgruppe, \(first)–\(last)", categories: growing.map(\.0),
                series: [ChartSeries(name: name, role: .municipality, values: growing.map(\.1))], unit: .percent, decimals: 1,
                signedValues: true)
            let alt = growing.map { "\($0.0): \(format.signed($0.1, decimals: 1)) %" }.joined(separator: "; ")
            blocks.append(
                .chart(
                    ReportChart(
                        id: "befolkning-vekst", title: chart.title, svg: chart.svg(), altText: "Stolpediagram, \(chart.title). \(alt).",
                        caption: "Endring i prosent for \(name), fra første til siste år med tall i perioden \(first)–\(last).")))
        }
        if !missing.isEmpty {
            blocks.append(.paragraph(ReportParagraph("Mangler i databasen for \(name): " + missing.joined(separator: "; ") + ".", kind: .note)))
        }
        return blocks
    }

    /// Which period each row's change covers, e.g. `2020–2024 for Innbyggere; 2020–2023 for de andre`.
    private func periods(_ rows: [OpeningChapterContent.PopulationRow], years: [Int]) -> String {
        var byPeriod: [(period: String, labels: [String])] = []
        for row in rows {
            let period = Self.growth(row, years: years).map { "\($0.from)–\($0.to)" } ?? "ingen (færre enn to år med tall)"
            if let index = byPeriod.firstIndex(where: { $0.period == period }) {
                byPeriod[index].labels.append(row.indicator.label)
            } else {
                byPeriod.append((period, [row.indicator.label]))
            }
        }
        return byPeriod.map { "\($0.period) for \($0.labels.joined(separator: ", "))" }.joined(separator: "; ")
    }

    private func economyBlocks(_ opening: OpeningChapterContent) -> [ReportBlock] {
        let name = opening.municipality.name
        var blocks: [ReportBlock] = []
        let withFigures = opening.economy.filter { row in row.own != nil || row.comparisons.contains { $0 != nil } }
        if withFigures.isEmpty {
            blocks.append(
                .paragraph(
                    ReportParagraph(
                        "De økonomiske nøkkeltallene for \(opening.year) mangler i databasen for \(name) og sammenligningene.", kind: .note)))
        } else {
            let rows = opening.economy.map { row -> ReportRow in
                let indicator = row.indicator
                let figure = { (value: Double?) in
                    ReportCell.figure(value, unit: indicator.unit, decimals: indicator.decimals, format: self.format, showsUnit: false)
                }
                return ReportRow(
                    header: indicator.labelWithTableUnit,
                    cells: [figure(row.own)] + row.comparisons.map(figure))
            }
            blocks.append(
                .table(
                    ReportTable(
                        id: "okonomi-sammenligning", caption: "Økonomiske nøkkeltall \(opening.year): \(name) sammenlignet",
                        sheetName: "Økonomi sammenlignet",
                        columns: [ReportColumn("Nøkkeltall", numeric: false), ReportColumn("\(name) \(opening.year)")]
                            + opening.comparisons.map { ReportColumn("\($0) \(opening.year)") },
                        rows: rows, sourceNote: "Kilde: " + opening.sources.joined(separator: "; "),
                        notes: [
                            "Nettverkets snitt er uvektet over kommunene med tall; KOSTRA-gruppen og landet er SSBs publiserte tall. «..» = tall mangler."
                        ])))
            let missingOwn = opening.economy.filter { $0.own == nil }.map(\.indicator.label)
            if !missingOwn.isEmpty {
                blocks.append(
                    .paragraph(ReportParagraph("Mangler for \(name) i \(opening.year): " + missingOwn.joined(separator: "; ") + ".", kind: .note)))
            }
        }
        for reason in opening.missingComparisons { blocks.append(.paragraph(ReportParagraph(reason, kind: .note))) }
        return blocks
    }
}
