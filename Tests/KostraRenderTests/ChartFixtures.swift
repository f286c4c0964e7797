import Foundation
import FoundationXML
import KostraModel
import KostraRender
import Testing

/// Test material: the Bærum reference tables under `shared/reference/`, and
/// helpers that parse a chart's SVG and look inside it.
enum ChartFixtures {
    /// The `shared/reference` folder, found by walking up from this file.
    static let referenceFolder: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/reference", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("baerum-kostra-2024.csv").path) {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// The data rows of a `;`-separated reference file (comments and header dropped).
    static func rows(_ file: String) throws -> [[String]] {
        let folder = try #require(referenceFolder, "shared/reference was not found above the test sources")
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("#") }
            .dropFirst()
            .map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The Bærum 2024 service profile for social services, indexed against
    /// the ASSS average (Bærum 2024 / ASSS average × 100, likewise highest and lowest).
    static func baerumProfileRows() throws -> [ProfileChart.Row] {
        try rows("baerum-kostra-2024.csv").map { cells in
            ProfileChart.Row(
                label: cells[1], value: Double(cells[5]), average: Double(cells[6]),
                highest: Double(cells[7]), lowest: Double(cells[8])
            )
        }
    }

    /// The Bærum profile chart as the report draws it.
    static func baerumProfile() throws -> ProfileChart {
        ProfileChart(
            id: "tjenesteprofil-sosial",
            title: "Tjenesteprofil for sosialtjeneste og bolig. ASSS-snitt = 100",
            municipalityName: "Bærum",
            networkName: "ASSS",
            rows: try baerumProfileRows(),
            sourceNote: "Kilde: asss.no, KOSTRA 2024 (SSB)"
        )
    }

    /// One time series block from the reference file: its title and its
    /// series by region, for 2021–2024.
    struct TimeSeries {
        var title: String
        var regions: [(name: String, values: [Double?])]
    }

    /// The time series in `baerum-timeseries-2021-2024.csv`, in file order.
    static func baerumTimeSeries() throws -> [TimeSeries] {
        var result: [TimeSeries] = []
        for cells in try rows("baerum-timeseries-2021-2024.csv") {
            let values = cells[2...].map { Double($0) }
            if result.last?.title != cells[0] { result.append(TimeSeries(title: cells[0], regions: [])) }
            result[result.count - 1].regions.append((cells[1], Array(values)))
        }
        return result
    }

    /// A line chart of one reference block, with Bærum as the municipality and
    /// an "ASSS"/"Kostragruppe 12" region as the average.
    static func lineChart(_ block: TimeSeries, id: String, unit: IndicatorUnit, decimals: Int) -> LineChart {
        let series = block.regions.map { region -> LineChart.Series in
            let role: SeriesRole =
                region.name == "Bærum"
                ? .municipality
                : (region.name.hasPrefix("ASSS") || region.name == "Kostragruppe 12" ? .average : .comparison)
            return LineChart.Series(name: region.name, role: role, values: region.values)
        }
        return LineChart(
            id: id, title: block.title, years: [2021, 2022, 2023, 2024], series: series,
            unit: unit, decimals: decimals, sourceNote: "Kilde: SSB, KOSTRA"
        )
    }

    /// The growth decomposition used as the waterfall example.
    static let growthWaterfall = WaterfallChart(
        id: "vekst-sosialhjelp",
        title: "Vekst i utbetalt økonomisk sosialhjelp 2021–2024, dekomponert",
        steps: [
            .init(label: "Antall mottakere", value: 4.1),
            .init(label: "Stønadsmåneder per mottaker", value: 15.7),
            .init(label: "Utbetaling per stønadsmåned", value: 3.9),
            .init(label: "Kombinasjonseffekt", value: 1.4),
        ],
        totalLabel: "Samlet vekst",
        sourceNote: "Kilde: SSB, tabell 12203 og 12204; egne beregninger"
    )

    /// Growth components per municipality, with a negative value.
    static let growthBars = BarChart(
        id: "vekstkomponenter",
        title: "Vekst i sosialhjelpsutgifter 2021–2024 fordelt på komponenter",
        categories: ["Bærum", "Asker", "ASSS med Oslo"],
        series: [
            .init(name: "Antall mottakere", role: .comparison, values: [4.1, 12.3, -2.0]),
            .init(name: "Stønadsmåneder per mottaker", role: .comparison, values: [15.7, 4.4, 6.1]),
            .init(name: "Utbetaling per stønadsmåned", role: .comparison, values: [3.9, 7.8, 9.2]),
        ],
        unit: .percent, decimals: 1, signedValues: true, highlightedCategory: "Bærum",
        sourceNote: "Kilde: SSB; egne beregninger"
    )

    // MARK: - Looking inside the SVG

    /// The parsed document; fails the test if the SVG is not well-formed XML.
    static func parse(_ svg: String) throws -> XMLElement {
        let document = try XMLDocument(xmlString: svg, options: [])
        return try #require(document.rootElement())
    }

    /// Every element under (and including) `root`, in document order.
    static func elements(_ root: XMLElement) -> [XMLElement] {
        var result = [root]
        for child in root.children ?? [] {
            if let element = child as? XMLElement { result += elements(element) }
        }
        return result
    }

    /// The elements named `name` (local name, ignoring the SVG namespace).
    static func elements(_ root: XMLElement, named name: String) -> [XMLElement] {
        elements(root).filter { ($0.localName ?? $0.name) == name }
    }

    /// The elements whose `class` attribute contains `className` as a word.
    static func elements(_ root: XMLElement, withClass className: String) -> [XMLElement] {
        elements(root).filter { element in
            (attribute(element, "class") ?? "").split(separator: " ").contains { $0 == className }
        }
    }

    /// An attribute's value.
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        // `attribute(forName:)` misses attributes of elements in a default
        // namespace in swift-corelibs-foundation, so search the list instead.
        (element.attributes ?? []).first { ($0.localName ?? $0.name) == name || $0.name == name }?.stringValue
    }

    /// Every text a reader sees (each `<text>`'s full string value).
    static func texts(_ root: XMLElement) -> [String] {
        elements(root, named: "text").map { $0.stringValue ?? "" }
    }

    /// The number of points in a `points="x,y x,y"` attribute.
    static func pointCount(_ element: XMLElement) -> Int {
        (attribute(element, "points") ?? "").split(separator: " ").count
    }
}
