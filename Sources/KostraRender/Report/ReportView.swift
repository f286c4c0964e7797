import Foundation
import KostraAnalysis
import KostraModel
import KostraNarrative

/// The report's text, formatted for Norwegian readers, in the shape the template reads.
struct ReportView {
    struct Category {
        var name: String
        var rows: [Row]
        var columnCount: Int
    }

    struct Row {
        var label: String
        var starred: Bool
        var values: [String]
        var average, highest, lowest, index, arrow, judgementClass, changeTitle: String
    }

    struct Series {
        var title, caption, unitLabel, chart: String
        var years: [String]
        var lines: [Line]
    }

    struct Line {
        var name: String
        var values: [String]
    }

    struct Sentence {
        var text: String
        /// The figures and rule behind the sentence, shown on hover.
        var trace: String
    }

    struct CommentaryGroup {
        var name: String
        var sentences: [Sentence]
    }

    struct Source {
        var title: String
        var reference: String?
        var retrieved: String
        var note: String?
    }

    var title, service, municipality, municipalityCode, networkName, networkLongName, averageLabel: String
    var profileTitle, profileTitleLower, generated, profileChart: String
    var figureStatus: String?
    var year, firstYear, previousYear: Int
    var yearHeaders: [Int]
    var categories: [Category]
    var series: [Series]
    var hasSeries: Bool
    var summary: [Sentence]
    var commentary: [CommentaryGroup]
    var methodParagraphs: [String]
    var averageNotes: [String]
    var sources: [Source]

    init(_ content: ReportContent, regions: RegionRegistry) {
        let profile = content.profile
        let format = ProfileFormatter(numbers: .html)
        let network = profile.network
        title = content.title
        service = profile.definition.service
        municipality = profile.municipality.name
        municipalityCode = profile.municipality.code(in: profile.year) ?? profile.municipality.currentCode
        networkName = network.name
        networkLongName = network.longName
        averageLabel = network.averageLabel
        profileTitle = "\(profile.definition.title). \(network.averageLabel) = 100"
        profileTitleLower = profile.definition.title.prefix(1).lowercased() + profile.definition.title.dropFirst()
        generated = NorwegianDate.long(content.generatedAt)
        let statuses = Set(profile.sources.compactMap(\.statusDescription))
        figureStatus = statuses.count == 1 ? statuses.first.map { $0.prefix(1).uppercased() + $0.dropFirst() } : nil
        year = profile.year
        firstYear = profile.years.first ?? profile.year
        previousYear = profile.year - 1
        yearHeaders = profile.years
        profileChart = ProfileChart(
            id: "profil", title: profileTitle, municipalityName: profile.municipality.name, networkName: network.name,
            rows: profile.rows.map {
                ProfileChart.Row(label: $0.indicator.label, index: $0.index, highestIndex: $0.highestIndex, lowestIndex: $0.lowestIndex)
            },
            sourceNote: "Kilde: " + profile.sources.map(\.title).joined(separator: "; ")
        ).svg()
        var categories: [Category] = []
        for row in profile.rows {
            let category = row.indicator.category
            let line = Row(
                label: row.indicator.label, starred: row.indicator.isStarred,
                values: profile.years.map { format.value(row.values[$0], of: row.indicator, status: row.statuses[$0]) },
                average: format.value(row.average?.value, of: row.indicator),
                highest: format.value(row.highest?.value, of: row.indicator),
                lowest: format.value(row.lowest?.value, of: row.indicator), index: format.index(row.index),
                arrow: format.arrow(row.change), judgementClass: row.change?.judgement.rawValue ?? "",
                changeTitle: Self.changeTitle(row, format: format))
            if let index = categories.firstIndex(where: { $0.name == category }) {
                categories[index].rows.append(line)
            } else {
                categories.append(Category(name: category, rows: [line], columnCount: profile.years.count + 6))
            }
        }
        self.categories = categories
        series = content.series.enumerated().map { number, series in
            Self.series(series, number: number, municipality: profile.municipality.name)
        }
        hasSeries = !series.isEmpty
        let sentence = { (item: CommentarySentence) in
            Sentence(
                text: item.text,
                trace: "Regel: \(item.rule). Tall: "
                    + item.inputs.map { "\($0.label), \($0.region) \($0.year): \($0.display)" }
                    .joined(separator: "; "))
        }
        summary = content.commentary.filter { $0.indicator == nil }.map(sentence)
        var groups: [CommentaryGroup] = []
        for row in profile.rows {
            let sentences = content.commentary.filter { $0.indicator == row.indicator.id }.map(sentence)
            guard !sentences.isEmpty else { continue }
            if let index = groups.firstIndex(where: { $0.name == row.indicator.category }) {
                groups[index].sentences += sentences
            } else {
                groups.append(CommentaryGroup(name: row.indicator.category, sentences: sentences))
            }
        }
        commentary = groups
        methodParagraphs = Self.methodParagraphs(profile)
        averageNotes = profile.rows.map { row in
            let label = row.indicator.displayShortLabel
            guard let average = row.average else { return "\(label): ingen snitt (\(row.gaps.joined(separator: " ")))" }
            switch average.source {
            case .published:
                return "\(label): publisert snitt\(average.publishedLabel.map { " («\($0)»)" } ?? ""), \(average.method.norwegianDescription) ifølge indikatorens regel."
            case .computed:
                let names = average.contributors.map { regions.region(id: $0)?.name ?? $0 }.joined(separator: ", ")
                let missing = average.missing.isEmpty ? "" : " Mangler tall: \(average.missing.map { regions.region(id: $0)?.name ?? $0 }.joined(separator: ", "))."
                return "\(label): beregnet \(average.method.norwegianDescription) av \(average.contributors.count) kommuner (\(names)).\(missing)"
            }
        }
        sources = profile.sources.map { source in
            Source(
                title: source.title, reference: source.kind == .bundled ? nil : source.reference,
                retrieved: NorwegianDate.long(source.retrievedAt), note: source.note)
        }
    }

