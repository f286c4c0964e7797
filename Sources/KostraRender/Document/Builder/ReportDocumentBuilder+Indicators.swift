import Foundation
import KostraAnalysis
import KostraModel
import KostraNarrative

extension ReportDocumentBuilder {
    /// The service profile chart and the table of every profile indicator, grouped by category.
    /// `idPrefix` keeps the ids apart when several areas' profiles share one document.
    func profileSection(_ profile: ServiceProfile, idPrefix: String = "") -> ReportSection {
        let network = profile.network
        let title = "\(profile.definition.title). \(network.averageLabel) = 100"
        // The chart's id differs from the section's: both end up as ids in one HTML page.
        let chart = ProfileChart(
            id: idPrefix + "profil-figur", title: title, municipalityName: profile.municipality.name, networkName: network.name,
            rows: profile.rows.map {
                ProfileChart.Row(label: $0.indicator.label, index: $0.index, highestIndex: $0.highestIndex, lowestIndex: $0.lowestIndex)
            },
            sourceNote: "Kilde: " + profile.sources.map(\.title).joined(separator: "; "))
        let described = profile.rows.compactMap { row in row.index.map { "\(row.indicator.displayShortLabel) \(format.number($0, decimals: 0))" } }
        var rows: [ReportRow] = []
        var category: String?
        for row in profile.rows {
            if row.indicator.category != category {
                category = row.indicator.category
                rows.append(.group(row.indicator.category))
            }
            // The unit is named once in the row header, not in every cell, so the columns stay narrow.
            rows.append(
                ReportRow(
                    header: row.indicator.labelWithTableUnit + (row.indicator.isStarred ? " *" : ""),
                    cells: keyFigureCells(row, profile: profile)))
        }
        let table = ReportTable(
            id: idPrefix + "nokkeltall",
            caption: "Indikatorene i \(profile.definition.title.lowercased()): \(profile.municipality.name) "
                + "\(profile.years.first ?? profile.year)–\(profile.year) og \(network.name) \(profile.year)",
            sheetName: idPrefix.isEmpty ? "Tjenesteprofil" : String(profile.definition.service.prefix(31)), columns: keyFigureColumns(profile),
            rows: rows, sourceNote: sourceNote(profile),
            notes: [
                "* Uvektet snitt av kommunene med tall. Øvrige snitt er vektede (sum av tellere delt på sum av nevnere). "
                    + "Indeks = \(profile.municipality.name) / snitt × 100. «..» = tall mangler."
            ]
                + profile.rows.compactMap { row in row.indicator.definitionNote.map { "\(row.indicator.displayShortLabel): \($0.text)" } })
        return ReportSection(
            id: idPrefix + "profil", title: "Tjenesteprofil",
            blocks: [
                .paragraph(
                    ReportParagraph(
                        "Figuren viser hvordan \(profile.municipality.name) kommer ut på indikatorene i tjenesteprofilen i \(profile.year), "
                            + "sett i forhold til \(network.averageLabel) (= 100). Verdiene står i tabellen under.")),
                .chart(
                    ReportChart(
                        id: idPrefix + "profil-figur", title: title, svg: chart.svg(),
                        altText: "Tjenesteprofil, indeks der \(network.averageLabel) = 100: " + described.joined(separator: "; ") + ".")),
                .table(table),
            ], startsOnNewPage: true)
    }

    func keyFigureColumns(_ profile: ServiceProfile) -> [ReportColumn] {
        [ReportColumn("Indikator", numeric: false)] + profile.years.map { ReportColumn("\(profile.municipality.name) \($0)") } + [
            ReportColumn("\(profile.network.averageLabel) \(profile.year)"), ReportColumn("Høyest \(profile.network.name)"),
            ReportColumn("Lavest \(profile.network.name)"), ReportColumn("Indeks"),
        ]
    }

    func keyFigureCells(_ row: ProfileRow, profile: ServiceProfile) -> [ReportCell] {
        let indicator = row.indicator
        let figure = { (value: Double?, status: StatusSymbol?) in
            ReportCell.figure(value, unit: indicator.unit, decimals: indicator.decimals, status: status, format: format, showsUnit: false)
        }
        return profile.years.map { figure(row.values[$0], row.statuses[$0]) } + [
            figure(row.average?.value, nil), figure(row.highest?.value, nil), figure(row.lowest?.value, nil),
            ReportCell.number(row.index, decimals: 0, format: format),
        ]
    }

    func sourceNote(_ profile: ServiceProfile) -> String {
        "Kilde: " + profile.sources.map(\.title).joined(separator: "; ")
    }

    /// A category's section, or why it is left out.
    func categorySection(_ category: String, content: ReportContent, notes: NotesPlacement = NotesPlacement()) -> (ReportSection?, String?) {
        let plan = categoryPlan(category, content: content)
        return categorySection(
            plan, subsections: plan.shown.concurrentMap { indicatorSection($0, content: content, notes: notes) }, content: content, notes: notes)
    }

