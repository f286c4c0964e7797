import Foundation
import KostraModel
import KostraRender
import Testing

/// Writes the sample charts to the folder named by `KOSTRA_CHART_OUT`, so
/// they can be converted to PNG and looked at. Does nothing without it.
@Suite("Chart samples")
struct ChartSampleOutputTests {
    @Test("Sample charts are written when KOSTRA_CHART_OUT is set")
    func writeSamples() throws {
        guard let folder = ProcessInfo.processInfo.environment["KOSTRA_CHART_OUT"] else { return }
        let directory = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var charts: [(String, any SVGChart)] = [("profil-baerum", try ChartFixtures.baerumProfile())]
        let units: [IndicatorUnit] = [.kroner, .percent, .percent, .percent, .months, .perThousand]
        for (number, block) in try ChartFixtures.baerumTimeSeries().enumerated() {
            var chart = ChartFixtures.lineChart(block, id: "tidsserie-\(number + 1)", unit: units[number], decimals: units[number] == .kroner ? 0 : 1)
            if number == 0 { chart.breaks = [.init(year: 2022, reason: "ny definisjon av sosialtjenesten")] }
            charts.append(("linje-\(number + 1)", chart))
        }
        charts.append(
            (
                "linje-hull",
                LineChart(
                    id: "hull", title: "Andel mottakere med sosialhjelp som hovedinntektskilde (B), prosent", years: Array(2015...2024),
                    series: [
                        .init(name: "Bærum", role: .municipality, values: [40, nil, 43, 41.6, 38.3, nil, 32.8, 30.8, nil, 29.1]),
                        .init(name: "ASSS med Oslo", role: .average, values: [37, 38, 38.1, 38.1, 38, 36.1, 35, 36, 36.5, 37]),
                        .init(name: "Asker", role: .comparison, values: [nil, nil, nil, nil, nil, 22.3, 22.4, 24.5, 23.4, 23]),
                        .init(name: "Kostragruppe 12", role: .comparison, values: [30, 31, 30, 29, 28, 27, 28, 29, 30, 31]),
                        .init(name: "Oslo", role: .comparison, values: [45, 44, 46, 47, 44, 43, 41, 40, 39, 40]),
                    ],
                    unit: .percent, decimals: 1, breaks: [.init(year: 2020, reason: "kommunesammenslåing")],
                    sourceNote: "Kilde: SSB, KOSTRA. Tall for 2016, 2020 og 2023 mangler for Bærum."
                )
            ))
        charts.append(("stolper-vekst", ChartFixtures.growthBars))
        charts.append(("fossefall-vekst", ChartFixtures.growthWaterfall))
        charts.append(
            (
                "fossefall-negativ",
                WaterfallChart(
                    id: "fall", title: "Endring i utbetalt sosialhjelp 2023–2024",
                    steps: [
                        .init(label: "Antall mottakere", value: -6.2),
                        .init(label: "Stønadsmåneder per mottaker", value: 2.5),
                        .init(label: "Utbetaling per stønadsmåned", value: 1.1),
                        .init(label: "Kombinasjonseffekt", value: -0.3),
                    ],
                    totalLabel: "Samlet endring", sourceNote: "Kilde: SSB; egne beregninger"
                )
            ))
        charts.append(
            (
                "profil-kanttilfeller",
                ProfileChart(
                    id: "kant", title: "Tjenesteprofil med manglende tall og høye indekser. ASSS-snitt = 100",
                    municipalityName: "Bærum", networkName: "ASSS",
                    rows: [
                        .init(label: "Andel nye mottakere av økonomisk sosialhjelp", index: nil, highestIndex: 150, lowestIndex: 40),
                        .init(
                            label: "Netto driftsutgifter til kommunalt disponerte boliger per innbygger", index: 262, highestIndex: 262,
                            lowestIndex: 31),
                        .init(
                            label: "Antall husstander i midlertidig botilbud over tre måneder per 1 000 innbyggere, inkludert "
                                + "personer som venter på kommunal bolig, personer i institusjon og personer uten fast bopel i kommunen",
                            index: 100.4,
                            highestIndex: 180, lowestIndex: 100.4),
                        .init(label: "Kun kommunens tall", index: 75, highestIndex: nil, lowestIndex: nil),
                    ],
                    sourceNote: "Kilde: asss.no. Indeksen for kommunalt disponerte boliger påvirkes av at boligene regnskapsføres ulikt i kommunene, "
                        + "og bør leses med forsiktighet."
                )
            ))
        for (name, chart) in charts {
            try chart.svg().write(to: directory.appendingPathComponent(name + ".svg"), atomically: true, encoding: .utf8)
        }
    }
}
