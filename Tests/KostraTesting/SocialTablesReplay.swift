import Foundation
import KostraModel

/// SSB's social-services tables as the replay server serves them: 12367 (net expenditure),
/// 12210 and 12213 (2015–2021), 14019 and 13995 (from 2022) and 11695 (disability).
///
/// **Test data.** The metadata has SSB's shape (JSON-stat 2.0 without values, as
/// ``SyntheticTable/metadataJSON()`` writes it) and the labels the recipes name, as seen in the
/// sources their `labelSource` cites; but the **codes are made up on purpose** and differ from
/// any code in `recipes.json` (e.g. `TESTsostilf0001`), so the recipes must find them by label.
/// Labels of categories no recipe names, and every **value**, are invented test data: a value is
/// a fixed function of its codes (see ``value(_:)``), never a real figure. See Fixtures/README.md.
public enum SocialTablesReplay {
    /// How a variant of the tables differs from the normal one.
    public enum Variant: Sendable {
        /// Every recipe label matches exactly one category.
        case normal
        /// 14019 has two categories whose labels both match «Sosialhjelpstilfeller (antall)».
        case ambiguousRecipients
    }

    /// Every municipality code in the bundled regions, plus SSB's national aggregates.
    static func regionCodes() throws -> [String] {
        var codes = Set<String>(["EAK", "EAKUO"])
        for region in try Definitions.bundled().regions.regions where region.kind == .municipality {
            codes.formUnion(region.codes.map(\.code))
        }
        return codes.sorted()
    }

    /// A made-up value for a cell: positive, different for every region, contents and year, and
    /// within the catalogue's plausibility rules, which the fetch checks before it stores anything
    /// (docs/importing.md): durations are months (1–12), and all recipients (`TESTsostilf…`,
    /// 5 000–8 999) outnumber any group of them and any other count (10–1 009), so every share stays
    /// under 100 %, also for a pre-2020 municipality as small as old Asker.
    public static func value(_ codes: [String]) -> Double? {
        var hash: UInt64 = 1469598103934665603
        for byte in codes.joined(separator: "|").utf8 {
            hash = (hash ^ UInt64(byte)) &* 1099511628211
        }
        if codes.contains(where: { $0.hasPrefix("KOSgjsnitt") }) { return Double(1 + hash % 12) }
        if codes.contains(where: { $0.hasPrefix("TESTsostilf") }) { return Double(5_000 + hash % 4_000) }
        // The economy's key figures are shares of income (1–99 %), within every bound of the catalogue.
        if codes.contains(where: { $0.hasPrefix("TESTokonomi") }) { return Double(1 + hash % 99) }
        return Double(10 + hash % 1_000)
    }

