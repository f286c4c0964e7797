public import Foundation
import KostraAnalysis
public import KostraModel
import KostraNarrative

extension ReportDocumentBuilder {
    /// The whole KOSTRA analysis of a municipality (`kostra report --area all`): title page, summary,
    /// the opening chapter «Befolkning og økonomi», a chapter per area (its profile chart and
    /// key-figure table, then each indicator's series, table and commentary), and one appendix.
    ///
    /// `chapters` are the areas with figures, in the order they are shown; `omittedAreas` names
    /// each area left out and why (no figures for the year).
    public func analysisDocument(
        chapters: [ReportContent], opening: OpeningChapterContent, network: Network, omittedAreas: [(area: String, reason: String)],
        generatedAt: Date
    ) -> ReportDocument {
        let municipality = opening.municipality
        let year = opening.year
        var sections: [ReportSection] = [openingSection(opening)]
        var omitted = omittedAreas.map { "«\($0.area)»: \($0.reason)" }
        for content in chapters {
            let (chapter, left) = areaChapter(content)
            sections.append(chapter)
            omitted += left
        }
        sections.insert(analysisSummary(chapters: chapters, opening: opening, network: network, omitted: omitted), at: 0)
        sections.append(analysisAppendix(chapters))
        let statuses = Set(chapters.compactMap { figureStatus($0.profile) })
        let status = statuses.count == 1 ? statuses.first : statuses.isEmpty ? nil : "blandet (se hvert kapittel)"
        let services = chapters.map(\.profile.definition.service).joined(separator: ", ")
        var title = titlePage(
            municipality: municipality, year: year, network: network, service: services.isEmpty ? "ingen" : services, status: status,
            date: generatedAt)
        title.kicker = "KOSTRA-analyse"
        title.title = "KOSTRA-analyse: \(municipality.name) \(year)"
        if let index = title.facts.firstIndex(where: { $0.label == "Tjenesteområde" }) { title.facts[index].label = "Tjenesteområder" }
        var document = ReportDocument(
            titlePage: title, sections: sections, footer: "KOSTRA-analyse · \(municipality.name) \(year)",
            fileStem: "\(municipality.id)-\(year)-kostra-analyse", figuresMissing: chapters.isEmpty)
        document.omittedSections = omittedAreas.map(\.area)
        return document.numberingCaptions().keepingFiguresTogether()
    }

    /// An area's chapter: the profile's chart and table, the category summaries, and each
    /// indicator as a subsection; also the indicators left out for want of figures.
    func areaChapter(_ content: ReportContent) -> (ReportSection, [String]) {
        let profile = content.profile
        let area = profile.definition.id
        let profileBlocks = profileSection(profile, idPrefix: area + "-").blocks
        var blocks: [ReportBlock] = [
            .paragraph(
                ReportParagraph(
                    "\(profile.definition.title) for \(profile.municipality.name) \(profile.year), sammenlignet med \(profile.network.longName)."))
        ]
        blocks += profileBlocks.filter { if case .paragraph = $0 { false } else { true } }
        var subsections: [ReportSection] = []
        var omitted: [String] = []
        for category in Self.categories(of: content) {
            let (section, reason) = categorySection(category, content: content)
            if let section {
                // The category's generated summary and its notes stay above its first indicator.
                if var first = section.subsections.first {
                    first.blocks = section.blocks + first.blocks
                    subsections.append(first)
                    subsections += section.subsections.dropFirst()
                }
            } else if let reason {
                omitted.append("«\(profile.definition.service): \(category)»: \(reason)")
            }
        }
        let chapter = ReportSection(
            id: "omrade-\(area)", title: profile.definition.service, blocks: blocks, subsections: subsections, startsOnNewPage: true)
        return (chapter, omitted)
    }

    func analysisSummary(chapters: [ReportContent], opening: OpeningChapterContent, network: Network, omitted: [String]) -> ReportSection {
        let name = opening.municipality.name
        var blocks: [ReportBlock] = [
            .paragraph(
                ReportParagraph(
                    "Analysen sammenligner \(name) med \(network.longName) for \(opening.year): først befolkning og økonomi, "
                        + "deretter et kapittel per tjenesteområde med tjenesteprofil, nøkkeltall, utvikling over tid og kommentarer."))
        ]
        for content in chapters {
            let extremes = content.commentary.filter { $0.rule == "extreme.lowest" || $0.rule == "extreme.highest" }.map(Self.paragraph)
            guard !extremes.isEmpty else { continue }
            blocks.append(.paragraph(ReportParagraph("\(content.profile.definition.service): høyest og lavest i \(network.longName):")))
            blocks.append(.list(extremes))
        }
        blocks.append(
            .paragraph(
                ReportParagraph(
                    "Tekst merket som generert er skrevet av KostraKit ut fra tallene, og hver setning kan spores til tallene og regelen bak den. "
                        + "Årsaker og sammenhenger er analytikerens å skrive.", kind: .note)))
        if chapters.contains(where: { $0.profile.definition.id == "sosial" }) {
            blocks.append(
                .paragraph(
                    ReportParagraph(
                        "Ressursbruk, effektivitet og vekstdekomponering for sosialtjenesten står i sosialtjenestens egen rapport (--area sosial).",
                        kind: .note)))
        }
        if !omitted.isEmpty {
            blocks.append(.paragraph(ReportParagraph("Utelatt fordi tallene mangler: " + omitted.joined(separator: "; ") + ".", kind: .note)))
        }
        return ReportSection(id: "sammendrag", title: "Sammendrag", blocks: blocks)
    }

    /// One appendix for every chapter: the method once, each area's averages, and the code
    /// changes, breaks and sources without repeats.
    func analysisAppendix(_ chapters: [ReportContent]) -> ReportSection {
        guard let first = chapters.first else {
            return ReportSection(
                id: "metode", title: "Vedlegg: kilder og metode",
                blocks: [.paragraph(ReportParagraph("Ingen tjenesteområder har tall for året, så det er ingen snitt eller kilder å vise."))],
                startsOnNewPage: true)
        }
        var appendix = methodSection(first)
        var averages: [ReportSection] = []
        var breaks: [ReportParagraph] = []
        var sources: [ReportParagraph] = []
        for content in chapters {
            let section = methodSection(content)
            for sub in section.subsections {
                switch sub.id {
                case "snitt":
                    var renamed = sub
                    renamed.id = "snitt-\(content.profile.definition.id)"
                    renamed.title = "\(content.profile.definition.service): \(sub.title.prefix(1).lowercased())\(sub.title.dropFirst())"
                    averages.append(renamed)
                case "brudd": breaks += Self.listItems(sub).filter { !breaks.contains($0) }
                case "kilder": sources += Self.listItems(sub).filter { !sources.contains($0) }
                default: break
                }
            }
        }
        let none = ReportParagraph("Ingen kodeendringer eller brudd i seriene i perioden.")
        let realBreaks = breaks.filter { $0 != none }
        appendix.subsections =
            averages + [
                ReportSection(id: "brudd", title: "Kodeendringer og brudd", level: 3, blocks: [.list(realBreaks.isEmpty ? [none] : realBreaks)]),
                ReportSection(id: "kilder", title: "Kilder", level: 3, blocks: [.list(sources)]),
            ]
        return appendix
    }

    private static func listItems(_ section: ReportSection) -> [ReportParagraph] {
        section.blocks.flatMap { block -> [ReportParagraph] in if case .list(let items) = block { items } else { [] } }
    }
}