    /// What a category's chapter shows: the indicators with figures, and those left out for want of them.
    struct CategoryPlan: Sendable {
        var category: String
        var shown: [Shown]
        var missing: [String]
    }

    func categoryPlan(_ category: String, content: ReportContent) -> CategoryPlan {
        let profile = content.profile
        var indicators: [Indicator] = []
        for indicator in profile.rows.map(\.indicator) + content.series.map(\.indicator)
        where indicator.category == category && !indicators.contains(where: { $0.id == indicator.id }) {
            indicators.append(indicator)
        }
        var plan = CategoryPlan(category: category, shown: [], missing: [])
        for indicator in indicators {
            let row = profile.rows.first { $0.indicator.id == indicator.id }
            let series = content.series.filter { $0.indicator.id == indicator.id }
            let hasFigures = (row.map { !$0.values.isEmpty } ?? false) || series.contains { $0.lines.contains { $0.values.contains { $0 != nil } } }
            guard hasFigures else {
                plan.missing.append(indicator.displayShortLabel)
                continue
            }
            plan.shown.append(Shown(indicator: indicator, row: row, series: series))
        }
        return plan
    }

    /// One shown indicator's section, with the analyst's notes on it.
    func indicatorSection(_ item: Shown, content: ReportContent, notes: NotesPlacement) -> ReportSection {
        var section = indicatorSection(item.indicator, row: item.row, series: item.series, content: content)
        section.blocks += notes.blocks(for: .indicator(item.indicator.id))
        return section
    }

    /// The chapter from its plan and its drawn indicator sections; `nil` with the reason when nothing is shown.
    func categorySection(
        _ plan: CategoryPlan, subsections: [ReportSection], content: ReportContent, notes: NotesPlacement
    ) -> (ReportSection?, String?) {
        let profile = content.profile
        // No indicator of the category at all: no chapter, and nothing to explain.
        guard !plan.shown.isEmpty || !plan.missing.isEmpty else { return (nil, nil) }
        guard !subsections.isEmpty else {
            return (nil, "ingen tall for \(profile.municipality.name) i \(profile.year)")
        }
        // Each section opens with its generated summary, then the analyst's words on the area.
        var blocks: [ReportBlock] = content.categorySummaries[plan.category].map { [.list([Self.paragraph($0)])] } ?? []
        blocks += notes.blocks(for: .area(plan.category))
        if !plan.missing.isEmpty {
            blocks.append(
                .paragraph(
                    ReportParagraph(
                        "Utelatt fordi \(profile.municipality.name) ikke har tall: " + plan.missing.joined(separator: "; ") + ".", kind: .note)))
        }
        return (ReportSection(id: Self.slug(plan.category), title: plan.category, blocks: blocks, subsections: subsections), nil)
    }

    /// An indicator the report shows, with its profile row and series.
    struct Shown: Sendable {
        var indicator: Indicator
        var row: ProfileRow?
        var series: [ComparisonSeries]
    }

    func indicatorSection(_ indicator: Indicator, row: ProfileRow?, series: [ComparisonSeries], content: ReportContent) -> ReportSection {
        let profile = content.profile
        let id = Self.slug(indicator.id)
        var blocks: [ReportBlock] = []
        // Where a look-alike indicator is defined differently, the reader is told before the figures.
        if let note = indicator.definitionNote { blocks.append(.paragraph(ReportParagraph("Merk: " + note.text, kind: .note))) }
        for (number, line) in series.enumerated() {
            let chartID = "\(id)-serie\(number == 0 ? "" : "-\(number + 1)")"
            blocks.append(.chart(seriesChart(line, id: chartID, municipality: profile.municipality.name)))
            blocks.append(.table(seriesTable(line, id: chartID, profile: profile)))
        }
        if let row {
            if series.isEmpty { blocks.append(.chart(rowChart(row, id: "\(id)-figur", profile: profile))) }
            blocks.append(.table(rowTable(row, id: "\(id)-nokkeltall", profile: profile)))
            if let rank = rankParagraph(row, profile: profile) { blocks.append(.paragraph(rank)) }
        }
        let sentences = content.commentary.filter { $0.indicator == indicator.id }.map(Self.paragraph)
        if !sentences.isEmpty { blocks.append(.list(sentences)) }
        return ReportSection(id: id, title: indicator.label + (indicator.isStarred ? " *" : ""), level: 3, blocks: blocks)
    }

