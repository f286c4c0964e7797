import Foundation
import KostraAnalysis
import KostraModel
import KostraNarrative

extension ReportDocumentBuilder {
    /// The appendix: how the figures were computed, who is in each average, code changes and breaks, sources.
    func methodSection(_ content: ReportContent) -> ReportSection {
        let profile = content.profile
        let network = profile.network
        let name = { (id: RegionID) in regions.region(id: id)?.name ?? id }
        let intro: [ReportBlock] = [
            .paragraph(
                ReportParagraph(
                    "Tjenesteprofilen viser hver indikator som indeks: \(profile.municipality.name)s verdi delt på snittet for \(network.name) "
                        + "og ganget med 100. Høyest og lavest er tatt over alle medlemmene, også \(profile.municipality.name). "
                        + "\(network.name) hadde \(profile.members.count) medlemmer i \(profile.year).")),
            .paragraph(
                ReportParagraph(
                    "Snitt for \(network.name) er vektede (summen av tellerne delt på summen av nevnerne, slik at store kommuner veier mer) "
                        + "unntatt for indikatorer merket *, som er uvektede snitt av kommunene med tall. Der medlemmenes egne tall er lagret, "
                        + "beregner KostraKit snittet selv og oppgir hvor mange kommuner som inngår; der bare et publisert snitt finnes, brukes det og merkes som publisert."
                )),
            .paragraph(
                ReportParagraph(
                    "Serier merket (B) er justert for inflasjon med kommunal deflator og for utgiftsbehov slik kilden oppgir; kilden oppgir ikke basisåret for prisene. "
                        + "Tall som mangler er vist med SSBs symbol «..»; manglende tall regnes aldri som null.")),
        ]
        let averages = profile.rows.map { row -> ReportParagraph in
            let label = row.indicator.displayShortLabel
            guard let average = row.average else {
                return ReportParagraph("\(label): ingen snitt (\(row.gaps.joined(separator: " ")))")
            }
            switch average.source {
            case .published:
                return ReportParagraph(
                    "\(label): publisert snitt\(average.publishedLabel.map { " («\($0)»)" } ?? ""), \(average.method.norwegianDescription) ifølge indikatorens regel."
                )
            case .computed:
                let missing = average.missing.isEmpty ? "" : " Mangler tall: \(average.missing.map(name).joined(separator: ", "))."
                return ReportParagraph(
                    "\(label): beregnet \(average.method.norwegianDescription) av \(NorwegianCount.municipalities(average.contributors.count)) "
                        + "(\(average.contributors.map(name).joined(separator: ", "))).\(missing)")
            }
        }
        let breaks =
            codeChanges(profile.municipality)
            + content.series.flatMap { series in
                series.breaks.sorted { $0.key < $1.key }.map { ReportParagraph("\(series.title): brudd i serien i \($0.key): \($0.value).") }
            }
        let sources = profile.sources.map { source in
            ReportParagraph(
                "\(source.title)\(source.kind == .bundled ? "" : " (\(source.reference))"). Lagret \(NorwegianDate.long(source.retrievedAt)).",
                // The data files' notes are written in English (their README says so).
                foreign: source.note.map { ForeignText($0, language: "en") })
        }
        return ReportSection(
            id: "metode", title: "Vedlegg: kilder og metode", blocks: intro,
            subsections: [
                ReportSection(id: "snitt", title: "Snitt for \(network.name) i \(profile.year)", level: 3, blocks: [.list(averages)]),
                ReportSection(
                    id: "brudd", title: "Kodeendringer og brudd", level: 3,
                    blocks: [.list(breaks.isEmpty ? [ReportParagraph("Ingen kodeendringer eller brudd i seriene i perioden.")] : breaks)]),
                ReportSection(id: "kilder", title: "Kilder", level: 3, blocks: [.list(sources)]),
            ], startsOnNewPage: true)

    }

    /// The municipality's codes over time and its mergers, which break series that span them.
    func codeChanges(_ municipality: Region) -> [ReportParagraph] {
        var lines: [ReportParagraph] = []
        if municipality.codes.count > 1 {
            let codes = municipality.codes.map { code -> String in
                switch (code.from, code.to) {
                case (let from?, let to?): "\(code.code) (\(from)–\(to))"
                case (let from?, nil): "\(code.code) (fra \(from))"
                case (nil, let to?): "\(code.code) (til \(to))"
                case (nil, nil): code.code
                }
            }
            lines.append(
                ReportParagraph(
                    "\(municipality.name) har hatt kommunenumrene \(codes.joined(separator: ", ")). KostraKit kobler tallene under alle numrene til samme kommune."
                ))
        }
        for merger in municipality.mergers ?? [] {
            let names = merger.predecessors.map { regions.region(id: $0)?.name ?? $0 }
            lines.append(
                ReportParagraph(
                    "\(municipality.name) ble slått sammen av \(names.joined(separator: ", ")) i \(merger.year); tall før og etter er ikke direkte sammenlignbare."
                ))
        }
        return lines
    }
}
