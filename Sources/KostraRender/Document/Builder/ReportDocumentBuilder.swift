import Foundation
import KostraAnalysis
public import KostraModel
public import KostraNarrative

/// Builds the format-neutral report from the computed content, following the structure of
/// the ASSS analyses municipalities publish: title page, summary, service profile, one section
/// per indicator category (chart, table and commentary per indicator), sections added by other
/// use cases, and an appendix on sources and method.
public struct ReportDocumentBuilder: Sendable {
    /// For the names of municipalities in averages, extremes and mergers.
    let regions: RegionRegistry
    let format = NorwegianNumberFormat.standard

    public init(regions: RegionRegistry) {
        self.regions = regions
    }

    /// The document for a municipality with figures. `extra` are contributed sections (or why
    /// they are left out), keyed by their title, in order.
    public func document(
        for content: ReportContent, notes: AnalystNotes? = nil, extra: [(title: String, contribution: ReportContribution)] = []
    ) -> ReportDocument {
        let profile = content.profile
        let notes = NotesPlacement(notes: notes, profile: profile)
        var omitted: [String] = []
        var omittedTitles: [String] = []
        // The profile chart and every chapter's indicator sections (a chart each) drawn in one
        // pass on every core: chapter by chapter, a core sat idle at the end of each odd one.
        let plans = Self.categories(of: content).map { categoryPlan($0, content: content) }
        let shown = plans.flatMap(\.shown)
        let drawn = Array(0...shown.count).concurrentMap { job in
            job == 0 ? profileSection(profile) : indicatorSection(shown[job - 1], content: content, notes: notes)
        }
        var sections: [ReportSection] = [drawn[0]]
        var next = 1
        for plan in plans {
            let subsections = Array(drawn[next..<(next + plan.shown.count)])
            next += plan.shown.count
            let (section, reason) = categorySection(plan, subsections: subsections, content: content, notes: notes)
            if let section {
                sections.append(section)
            } else if let reason {
                omitted.append("«\(plan.category)»: \(reason)")
                omittedTitles.append(plan.category)
            }
        }
        for (title, contribution) in extra {
            switch contribution {
            case .section(let section): sections.append(section)
            case .omitted(let reason):
                omitted.append("«\(title)»: \(reason)")
                omittedTitles.append(title)
            }
        }
        sections.insert(summarySection(content, notes: notes, omitted: omitted), at: 0)
        sections.append(methodSection(content))
        if let changes = changesSection(content) { sections[sections.count - 1].subsections.append(changes) }
        var document = ReportDocument(
            titlePage: titlePage(
                municipality: profile.municipality, year: profile.year, network: profile.network,
                service: profile.definition.service, status: figureStatus(profile), date: content.generatedAt),
            sections: sections,
            footer: "\(profile.definition.service) · \(profile.municipality.name) \(profile.year)",
            // An area's chapter is named by its area (`oslo-2024-barnehage`); social services keep their name.
            fileStem: content.fileStem)
        document.omittedSections = omittedTitles
        return document.numberingCaptions().keepingFiguresTogether()
    }

    /// The indicator categories in the order the profile (then the series) first use them.
    static func categories(of content: ReportContent) -> [String] {
        var categories: [String] = []
        for indicator in content.profile.rows.map(\.indicator) + content.series.map(\.indicator) where !categories.contains(indicator.category) {
            categories.append(indicator.category)
        }
        return categories
    }

    /// The file name stem every format shares, e.g. `baerum-2024-sosialtjenester`.
    public static func fileStem(municipality: Region, year: Int) -> String {
        "\(municipality.id)-\(year)-sosialtjenester"
    }

    func titlePage(municipality: Region, year: Int, network: Network, service: String, status: String?, date: Date) -> ReportTitlePage {
        var facts = [
            ReportFact(label: "Kommune", value: "\(municipality.name) (\(municipality.code(in: year) ?? municipality.currentCode))"),
            ReportFact(label: "Tjenesteområde", value: service),
            ReportFact(label: "År", value: String(year)),
            ReportFact(label: "Sammenlignet med", value: network.longName),
            ReportFact(label: "Laget", value: "\(NorwegianDate.long(date)) med KostraKit"),
        ]
        facts.append(ReportFact(label: "Tallgrunnlag", value: status ?? "ikke oppgitt i kilden (foreløpige eller endelige tall)"))
        return ReportTitlePage(
            kicker: "KOSTRA-analyse · \(service)", title: "\(service): \(municipality.name) \(year)", facts: facts)
    }

    func figureStatus(_ profile: ServiceProfile) -> String? {
        let statuses = Set(profile.sources.compactMap(\.statusDescription))
        guard statuses.count == 1, let status = statuses.first else {
            return statuses.isEmpty ? nil : "blandet: " + statuses.sorted().joined(separator: " og ")
        }
        return status.prefix(1).uppercased() + status.dropFirst()
    }

    func summarySection(_ content: ReportContent, notes: NotesPlacement, omitted: [String]) -> ReportSection {
        let profile = content.profile
        var blocks: [ReportBlock] = [
            .paragraph(
                ReportParagraph(
                    "Rapporten sammenligner \(profile.municipality.name) med \(profile.network.longName) på indikatorene i "
                        + "\(profile.definition.title.lowercased()) for \(profile.year), med tall for årene før der de finnes. "
                        + "Indikatorene er gruppert etter prioritering, dekningsgrader, produktivitet og enhetskostnader, og kvalitet."))
        ]
        let summary = content.commentary.filter { $0.indicator == nil }.map(Self.paragraph)
        if !summary.isEmpty { blocks.append(.list(summary)) }
        // Where the municipality is the network's highest or lowest: the seed report's main points.
        let extremes = content.commentary.filter { $0.rule == "extreme.lowest" || $0.rule == "extreme.highest" }.map(Self.paragraph)
        if !extremes.isEmpty {
            blocks.append(.paragraph(ReportParagraph("Høyest og lavest i \(profile.network.longName):")))
            blocks.append(.list(extremes))
        }
        blocks += notes.summary
        blocks.append(
            .paragraph(
                ReportParagraph(
                    "Tekst merket som generert er skrevet av KostraKit ut fra tallene, og hver setning kan spores til tallene og regelen bak den. "
                        + "Årsaker og sammenhenger er analytikerens å skrive.", kind: .note)))
        if !omitted.isEmpty {
            blocks.append(.paragraph(ReportParagraph("Utelatt fordi tallene mangler: " + omitted.joined(separator: "; ") + ".", kind: .note)))
        }
        return ReportSection(id: "sammendrag", title: "Sammendrag", blocks: blocks)
    }

    public static func paragraph(_ sentence: CommentarySentence) -> ReportParagraph {
        ReportParagraph(
            sentence.text, kind: .generated,
            trace: "Regel: \(sentence.rule). Tall: "
                + sentence.inputs.map { "\($0.label), \($0.region) \($0.year): \($0.display)" }.joined(separator: "; "))
    }

    /// A lowercase ASCII id for anchors and file names.
    ///
    /// Folded scalar by scalar rather than through Foundation's `replacingOccurrences`, which cost
    /// more than the rest of a report's section headings together.
    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": slug.unicodeScalars.append(scalar)
            case "æ": slug += "ae"
            case "ø": slug += "o"
            case "å": slug += "a"
            default: if !slug.isEmpty, !slug.hasSuffix("-") { slug += "-" }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String(slug.prefix(48))
    }
}
