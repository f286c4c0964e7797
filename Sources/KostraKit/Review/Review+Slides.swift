public import Foundation
import KostraAnalysis
import KostraModel
public import KostraRender

extension Review {
    /// The indicators of the review's socio-economic peer table that the catalogue has.
    static let reviewPeerIndicators = ["unemployed-share", "disability-18-67-share", "aap-18-67-share", "recipients-18-67-share"]

    /// The slides a review of a municipality's social assistance is made of (after the NAV Bærum
    /// review): the socio-economic peer table, the AAP / social assistance ratio, the growth
    /// decomposition (table and waterfall), the long-term recipients and the service profile of
    /// the last year. A slide whose figures are not stored says which are missing and how to add
    /// them instead of being left out silently.
    public func reviewSlides(
        of name: some MunicipalityReference, from: Int, to: Int, peers: [String] = [], network: String = "asss", now: Date = Date()
    ) async throws -> SlideDeck {
        guard from < to else { throw ReviewError.yearsOutOfOrder(from: from, to: to) }
        let municipality = try resolve.municipality(name)
        let networkName: String? = network.lowercased() == "none" ? nil : network
        let builder = ReviewSlideBuilder()
        var slides: [Slide] = []

        func attempt(_ title: String, _ make: () async throws -> [Slide]) async throws {
            // The municipality is checked above; any other failure is a slide that says what is missing,
            // in Norwegian: the analyses' own messages are English, for the command line.
            do {
                slides += try await make()
            } catch {
                slides.append(builder.missing(title: title, reason: NorwegianReason.sentence(for: error, catalog: definitions.catalog)))
            }
        }
        try await attempt("Sosioøkonomiske forhold") {
            [
                builder.peerTable(
                    try await peerTable(
                        of: name, indicators: Self.reviewPeerIndicators, peers: peers, network: networkName, national: true, year: to))
            ]
        }
        try await attempt("Arbeidsavklaringspenger og sosialhjelp") {
            [
                builder.ratio(
                    try await ratio(
                        numerator: "aap-18-67-share", denominator: "recipients-18-67-share", of: name, year: to, peers: peers, network: networkName))
            ]
        }
        try await attempt("Vekst i utbetalt sosialhjelp \(from)–\(to)") {
            let section = try await decompose(of: name, from: from, to: to, peers: peers, network: networkName)
            return builder.decomposition(section.comparison, waterfall: section.waterfall, from: from, to: to)
        }
        try await attempt("Langtidsmottakere \(from)–\(to)") {
            [builder.longTerm(try await longTermRecipients(of: name, from: from, to: to, peers: peers, network: networkName).result)]
        }
        try await attempt("Tjenesteprofil \(to)") {
            let document = try await reports.reportDocument(of: name, year: to, network: network, now: now, contributors: [])
            guard !document.figuresMissing, let chart = document.charts.first, let table = document.tables.first else {
                return [
                    builder.missing(
                        title: "Tjenesteprofil \(to)", reason: "ingen tall for \(municipality.name) i \(to) (legg dem til med «kostra import»)")
                ]
            }
            return [
                Slide(title: "Tjenesteprofil \(to)", body: .chart(chart), notes: ([table.sourceNote ?? ""] + table.notes).joined(separator: "\n"))
            ]
        }
        let compared = (peers + (networkName.map { [(try? definitions.network(named: $0).longName) ?? $0] } ?? [])).joined(separator: ", ")
        return SlideDeck(
            title: "Sosialhjelp i \(municipality.name) \(from)–\(to)",
            subtitle: "Gjennomgang" + (compared.isEmpty ? "" : " sammenlignet med \(compared)") + ". Laget \(NorwegianDate.long(now)) med KostraKit.",
            slides: slides, fileStem: "\(municipality.id)-\(from)-\(to)-gjennomgang")
    }

    /// Writes the deck as a PowerPoint file at `out`, whole or not at all (as `OutputFile` writes), with
    /// the charts as pictures made by Chromium.
    public func writeReviewSlides(_ deck: SlideDeck, to out: String, chromium: Chromium? = nil) async throws -> URL {
        let chromium = try chromium ?? Chromium.locate()
        let pictures = try await ReportRendering(chromium: chromium).pictures(of: deck.charts)
        let data = try PptxWriter(pictures: pictures).data(for: deck)
        // Not FileManager.replaceItemAt: on Linux it removes the existing file and then fails
        // (swift-corelibs-foundation issue 4655), so a second run lost the first deck.
        try OutputFile.write(data, to: out)
        return URL(fileURLWithPath: out)
    }
}