    /// The tables of a variant.
    ///
    /// - Parameter regionCodes: the region codes the tables hold; every municipality code of the
    ///   bundled regions plus `EAK` and `EAKUO` when `nil`.
    public static func tables(_ variant: Variant = .normal, regionCodes codes: [String]? = nil) throws -> [SyntheticTable] {
        let regions = try codes ?? regionCodes()
        func kostra(_ id: String, _ label: String, contents: [(String, String)], years: ClosedRange<Int>, extra: [SyntheticTable.Dimension] = [])
            -> SyntheticTable
        {
            SyntheticTable(
                id: id, label: label,
                dimensions: [.init(id: "KOKkommuneregion0000", label: "region", codes: regions)] + extra + [
                    .init(
                        id: "ContentsCode", label: "statistikkvariabel", codes: contents.map(\.0),
                        labels: Dictionary(contents.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })),
                    .init(id: "Tid", label: "år", codes: years.map(String.init)),
                ],
                cellValue: { value($0) })
        }
        var recipients14019: [(String, String)] = [("TESTsostilf0001", "Sosialhjelpstilfeller (antall)")]
        if variant == .ambiguousRecipients {
            recipients14019.append(("TESTsostilf0002", "Sosialhjelpstilfeller  (Antall)"))
        }
        return [
            // The code KOSAG110000 and its label are as in the real 12134 answer (shared/data); the
            // other eight contents carry the key-figure workbook's labels with made-up codes.
            kostra(
                "12134", "12134: Utvalgte nøkkeltall for kommuneregnskap, kommunekonsern (testdata)",
                contents: [
                    ("KOSAG110000", "Frie inntekter per innbygger (kr)"),
                    ("TESTokonomi01", "Netto driftsresultat i % av brutto driftsinntekter (%)"),
                    ("TESTokonomi02", "Årets merforbruk i % av brutto driftsinntekter (%)"),
                    ("TESTokonomi03", "Arbeidskapital (ekskl. premieavvik) i % av br. driftsinnt. (%)"),
                    ("TESTokonomi04", "Netto renteeksponering i % av br. driftsinnt. (%)"),
                    ("TESTokonomi05", "Langsiktig gjeld (ekskl. pensjonsforpl.) i % av br. driftsinnt. (%)"),
                    ("TESTokonomi06", "Fri egenkapital drift i % av br. driftsinnt. (%)"),
                    ("TESTokonomi07", "Brutto investeringsutgifter i % av br. driftsinnt. (%)"),
                    ("TESTokonomi08", "Egenfinansiering av investeringene i % av tot. br. invest. (%)"),
                ],
                years: 2015...2024),
            kostra(
                "12367", "12367: Detaljerte regnskapstall driftsregnskapet (testdata)",
                contents: [("TESTbelop0001", "Beløp (1000 kr)")], years: 2015...2024,
                extra: [
                    .init(
                        id: "KOKregnskapsomfa0000", label: "regnskapsomfang", codes: ["TA", "TB"],
                        labels: ["TA": "Kommuner/fylkeskommuner", "TB": "Kommuner/fylkeskommuner eksl. foretak (testdata)"]),
                    .init(
                        id: "KOKfunksjon0000", label: "funksjon", codes: ["242", "243", "273", "276", "281"],
                        labels: [
                            "242": "f242 (testdata)", "243": "f243 (testdata)", "273": "f273 (testdata)", "276": "f276 (testdata)",
                            "281": "f281 (testdata)",
                        ]),
                    .init(
                        id: "KOKart0000", label: "art", codes: ["TAGD2", "TAGD10"],
                        labels: ["TAGD2": "Netto driftsutgifter på funksjon/tjenesteområde", "TAGD10": "Brutto driftsutgifter (testdata)"]),
                ]),
            kostra(
                "12210", "12210: Utvalgte nøkkeltall for sosialtjenesten (K) (avslutta serie) 2015 - 2021 (testdata)",
                contents: [
                    ("TESTsostilf1000", "Sosialhjelpstilfeller (antall)"),
                    ("TESTsos18241000", "Antall sosialhjelpstilfeller 18-24 år (antall)"),
                    ("TESTsos18671000", "Sosialhjelpstilfeller 18-67 år (testdata)"),
                ],
                years: 2015...2021),
            kostra(
                "12213", "12213: Sosialhjelpsmottakere etter stønadstid (K) (avslutta serie) (testdata)",
                contents: [("TESTlang1000", "Sosialhjelpsmottakere 6 måneder eller mer og sosialhjelp som hovedinntekt (antall)")],
                years: 2015...2021),
            kostra(
                "14019", "14019: Utvalgte nøkkeltall for sosialtjenesten (K) 2022 - 2024 (testdata)",
                contents: recipients14019 + [
                    ("TESTsos18240001", "Antall sosialhjelpstilfeller 18 - 24 år (antall)"),
                    ("TESTsos18670001", "Sosialhjelpstilfeller 18-67 år (testdata)"),
                    ("TESTsupp0001", "Sosialhjelpstilfeller med supplerende sosialhjelp (testdata)"),
                    ("TESTbarn0001", "Sosialhjelpstilfeller som forsørger barn under 18 (antall)"),
                    ("TESTbarnfam0001", "Antall barn under 18 i familier som mottok sosialhjelp (antall)"),
                    ("TESTlang0001", "Langtidstilfeller (6–12 mnd) med sosialhjelp som hovedinntekt (antall)"),
                    ("TESTstonad0001", "Samlet stønadssum (bidrag + lån) (1000 kr)"),
                ],
                years: 2022...2024),
            kostra(
                "13995", "13995: Sosialhjelpstilfeller, utbetalt beløp og stønadstid (K) 2022-2024 (testdata)",
                contents: [
                    ("KOSgjsnitt18240000", "Gjennomsnittlig stønadslengde 18-24 år (testdata)"),
                    ("KOSgjsnittvklo0000", "Gjennomsnittlig stønadslengde, sosialhjelp som hovedinntekt (testdata)"),
                ],
                years: 2022...2024),
            SyntheticTable(
                id: "11695", label: "11695: Uføretrygdede (testdata)",
                dimensions: [
                    .init(id: "Region", label: "region", codes: regions),
                    .init(id: "Kjonn", label: "kjønn", codes: ["0"], labels: ["0": "Begge kjønn"]),
                    .init(
                        id: "ContentsCode", label: "statistikkvariabel", codes: ["UforetygdPers"],
                        labels: ["UforetygdPers": "Uføretrygdede (testdata)"]),
                    .init(id: "Tid", label: "år", codes: (2015...2024).map(String.init)),
                ],
                cellValue: { value($0) },
                roles: ["time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]]),
        ]
    }
}