    private static func changeTitle(_ row: ProfileRow, format: ProfileFormatter) -> String {
        guard let change = row.change else { return "Ingen tall for året før" }
        let words = ["up": "Økt", "down": "Redusert", "unchanged": "Uendret"][change.direction.rawValue] ?? ""
        let judgement = format.judgement(change)
        return "\(words) fra \(change.from) til \(change.to)" + (judgement.isEmpty ? "" : " (\(judgement))")
    }

    private static func series(_ series: ComparisonSeries, number: Int, municipality: String) -> Series {
        let indicator = series.indicator
        let numbers = NorwegianNumberFormat.html
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
        let names = series.lines.map(\.name)
        let comparison = names.dropFirst().joined(separator: ", ")
        var caption = "Utviklingen for \(municipality) \(series.years.first ?? 0)–\(series.years.last ?? 0)"
        if !comparison.isEmpty { caption += ", sammenlignet med \(comparison)" }
        caption += "."
        if series.basis == .both { caption += " Tallene er justert for inflasjon og utgiftsbehov (B)." }
        return Series(
            title: series.title, caption: caption,
            unitLabel: indicator.unit.norwegianLabel.prefix(1).uppercased() + indicator.unit.norwegianLabel.dropFirst(),
            chart: chart, years: series.years.map(String.init),
            lines: series.lines.map { line in
                Line(name: line.name, values: line.values.map { $0.map { numbers.number($0, decimals: indicator.decimals) } ?? ".." })
            })
    }

    private static func methodParagraphs(_ profile: ServiceProfile) -> [String] {
        let network = profile.network
        let members = profile.members.count
        return [
            "Tjenesteprofilen viser hver indikator som indeks: \(profile.municipality.name)s verdi delt på snittet for \(network.name) og ganget med 100. Høyest og lavest er tatt over alle medlemmene, også \(profile.municipality.name). \(network.name) hadde \(members) medlemmer i \(profile.year).",
            "Snitt for \(network.name) er vektede (summen av tellerne delt på summen av nevnerne, slik at store kommuner veier mer) unntatt for indikatorer merket *, som er uvektede snitt av kommunene med tall. Der medlemmenes egne tall er lagret, beregner KostraKit snittet selv og oppgir hvor mange kommuner som inngår; der bare et publisert snitt finnes, brukes det og merkes som publisert.",
            "Serier merket (B) er justert for inflasjon med kommunal deflator og for utgiftsbehov slik kilden oppgir. Tall som mangler er vist med SSBs symbol «..»; manglende tall regnes aldri som null.",
        ]
    }
}
