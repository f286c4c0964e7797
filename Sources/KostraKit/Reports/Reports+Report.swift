public import Foundation
import KostraAnalysis
import KostraModel
import KostraNarrative
public import KostraRender
import KostraStore

extension Reports {
    /// The content of a municipality's report: its profile and every stored time series with comparisons.
    /// `area` is the KOSTRA area (`sosial` by default, see docs/areas.md).
    public func reportContent(
        of name: some MunicipalityReference, year: Int? = nil, network: String = "asss", now: Date = Date(), area: String = "sosial"
    ) async throws -> ReportContent {
        let municipality = try name.municipality(using: resolve)
        let comparison = try definitions.network(named: network)
        let definition = try comparisons.area(area)
        var chosenYear = year
        if chosenYear == nil { chosenYear = try await comparisons.latestYear(of: municipality, indicators: definition.indicators) }
        guard let year = chosenYear else { throw KitError.noFigures(municipality: municipality.name) }
        // The charts need only the municipality, the network and the year, so their figures are
        // read and arranged while the profile is built (the SQLite store reads on several
        // connections): on two cores this took 3 ms off every report (docs/performance.md, session 12).
        async let charts = series(
            of: municipality, network: comparison, year: year, indicators: seriesIndicators(area: definition))
        let profile = try await comparisons.profile(of: municipality, year: year, network: network, profileID: area)
        // The commentary needs only the profile: it is written while the charts are still arranged.
        async let sentences = commentary(on: profile)
        var content = ReportContent(profile: profile, series: try await charts, commentary: try await sentences, generatedAt: now)
        let writer = try CommentaryWriter.bundled()
        for category in Set(profile.rows.map(\.indicator.category)) {
            content.categorySummaries[category] = writer.summary(for: profile, category: category)
        }
        return content
    }
}

/// Writes output files whole or not at all: a temporary file in the same folder, then a rename.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws(KitError) {
        if let problem = FileProblem.writeProblem(path) { throw .unwritableOutput(path: path, reason: problem) }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unwritableOutput(path: path, reason: "the folder \(folder.path) does not exist")
        }
        do {
            // .atomic writes a temporary file beside the target and renames it, so a failed
            // write never leaves a half-written report behind.
            try data.write(to: url, options: .atomic)
        } catch {
            throw .unwritableOutput(path: path, reason: FileProblem.reason(error))
        }
    }
}

extension Reports {
    /// The indicators whose series a chapter shows: every indicator that is not a base figure, except
    /// those of another area's profile (they stay in that area's chapter).
    func seriesIndicators(for profile: ServiceProfile) -> [IndicatorID] {
        seriesIndicators(area: profile.definition)
    }

    /// The indicators whose series the chapter of the area `definition` shows.
    func seriesIndicators(area definition: ServiceProfileDefinition) -> [IndicatorID] {
        let otherAreas = Set(definitions.catalog.profiles.filter { $0.id != definition.id }.flatMap(\.indicators))
            .subtracting(definition.indicators)
        return definitions.catalog.indicators.filter { !$0.isBaseFigure && !otherAreas.contains($0.id) }.map(\.id)
    }

    /// The stored series of `indicators` with the comparison's figures beside them, over the ten
    /// years up to the profile's: two queries, whatever the number of indicators.
    func series(for profile: ServiceProfile, indicators: [IndicatorID]) async throws -> [ComparisonSeries] {
        try await series(of: profile.municipality, network: profile.network, year: profile.year, indicators: indicators)
    }

    /// The stored series of `indicators` for `municipality` with `network`'s figures beside them,
    /// over the ten years up to `year`.
    func series(of municipality: Region, network: Network, year: Int, indicators: [IndicatorID]) async throws -> [ComparisonSeries] {
        let years = (year - 9)...year
        // The published averages are read beside the figures rather than after them: the charts'
        // reads are the longest chain of a report's content (docs/performance.md, session 13).
        async let aggregates = reader.aggregates(AggregateQuery(indicators: indicators, network: network.id, years: years))
        // Only the values: a chart needs neither the parts, the symbols nor the sources of its figures.
        let figures = try await reader.seriesFigures(
            ObservationQuery(
                indicators: indicators, regions: comparisonRegions(of: municipality, network: network, year: year), years: years))
        return ComparisonSeriesBuilder(definitions: definitions).build(
            municipality: municipality, network: network, figures: figures, aggregates: try await aggregates)
    }

    /// The regions a report's charts compare with: the municipality, the network's members in any
    /// of the charts' years, and the KOSTRA groups and the country. Reading only these keeps a
    /// report at a few milliseconds when the store holds every municipality in Norway.
    func comparisonRegions(for profile: ServiceProfile) -> [RegionID] {
        comparisonRegions(of: profile.municipality, network: profile.network, year: profile.year)
    }

    /// The regions the charts of `municipality`'s report for `year` compare with.
    func comparisonRegions(of municipality: Region, network: Network, year: Int) -> [RegionID] {
        var regions: Set<RegionID> = [municipality.id]
        for year in (year - 9)...year { regions.formUnion(network.members(in: year)) }
        for region in definitions.regions.regions where region.kind != .municipality { regions.insert(region.id) }
        return regions.sorted()
    }
}
