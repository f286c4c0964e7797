import Foundation
import KostraAnalysis
import KostraModel

extension ReportDocumentBuilder {
    /// "Endret siden forrige uttrekk": the figures the report shows that were revised since the
    /// analyst's date, old and new, so a report written from March's figures can be checked
    /// against June's before it goes to the council. `nil` when not asked for or nothing changed.
    func changesSection(_ content: ReportContent) -> ReportSection? {
        guard let changes = content.changes, !changes.revisions.isEmpty else { return nil }
        var indicators: [IndicatorID: Indicator] = [:]
        for indicator in content.profile.rows.map(\.indicator) + content.series.map(\.indicator) { indicators[indicator.id] = indicator }
        let rows = changes.revisions.map { revision -> ReportRow in
            let indicator = indicators[revision.key.indicator]
            let figure = { (value: Double?, status: StatusSymbol?) -> ReportCell in
                guard let indicator else { return .number(value, decimals: 2, format: format) }
                return .figure(value, unit: indicator.unit, decimals: indicator.decimals, status: status, format: format)
            }
            let change: ReportCell =
                revision.change.map { change in
                    .text(format.signed(change, decimals: indicator?.decimals ?? 2) + (indicator?.unit == .percent ? " pp" : ""))
                } ?? .text("")
            return ReportRow(
                header: indicator?.displayShortLabel ?? revision.key.indicator,
                cells: [
                    .text(regions.region(id: revision.key.region)?.name ?? revision.key.region), .text(String(revision.key.year)),
                    figure(revision.oldValue, revision.oldStatus), figure(revision.newValue, revision.newStatus), change,
                    .text(revision.kind.norwegianLabel),
                    .text("\(revision.oldSource.title) (\(NorwegianDate.long(revision.oldSource.retrievedAt)))"),
                    .text("\(revision.newSource.title) (\(NorwegianDate.long(revision.newSource.retrievedAt)))"),
                ])
        }
        let since = NorwegianDate.long(changes.since)
        let table = ReportTable(
            id: "endringer-tabell", caption: "Tall i rapporten som er endret siden \(since)", sheetName: "Endringer",
            columns: [
                ReportColumn("Indikator", numeric: false), ReportColumn("Kommune", numeric: false), ReportColumn("År", numeric: false),
                ReportColumn("Før"), ReportColumn("Nå"), ReportColumn("Endring"), ReportColumn("Art", numeric: false),
                ReportColumn("Kilde før", numeric: false), ReportColumn("Kilde nå", numeric: false),
            ],
            rows: rows)
        return ReportSection(
            id: "endringer", title: "Endret siden forrige uttrekk", level: 3,
            blocks: [
                .paragraph(
                    ReportParagraph(
                        "\(NorwegianCount.figures(changes.revisions.count)) som rapporten viser, er endret siden \(since): "
                            + "SSBs endelige tall erstatter de foreløpige, eller et tall er rettet. Før og nå står med kilde og dato.")),
                .table(table),
            ])
    }
}

extension NorwegianCount {
    /// `1 tall`, `3 tall` (the noun is the same in both).
    static func figures(_ count: Int) -> String {
        count == 1 ? "Ett tall" : "\(count) tall"
    }
}
