import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraNarrative
import KostraRender

/// The profile page's content: the same chart, figures and commentary as the report, for the screen.
struct ProfileView {
    struct YearLink {
        var year: Int
        var query: String
        var current: Bool
    }

    /// A link to the same municipality, year and comparison in another KOSTRA area.
    struct AreaLink {
        var name: String
        var query: String
        var current: Bool
    }

    struct Category {
        var name: String
        var rows: [Row]
        var columnCount: Int
    }

    struct Row {
        var id, label: String
        var starred: Bool
        /// Whether the label links to the indicator page (every area's does: the page reads the indicator's own area).
        var linked: Bool
        var values: [String]
        var average, highest, lowest, index, arrow, judgementClass, changeTitle: String
    }

    struct Sentence {
        var text, trace: String
    }

    struct CommentaryGroup {
        var name: String
        var sentences: [Sentence]
    }

    struct Source {
        var title, retrieved: String
        var note: String?
    }

    var pageTitle, title, municipality, municipalityCode, networkName, networkLongName, averageLabel: String
    var profileTitle, profileChart, selectionQuery: String
    /// `&area=…` for another area than social services, kept in the table's CSV link; empty otherwise.
    var areaQuery: String
    /// The growth-decomposition page over the four years up to the profile year.
    var growthQuery: String
    /// Said when the comparison is not a network: the other pages then compare with this network.
    var otherPagesNote: String?
    var year, firstYear: Int
    var yearHeaders: [Int]
    var otherYears: [YearLink]
    var areas: [AreaLink]
    var categories: [Category]
    var summary: [Sentence]
    var commentary: [CommentaryGroup]
    var sources: [Source]
    /// Averages left out for too few members, and highest and lowest among fewer than all (Norwegian).
    var coverageNotes: [String]

    /// The area a profile page shows without `area` in its address.
    static let defaultArea = "sosial"

    /// - Parameter selection: the request's choice; its comparison is kept in every link.
    /// - Parameter areas: the catalogue's profiles, one link each (social services, the default, without `area`).
    init(
        _ profile: ServiceProfile, selection: Selection, commentary sentences: [CommentarySentence], yearsWithFigures: [Int],
        areas: [ServiceProfileDefinition] = []
    ) {
        let format = ProfileFormatter(numbers: .html)
        let network = profile.network
        title = "\(profile.definition.title): \(profile.municipality.name) \(profile.year)"
        pageTitle = title
        municipality = profile.municipality.name
        municipalityCode = profile.municipality.code(in: profile.year) ?? profile.municipality.currentCode
        networkName = network.name
        networkLongName = network.longName
        averageLabel = network.averageLabel
        profileTitle = "\(profile.definition.title). \(network.averageLabel) = 100"
        year = profile.year
        firstYear = profile.years.first ?? profile.year
        yearHeaders = profile.years
        let select = { (year: Int) in
            SelectionQuery.encode([("municipality", profile.municipality.id), ("year", String(year))] + selection.comparisonQuery)
        }
        selectionQuery = select(profile.year)
        var growth = [
            ("municipality", profile.municipality.id), ("from", String(profile.year - 4)), ("to", String(profile.year)),
            ("network", selection.network.id),
        ]
        if case .peers = selection.scope { growth.append(("peers", profile.members.joined(separator: ","))) }
        growthQuery = SelectionQuery.encode(growth)
        otherPagesNote =
            selection.comparesWithNetwork
            ? nil : "Tidsseriene, vekstsiden og rapporten sammenligner med \(selection.network.longName)."

        // The report and growth pages are social services' own, so only the area's links carry `area`.
        let area = { (id: String) in id == Self.defaultArea ? "" : "&" + SelectionQuery.encode([("area", id)]) }
        areaQuery = area(profile.definition.id)
        otherYears = yearsWithFigures.sorted().map {
            YearLink(year: $0, query: select($0) + area(profile.definition.id), current: $0 == profile.year)
        }
        self.areas = areas.map {
            AreaLink(name: $0.service, query: select(profile.year) + area($0.id), current: $0.id == profile.definition.id)
        }
        profileChart = ProfileChart(
            id: "profildiagram", title: profileTitle, municipalityName: profile.municipality.name, networkName: network.name,
            rows: profile.rows.map {
                ProfileChart.Row(label: $0.indicator.label, index: $0.index, highestIndex: $0.highestIndex, lowestIndex: $0.lowestIndex)
            },
            sourceNote: "Kilde: " + profile.sources.map(\.title).joined(separator: "; ")
        ).svg()
        var categories: [Category] = []
        for row in profile.rows {
            let line = Row(
                id: row.indicator.id, label: row.indicator.label, starred: row.indicator.isStarred,
                linked: true,
                values: profile.years.map { format.value(row.values[$0], of: row.indicator, status: row.statuses[$0]) },
                average: format.value(row.average?.value, of: row.indicator),
                highest: format.value(row.highest?.value, of: row.indicator),
                lowest: format.value(row.lowest?.value, of: row.indicator), index: format.index(row.index),
                arrow: format.arrow(row.change), judgementClass: row.change?.judgement.rawValue ?? "",
                changeTitle: row.change.map { "Fra \($0.from) til \($0.to)" + (format.judgement($0).isEmpty ? "" : ": \(format.judgement($0))") }
                    ?? "Ingen tall for året før")
            if let index = categories.firstIndex(where: { $0.name == row.indicator.category }) {
                categories[index].rows.append(line)
            } else {
                categories.append(Category(name: row.indicator.category, rows: [line], columnCount: profile.years.count + 6))
            }
        }
        self.categories = categories
        let sentence = { (item: CommentarySentence) in
            Sentence(
                text: item.text,
                trace: "Regel: \(item.rule). Tall: "
                    + item.inputs.map { "\($0.label), \($0.region) \($0.year): \($0.display)" }.joined(separator: "; "))
        }
        summary = sentences.filter { $0.indicator == nil }.map(sentence)
        var groups: [CommentaryGroup] = []
        for row in profile.rows {
            let inRow = sentences.filter { $0.indicator == row.indicator.id }.map(sentence)
            guard !inRow.isEmpty else { continue }
            if let index = groups.firstIndex(where: { $0.name == row.indicator.category }) {
                groups[index].sentences += inRow
            } else {
                groups.append(CommentaryGroup(name: row.indicator.category, sentences: inRow))
            }
        }
        commentary = groups
        coverageNotes = profile.coverageNotes
        sources = profile.sources.map { Source(title: $0.title, retrieved: NorwegianDate.long($0.retrievedAt), note: $0.note) }
    }
}
