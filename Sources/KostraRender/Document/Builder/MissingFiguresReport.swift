public import Foundation
public import KostraModel

extension ReportDocumentBuilder {
    /// The report for a municipality whose figures are not in the store: it names what is
    /// missing and which sections are left out (`categories`: the profile's indicator
    /// categories), instead of failing or printing placeholders.
    public func missingFiguresDocument(
        municipality: Region, year: Int, network: Network, definition: ServiceProfileDefinition, categories: [String],
        availableYears: [Int], now: Date, extra: [(title: String, contribution: ReportContribution)] = []
    ) -> ReportDocument {
        let left = ["Tjenesteprofil"] + categories
        let years =
            availableYears.isEmpty
            ? "Databasen har ingen tall for \(municipality.name) i det hele tatt."
            : "Databasen har tall for \(municipality.name) for " + availableYears.map(String.init).joined(separator: ", ") + "."
        var sections = [
            ReportSection(
                id: "tall-mangler", title: "Tallene mangler",
                blocks: [
                    .paragraph(
                        ReportParagraph(
                            "Det finnes ingen tall for \(municipality.name) i \(year) for indikatorene i \(definition.title.lowercased()). \(years) "
                                + "KostraKit fyller aldri inn tall som mangler, så rapporten viser ingen figurer eller tabeller for kommunen.")),
                    .paragraph(ReportParagraph("Utelatt fordi tallene mangler:")),
                    .list(left.map { ReportParagraph("«\($0)»") }),
                    .paragraph(
                        ReportParagraph(
                            "Hent eller importer tallene (for eksempel «kostra import» med en fil med publiserte tall) og lag rapporten på nytt.",
                            kind: .note)),
                ])
        ]
        var omitted: [String] = []
        for (title, contribution) in extra {
            switch contribution {
            case .section(let section): sections.append(section)
            case .omitted(let reason): omitted.append("«\(title)»: \(reason)")
            }
        }
        if !omitted.isEmpty {
            sections[0].blocks.append(.paragraph(ReportParagraph("Også utelatt: " + omitted.joined(separator: "; ") + ".", kind: .note)))
        }
        return ReportDocument(
            titlePage: titlePage(
                municipality: municipality, year: year, network: network, service: definition.service,
                status: "Tall mangler for \(municipality.name) i \(year)", date: now),
            sections: sections, footer: "\(definition.service) · \(municipality.name) \(year)",
            fileStem: Self.fileStem(municipality: municipality, year: year), figuresMissing: true
        ).numberingCaptions().keepingFiguresTogether()
    }
}
