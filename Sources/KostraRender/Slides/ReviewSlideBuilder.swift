public import KostraAnalysis
import KostraModel

/// Builds the slides a review is made of from the review analyses' results, the way the NAV
/// Bærum review presents them: a table per slide, the unit in the headers, and speaker notes
/// naming every figure's source and the method.
public struct ReviewSlideBuilder: Sendable {
    let format = NorwegianNumberFormat.standard

    public init() {}

    /// The socio-economic peer table: one row per region, one column per indicator and year.
    public func peerTable(_ table: IndicatorComparisonTable) -> Slide {
        let columns =
            [ReportColumn("Kommune", numeric: false)]
            + table.columns.map {
                ReportColumn("\($0.indicator.displayShortLabel) \($0.year)\($0.indicator.unit.tableHeaderSuffix)")
            }
        let rows = table.rows.map { row in
            ReportRow(
                header: row.name,
                cells: zip(table.columns, row.cells).map { column, cell in
                    ReportCell.figure(cell.value, unit: column.indicator.unit, decimals: column.indicator.decimals, format: format, showsUnit: false)
                })
        }
        let sources = table.columns.enumerated().map { index, column in
            "\(column.indicator.displayShortLabel) (\(column.year)): "
                + table.rows.map { "\($0.name): \($0.cells[index].source)" }.joined(separator: "; ")
        }
        return Slide(
            title: "Sosioøkonomiske forhold",
            body: .table(
                ReportTable(id: "sosiookonomi", caption: "Sosioøkonomiske forhold", sheetName: "Sosioøkonomi", columns: columns, rows: rows)),
            notes: (["Kilder:"] + sources + ["Metode: " + table.method]).joined(separator: "\n"))
    }

    /// The AAP / social assistance ratio table: both shares and their ratio per region.
    public func ratio(_ comparison: IndicatorRatioComparison) -> Slide {
        let top = comparison.numerator
        let bottom = comparison.denominator
        let columns = [
            ReportColumn("Kommune", numeric: false),
            ReportColumn("\(top.displayShortLabel) \(comparison.numeratorYear)\(top.unit.tableHeaderSuffix)"),
            ReportColumn("\(bottom.displayShortLabel) \(comparison.denominatorYear)\(bottom.unit.tableHeaderSuffix)"),
            ReportColumn("Forholdstall"),
        ]
        let rows = comparison.rows.map { info in
            let ratio = comparison.table.row(for: info.region)
            let lacking = comparison.table.lacking.first { $0.region == info.region }
            return ReportRow(
                header: info.region,
                cells: [
                    ReportCell.figure(ratio?.numerator, unit: top.unit, decimals: top.decimals, format: format, showsUnit: false),
                    ReportCell.figure(ratio?.denominator, unit: bottom.unit, decimals: bottom.decimals, format: format, showsUnit: false),
                    ratio.map { ReportCell(value: $0.rounded, text: $0.formatted, decimals: $0.decimals) } ?? .text(lacking == nil ? ".." : ".."),
                ])
        }
        let notes =
            ["Kilder:"] + comparison.rows.map { "\($0.region): \($0.source)" }
            + comparison.table.lacking.map { "\($0.region) mangler: \($0.reason)" } + ["Metode: " + comparison.table.method]
        return Slide(
            title: "Arbeidsavklaringspenger og sosialhjelp",
            body: .table(ReportTable(id: "forholdstall", caption: "AAP og sosialhjelp", sheetName: "Forholdstall", columns: columns, rows: rows)),
            notes: notes.joined(separator: "\n"))
    }

    /// The growth decomposition as a table, and its waterfall chart as a second slide.
    public func decomposition(_ comparison: DecompositionComparison, waterfall: WaterfallChart, from: Int, to: Int) -> [Slide] {
        let percent = { (value: Double) in
            ReportCell(value: value * 100, text: self.format.signed(value * 100, decimals: 1), unit: .percent, decimals: 1)
        }
        let columns = comparison.columns
        let rows = [
            ReportRow(header: "Mottakere", cells: columns.map { percent($0.decomposition.recipientGrowth) }),
            ReportRow(header: "Stønadsmåneder per mottaker", cells: columns.map { percent($0.decomposition.monthsPerRecipientGrowth) }),
            ReportRow(header: "Utbetaling per stønadsmåned", cells: columns.map { percent($0.decomposition.payoutPerMonthGrowth) }),
            ReportRow(header: "Kombinasjonseffekt", cells: columns.map { percent($0.decomposition.combinationEffect) }),
            ReportRow(header: "Vekst i utbetalt sosialhjelp", cells: columns.map { percent($0.decomposition.totalGrowth) }),
        ]
        let notes = (["Kilder:"] + columns.map { "\($0.name): \($0.source)" } + ["Metode: " + comparison.method] + comparison.notes)
            .joined(separator: "\n")
        let title = "Vekst i utbetalt sosialhjelp \(from)–\(to)"
        let table = ReportTable(
            id: "dekomponering", caption: title, sheetName: "Vekst",
            columns: [ReportColumn("Vekst (%)", numeric: false)] + columns.map { ReportColumn($0.name) }, rows: rows)
        let chart = ReportChart(
            id: "dekomponering", title: waterfall.title, svg: waterfall.svg(),
            altText: "Fossefallsdiagram: " + rows.map { "\($0.header) \($0.cells.first?.text ?? "") %" }.joined(separator: "; ") + ".")
        return [
            Slide(title: title, body: .table(table), notes: notes),
            Slide(title: title + ", fordelt på faktorer", body: .chart(chart), notes: notes),
        ]
    }

    /// Long-term recipients: the number and the share of all recipients per year and region.
    public func longTerm(_ result: LongTermRecipients) -> Slide {
        let years = Array(result.from...result.to)
        let columns = [ReportColumn("Kommune", numeric: false)] + years.map { ReportColumn(String($0)) }
        var rows: [ReportRow] = []
        for series in result.series {
            let points = Dictionary(series.points.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
            rows.append(
                ReportRow(
                    header: "\(series.name), antall",
                    cells: years.map {
                        ReportCell.figure(points[$0]?.count, unit: .count, decimals: 0, format: format)
                    }))
            rows.append(
                ReportRow(
                    header: "\(series.name), andel (%)",
                    cells: years.map {
                        ReportCell.figure(points[$0]?.share, unit: .percent, decimals: 1, format: format, showsUnit: false)
                    }))
        }
        let notes =
            (["Kilder og merknader:"] + result.series.compactMap { series in series.note.map { "\(series.name): \($0)" } }
            + ["Metode: " + result.method]).joined(separator: "\n")
        return Slide(
            title: "Langtidsmottakere \(result.from)–\(result.to)",
            body: .table(
                ReportTable(
                    id: "langtid", caption: "Langtidsmottakere (sosialhjelp som hovedinntekt i 10 måneder eller mer)", sheetName: "Langtid",
                    columns: columns, rows: rows)),
            notes: notes)
    }

    /// A slide saying which figures are missing and how to add them, in place of one that cannot be made.
    public func missing(title: String, reason: String) -> Slide {
        Slide(title: title, body: .text(["Tallene mangler: \(reason)"]), notes: "Ingen tall: \(reason)")
    }
}
