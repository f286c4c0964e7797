import Foundation
import KostraAnalysis
import KostraModel
import KostraRender

/// The indicator page's content: the time series chart and table for the municipality and its
/// comparison, and how the indicator is computed.
struct IndicatorView {
    struct Series {
        var title, caption, unitLabel, chart: String
        var years: [String]
        var lines: [Line]
    }

    struct Line {
        var name: String
        var values: [String]
    }

    var pageTitle, id, label, municipality, selectionQuery: String
    /// The selection with the indicator's KOSTRA area, for the link back to its profile page.
    var profileQuery: String
    var year: Int
    var series: [Series]
    var hasSeries: Bool
    var unit, formula, averaging, polarity: String
    var tables: String?
    var note: String?
    /// The place among the network's members in the year, or why there is none.
    var rankHeading, rank: String
    var rankNote: String?
    var rankQuery: String
    /// The municipality's figures of this indicator that a later fetch or import changed.
    var revisions: [String]
    var hasRevisions: Bool

    init(indicator: Indicator, profile: ServiceProfile, series comparisons: [ComparisonSeries], revisions: [String] = []) {
        self.revisions = revisions
        hasRevisions = !revisions.isEmpty
        id = indicator.id
        label = indicator.label
        pageTitle = "\(indicator.label): \(profile.municipality.name)"
        municipality = profile.municipality.name
        year = profile.year
        selectionQuery = SelectionQuery.encode([
            ("municipality", profile.municipality.id), ("year", String(profile.year)), ("network", profile.network.id),
        ])
        profileQuery =
            selectionQuery
            + (profile.definition.id == ProfileView.defaultArea ? "" : "&" + SelectionQuery.encode([("area", profile.definition.id)]))
        let numbers = NorwegianNumberFormat.html
        series = comparisons.enumerated().map { number, series in
            let chart = LineChart(
                id: "serie-\(number + 1)", title: series.title, years: series.years,
                series: series.lines.map { line in
                    ChartSeries(
                        name: line.name,
                        role: line.role == .municipality ? .municipality : line.role == .average ? .average : .comparison,
                        values: line.values)
                },
                unit: indicator.unit, decimals: indicator.decimals,
                breaks: series.breaks.sorted { $0.key < $1.key }.map { LineChart.SeriesBreak(year: $0.key, reason: $0.value) },
                sourceNote: nil
            ).svg()
            let others = series.lines.dropFirst().map(\.name).joined(separator: ", ")
            var caption = "Utviklingen for \(profile.municipality.name) \(series.years.first ?? 0)–\(series.years.last ?? 0)"
            caption += others.isEmpty ? "." : ", sammenlignet med \(others)."
            return Series(
                title: series.title, caption: caption, unitLabel: Self.capitalized(indicator.unit.norwegianLabel), chart: chart,
                years: series.years.map(String.init),
                lines: series.lines.map { line in
                    Line(name: line.name, values: line.values.map { $0.map { numbers.number($0, decimals: indicator.decimals) } ?? ".." })
                })
        }
        hasSeries = !series.isEmpty
        unit = Self.capitalized(indicator.unit.norwegianLabel)
        formula = indicator.formula
        averaging = Self.capitalized(indicator.averaging.norwegianDescription)
        polarity =
            switch indicator.polarity {
            case .higherIsBetter: "Høyere er bedre" + (indicator.polarityReason.map { " (\($0))" } ?? "")
            case .lowerIsBetter: "Lavere er bedre" + (indicator.polarityReason.map { " (\($0))" } ?? "")
            case .neutral: "Ingen retning: verken høyt eller lavt er i seg selv bedre"
            }
        tables = indicator.ssbTables.isEmpty ? nil : indicator.ssbTables.joined(separator: ", ")
        note = indicator.note
        rankHeading = "Plass i \(profile.network.name) \(profile.year)"
        rankQuery = SelectionQuery.encode([("indicator", indicator.id), ("year", String(profile.year)), ("network", profile.network.id)])
        let row = profile.rows.first { $0.indicator.id == indicator.id }
        if let position = row?.rank {
            rank = "\(profile.municipality.name) er nr. \(position.shortText) (\(position.order.norwegianDescription))."
            rankNote = row?.rankNote
        } else {
            rank = row?.rankNote ?? "Indikatoren er ikke i tjenesteprofilen, så ingen plass er regnet ut."
            rankNote = nil
        }
    }

    /// `2024: 18,5 % → 17,9 % (−0,6 pp), foreløpig → endelig; før: SSB mars (15. mars 2025), nå: SSB juni (15. juni 2025)`.
    static func revisionLines(_ revisions: [FigureRevision], definitions: Definitions) -> [String] {
        let format = RevisionFormatter(definitions: definitions, numbers: .html)
        return revisions.map { revision in
            let change = format.change(revision)
            return "\(revision.key.year): \(format.value(revision.oldValue, status: revision.oldStatus, of: revision)) → "
                + "\(format.value(revision.newValue, status: revision.newStatus, of: revision))"
                + (change.isEmpty ? "" : " (\(change))") + ", \(revision.kind.norwegianLabel); "
                + "før: \(format.source(revision.oldSource)), nå: \(format.source(revision.newSource))"
        }
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
