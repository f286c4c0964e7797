import Foundation
import KostraAnalysis
import KostraImport
import KostraModel
import KostraNarrative

/// Builds the profiles the tests comment on: the real Bærum 2024 profile and small synthetic ones.
enum ProfileFixtures {
    /// The bundled published table, found in the checkout.
    static func baerumCSV() throws -> String {
        let relative = "Sources/KostraKit/Resources/bundled/baerum-2024-profile.csv"
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            for candidate in [dir.appendingPathComponent(relative), dir.appendingPathComponent("main/" + relative)]
            where FileManager.default.fileExists(atPath: candidate.path) {
                return try String(contentsOf: candidate, encoding: .utf8)
            }
            dir.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile)
    }

    static func baerum2024() throws -> ServiceProfile {
        let definitions = try Definitions.bundled()
        let municipality = try definitions.regions.find("Bærum")
        let network = try definitions.network(named: "ASSS")
        let figures = try PublishedFiguresReader(definitions: definitions)
            .read(try baerumCSV(), origin: "baerum-2024-profile.csv", municipality: municipality)
        guard let profile = definitions.catalog.profile(id: "sosial") else { throw CocoaError(.fileNoSuchFile) }
        return try ServiceProfileBuilder(definitions: definitions).build(
            .init(
                municipality: municipality, year: 2024, network: network, profile: profile,
                observations: figures.observations, aggregates: figures.aggregates))
    }

    static func indicator(_ id: String, polarity: Polarity? = nil, decimals: Int? = nil) throws -> Indicator {
        var indicator = try Definitions.bundled().catalog.require(id)
        if let polarity { indicator.polarity = polarity }
        if let decimals { indicator.decimals = decimals }
        return indicator
    }

    static func row(
        _ indicator: Indicator, values: [Int: Double], average: Double? = nil, highest: Double? = nil,
        lowest: Double? = nil
    ) -> ProfileRow {
        ProfileRow(
            indicator: indicator, values: values, statuses: [:],
            average: average.map {
                AverageResult(value: $0, method: indicator.averaging, source: .published, contributors: [], missing: [])
            },
            highest: highest.map { Extreme(value: $0, holders: [], source: .published) },
            lowest: lowest.map { Extreme(value: $0, holders: [], source: .published) },
            index: nil, highestIndex: nil, lowestIndex: nil, change: nil, gaps: [])
    }

    /// A Bærum 2024 profile holding just `rows`, against ASSS.
    static func profile(_ rows: [ProfileRow]) throws -> ServiceProfile {
        let definitions = try Definitions.bundled()
        let network = try definitions.network(named: "ASSS")
        let source = DataSource(kind: .published, title: "Testkilde", reference: "test", retrievedAt: Date(timeIntervalSince1970: 0))
        return ServiceProfile(
            definition: ServiceProfileDefinition(id: "test", title: "Test", service: "Test", indicators: rows.map(\.indicator.id)),
            municipality: try definitions.regions.find("Bærum"), year: 2024, network: network, years: [2022, 2023, 2024],
            rows: rows, members: network.members(in: 2024), sources: [source])
    }

    static func writer() throws -> CommentaryWriter {
        try CommentaryWriter.bundled()
    }

    /// The sentences one rule writes for one row.
    static func say(_ rule: any CommentaryRule, _ row: ProfileRow, memberFigures: [IndicatorID: [RegionID: Double]] = [:]) throws
        -> [CommentarySentence]
    {
        let profile = try profile([row])
        let context = CommentaryContext(
            profile: profile, thresholds: try NarrativeThresholds.bundled(), text: FigureText(), memberFigures: memberFigures)
        return rule.sentences(for: row, in: context)
    }
}