    func seriesChart(_ series: ComparisonSeries, id: String, municipality: String) -> ReportChart {
        let indicator = series.indicator
        let chart = LineChart(
            id: id, title: series.title, years: series.years,
            series: series.lines.map { line in
                ChartSeries(
                    name: line.name, role: line.role == .municipality ? .municipality : line.role == .average ? .average : .comparison,
                    values: line.values)
            },
            unit: indicator.unit, decimals: indicator.decimals,
            breaks: series.breaks.sorted { $0.key < $1.key }.map { LineChart.SeriesBreak(year: $0.key, reason: $0.value) })
        let comparison = series.lines.map(\.name).filter { $0 != municipality }.joined(separator: ", ")
        var caption = "Utviklingen for \(municipality) \(series.years.first ?? 0)–\(series.years.last ?? 0)"
        if !comparison.isEmpty { caption += ", sammenlignet med \(comparison)" }
        caption += "."
        if series.basis == .both { caption += " Tallene er justert for inflasjon og utgiftsbehov (B)." }
        // The alt text is the chart's own text for screen readers, after the title: writing every
        // value out again for it was a twentieth of a report's time.
        let (svg, description) = chart.svgWithDescription()
        return ReportChart(id: id, title: series.title, svg: svg, altText: "\(series.title). \(description)", caption: caption)
    }

    func seriesTable(_ series: ComparisonSeries, id: String, profile: ServiceProfile) -> ReportTable {
        let indicator = series.indicator
        let unit = indicator.unit.norwegianLabel
        return ReportTable(
            id: id, caption: series.title, sheetName: indicator.displayShortLabel + " serie",
            columns: [ReportColumn(unit.prefix(1).uppercased() + unit.dropFirst(), numeric: false)] + series.years.map { ReportColumn(String($0)) },
            rows: series.lines.map { line in
                ReportRow(
                    header: line.name,
                    cells: line.values.map {
                        ReportCell.figure($0, unit: indicator.unit, decimals: indicator.decimals, format: format, showsUnit: false)
                    })
            },
            sourceNote: sourceNote(profile)
                + series.lines.compactMap { line in line.note.map { "; \(line.name): \($0)" } }.joined())
    }

    /// A bar per year for the municipality and the network's average, highest and lowest, for
    /// indicators without a stored time series.
    func rowChart(_ row: ProfileRow, id: String, profile: ServiceProfile) -> ReportChart {
        let indicator = row.indicator
        let network = profile.network
        let municipality = profile.municipality.name
        var categories = profile.years.map { "\(municipality) \($0)" }
        var values = profile.years.map { row.values[$0] }
        categories += ["\(network.averageLabel) \(profile.year)", "Høyest \(network.name)", "Lavest \(network.name)"]
        values += [row.average?.value, row.highest?.value, row.lowest?.value]
        let chart = BarChart(
            id: id, title: indicator.label, categories: categories,
            series: [ChartSeries(name: indicator.displayShortLabel, role: .municipality, values: values)],
            unit: indicator.unit, decimals: indicator.decimals, highlightedCategory: "\(municipality) \(profile.year)")
        let alt = zip(categories, values).map { name, value in
            "\(name): " + (value.map { format.value($0, unit: indicator.unit, decimals: indicator.decimals) } ?? "..")
        }.joined(separator: "; ")
        return ReportChart(
            id: id, title: indicator.label, svg: chart.svg(), altText: "Stolpediagram, \(indicator.label). \(alt).",
            caption: "\(municipality) \(profile.years.first ?? profile.year)–\(profile.year) og \(network.name) \(profile.year).")
    }

    func rowTable(_ row: ProfileRow, id: String, profile: ServiceProfile) -> ReportTable {
        let names = { (extreme: Extreme?) in
            extreme?.holders.map { self.regions.region(id: $0)?.name ?? $0 }.joined(separator: ", ") ?? ""
        }
        var columns = keyFigureColumns(profile)
        columns[0] = ReportColumn("Indikator", numeric: false)
        let cells = keyFigureCells(row, profile: profile)
        // Who holds the extremes is shown only where the source names them, in a note under the
        // table: as two more columns the one-row table was wider than a printed page.
        var notes: [String] = []
        if !(row.highest?.holders.isEmpty ?? true) || !(row.lowest?.holders.isEmpty ?? true) {
            notes.append(
                "Høyest hos: \(names(row.highest).isEmpty ? "ikke oppgitt" : names(row.highest)). "
                    + "Lavest hos: \(names(row.lowest).isEmpty ? "ikke oppgitt" : names(row.lowest)).")
        }
        return ReportTable(
            id: id, caption: "\(row.indicator.label): \(profile.municipality.name) og \(profile.network.name)",
            sheetName: row.indicator.displayShortLabel, columns: columns,
            rows: [
                ReportRow(
                    header: row.indicator.displayShortLabel.hasSuffix(row.indicator.unit.tableHeaderSuffix)
                        ? row.indicator.displayShortLabel : row.indicator.displayShortLabel + row.indicator.unit.tableHeaderSuffix, cells: cells)
            ],
            sourceNote: sourceNote(profile), notes: notes)
    }
}
