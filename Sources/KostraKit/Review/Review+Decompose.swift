import Foundation
public import KostraAnalysis
import KostraModel
public import KostraNarrative
public import KostraRender
import KostraStore

/// Everything a report section on the growth decomposition needs: the decompositions side by
/// side, one Norwegian sentence per finding, and the two charts.
public struct DecompositionSection: Sendable {
    public var comparison: DecompositionComparison
    public var sentences: [CommentarySentence]
    /// The municipality's waterfall (recipients, duration, payout per month, combination → total).
    public var waterfall: WaterfallChart
    /// Every region's components side by side.
    public var bars: BarChart

    /// The table renderer for this section (text, CSV, JSON).
    public var renderer: DecompositionRenderer { DecompositionRenderer(comparison: comparison, sentences: sentences) }
}

/// Figures for one region given in a file (`--input FILE` or `--input NAME=FILE`).
public struct DecompositionInputFile: Sendable, Hashable {
    /// The region or network the file is for; `nil` means the municipality.
    public var region: String?
    public var path: String

    public init(region: String?, path: String) {
        self.region = region
        self.path = path
    }

    /// Reads `FILE` or `NAME=FILE` as written on the command line.
    public init(argument: String) {
        if let equals = argument.firstIndex(of: "="), !argument[..<equals].contains("/"), equals != argument.startIndex {
            self.init(region: String(argument[..<equals]), path: String(argument[argument.index(after: equals)...]))
        } else {
            self.init(region: nil, path: argument)
        }
    }
}

extension Review {
    /// The base figures the decomposition reads from the store.
    static let decompositionFigures: [IndicatorID] = ["recipients", "benefit-months", "payout-total"]

    /// Decomposes the growth of social-assistance payouts from `from` to `to` for a municipality,
    /// its peers and a network, from stored base figures or from files in the
    /// `år;mottakere;stønadsmåneder;utbetalt` layout.
    ///
    /// Stored payouts (`payout-total`, in 1000 kr) are turned into kroner; a file's `utbetalt`
    /// is read as kroner. The network sums its members' counts and amounts over the members of
    /// both years that have every figure in both years, and lists the others.
    public func decompose(
        of name: some MunicipalityReference, from: Int, to: Int, peers peerNames: [String] = [], network networkName: String? = "asss",
        inputs: [DecompositionInputFile] = []
    ) async throws -> DecompositionSection {
        guard from < to else { throw ReviewError.yearsOutOfOrder(from: from, to: to) }
        let (municipality, peers) = try await municipalityAndPeers(name, peers: peerNames)
        let network = try optionalNetwork(networkName)
        let files = try assignInputs(inputs, municipality: municipality, peers: peers, network: network)

        let municipalityColumn = try await column(
            for: municipality, role: .municipality, file: files[municipality.id], from: from, to: to)
        var others: [DecompositionComparison.Column] = []
        var notes: [String] = []
        for peer in peers {
            others.append(try await column(for: peer, role: .peer, file: files[peer.id], from: from, to: to))
        }
        if let network {
            if let path = files["network:" + network.id] {
                let series = try readBenefitFile(path)
                others.append(
                    .init(
                        role: .network, name: network.name, source: "fil \(URL(fileURLWithPath: path).lastPathComponent)",
                        decomposition: try decomposition(network.name, series, from, to, path: path)))
            } else if let column = try await networkColumn(network, from: from, to: to) {
                others.append(column)
            } else {
                notes.append(
                    "\(network.name) er utelatt: ingen av medlemmene har lagrede mottakere, stønadsmåneder og utbetalinger "
                        + "for både \(from) og \(to). Importer tallene, eller gi nettverkets tall med --input \(network.id)=FIL.")
            }
        }
        // Stored figures follow the municipality, not its borders: a merger inside the period is part of the growth.
        var merged = [municipality] + peers
        if let network { merged += network.members(in: to).compactMap { definitions.regions.region(id: $0) } }
        for region in merged {
            if let year = region.mergerYear(between: from, and: to) {
                let predecessors =
                    region.mergers?.first { $0.year == year }?.predecessors
                    .map { definitions.regions.region(id: $0)?.name ?? $0 }.joined(separator: ", ") ?? ""
                notes.append(
                    "\(region.name) ble slått sammen med \(predecessors) i \(year); veksten fra \(from) til \(to) "
                        + "omfatter sammenslåingen dersom tallene for \(from) gjelder den gamle kommunen.")
            }
        }
        let comparison = DecompositionComparison(municipality: municipalityColumn, others: others, notes: notes)
        return DecompositionSection(
            comparison: comparison, sentences: try DecompositionCommentary.bundled().sentences(for: comparison),
            waterfall: DecompositionCharts.waterfall(comparison), bars: DecompositionCharts.bars(comparison))
    }

    /// Writes the section's waterfall (and, with peers or a network, the side-by-side bars) as SVG.
    public func writeDecompositionChart(_ section: DecompositionSection, to path: String) throws {
        let chart: any SVGChart = section.comparison.columns.count > 1 ? section.bars : section.waterfall
        try OutputFile.write(Data(chart.svg().utf8), to: path)
    }

    // MARK: - Columns

    /// Maps each input file to the region id it is for (`network:<id>` for the network).
    private func assignInputs(
        _ inputs: [DecompositionInputFile], municipality: Region, peers: [Region], network: Network?
    ) throws -> [String: String] {
        var files: [String: String] = [:]
        for input in inputs {
            let key: String
            if let regionName = input.region {
                if let network, network.isNamed(regionName) {
                    key = "network:" + network.id
                } else if let region = try? definitions.regions.find(regionName),
                    region.id == municipality.id || peers.contains(where: { $0.id == region.id })
                {
                    key = region.id
                } else {
                    throw ReviewError.inputForUnknownColumn(
                        name: regionName, known: [municipality.name] + peers.map(\.name) + (network.map { [$0.name] } ?? []))
                }
            } else {
                key = municipality.id
            }
            guard files[key] == nil else { throw ReviewError.duplicateInput(name: input.region ?? municipality.name) }
            files[key] = input.path
        }
        return files
    }

    private func column(
        for region: Region, role: DecompositionComparison.Role, file: String?, from: Int, to: Int
    ) async throws -> DecompositionComparison.Column {
        if let file {
            let series = try readBenefitFile(file)
            return .init(
                role: role, name: region.name, source: "fil \(URL(fileURLWithPath: file).lastPathComponent)",
                decomposition: try decomposition(region.name, series, from, to, path: file))
        }
        let stored = try await storedBenefitFigures(for: [region.id], years: [from, to])
        for year in [from, to] where stored.figures[region.id]?[year] == nil {
            throw ReviewError.missingStoredFigures(
                region: region.name, year: year, figures: stored.missingLabels(region.id, year, definitions),
                yearsWithAll: try await yearsWithAllBenefitFigures(region.id))
        }
        let series = [from, to].compactMap { stored.figures[region.id]?[$0] }
        return .init(
            role: role, name: region.name, source: stored.sourceText(for: [region.id]),
            decomposition: try GrowthDecomposition(region: region.name, series: series, baseYear: from, comparisonYear: to))
    }

    /// The network's column, or `nil` when no member has the figures for both years.
    private func networkColumn(_ network: Network, from: Int, to: Int) async throws -> DecompositionComparison.Column? {
        // The same members in both years, so joining members do not count as growth.
        let members = network.members(in: from).filter { network.members(in: to).contains($0) }
        let stored = try await storedBenefitFigures(for: members, years: [from, to])
        let complete = members.filter { stored.figures[$0]?[from] != nil && stored.figures[$0]?[to] != nil }
        let names = { (ids: [RegionID]) in ids.map { self.definitions.regions.region(id: $0)?.name ?? $0 } }
        guard !complete.isEmpty else { return nil }
        func sum(_ year: Int) -> BenefitYearFigures {
            let rows = complete.compactMap { stored.figures[$0]?[year] }
            return BenefitYearFigures(
                year: year, recipients: rows.map(\.recipients).reduce(0, +),
                benefitMonths: rows.map(\.benefitMonths).reduce(0, +), payout: rows.map(\.payout).reduce(0, +))
        }
        return .init(
            role: .network, name: network.name, source: stored.sourceText(for: complete),
            decomposition: try GrowthDecomposition(region: network.name, base: sum(from), comparison: sum(to)),
            contributors: names(complete), missing: names(members.filter { !complete.contains($0) }))
    }

    private func decomposition(_ name: String, _ series: [BenefitYearFigures], _ from: Int, _ to: Int, path: String) throws
        -> GrowthDecomposition
    {
        do {
            return try GrowthDecomposition(region: name, series: series, baseYear: from, comparisonYear: to)
        } catch {
            throw ReviewError.badInputFile(path: path, message: error.errorDescription ?? "\(error)")
        }
    }

    private func readBenefitFile(_ path: String) throws -> [BenefitYearFigures] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw KitError.unreadableInput(path: path, reason: (error as NSError).localizedDescription)
        }
        do {
            return try BenefitSeriesCSV.parse(data: data)
        } catch {
            throw ReviewError.badInputFile(path: path, message: error.errorDescription ?? "\(error)")
        }
    }

    // MARK: - Stored figures

    struct StoredBenefitFigures {
        /// region → year → figures, only where all three base figures have a value.
        var figures: [RegionID: [Int: BenefitYearFigures]]
        /// region → year → the base figures present.
        var present: [RegionID: [Int: Set<IndicatorID>]]
        var sourceTitles: [RegionID: Set<String>]

        func missingLabels(_ region: RegionID, _ year: Int, _ definitions: Definitions) -> [String] {
            let have = present[region]?[year] ?? []
            return Review.decompositionFigures.filter { !have.contains($0) }.map {
                "\(definitions.catalog.indicator(id: $0)?.label ?? $0) (\($0))"
            }
        }

        func sourceText(for regions: [RegionID]) -> String {
            let titles = Set(regions.flatMap { sourceTitles[$0] ?? [] }).sorted()
            return titles.isEmpty ? "lagrede tall" : "lagrede tall (" + titles.joined(separator: "; ") + ")"
        }
    }

    func storedBenefitFigures(for regions: [RegionID], years: [Int]) async throws -> StoredBenefitFigures {
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: Self.decompositionFigures, regions: regions,
                years: (years.min() ?? 0)...(years.max() ?? 0), basis: .nominal))
        var values: [RegionID: [Int: [IndicatorID: Double]]] = [:]
        var titles: [RegionID: Set<String>] = [:]
        for observation in observations where years.contains(observation.year) {
            guard let value = observation.value else { continue }
            values[observation.region, default: [:]][observation.year, default: [:]][observation.indicator] = value
            if let title = observation.source?.title { titles[observation.region, default: []].insert(title) }
        }
        var figures: [RegionID: [Int: BenefitYearFigures]] = [:]
        var present: [RegionID: [Int: Set<IndicatorID>]] = [:]
        for (region, byYear) in values {
            for (year, byIndicator) in byYear {
                present[region, default: [:]][year] = Set(byIndicator.keys)
                guard let recipients = byIndicator["recipients"], let months = byIndicator["benefit-months"],
                    let payout = byIndicator["payout-total"]
                else { continue }
                // payout-total is stored in 1000 kr, as SSB publishes it.
                figures[region, default: [:]][year] = BenefitYearFigures(
                    year: year, recipients: recipients, benefitMonths: months, payout: payout * 1000)
            }
        }
        return StoredBenefitFigures(figures: figures, present: present, sourceTitles: titles)
    }

    private func yearsWithAllBenefitFigures(_ region: RegionID) async throws -> [Int] {
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: Self.decompositionFigures, regions: [region], basis: .nominal))
        var byYear: [Int: Set<IndicatorID>] = [:]
        for observation in observations where observation.value != nil {
            byYear[observation.year, default: []].insert(observation.indicator)
        }
        return byYear.filter { $0.value.count == Self.decompositionFigures.count }.keys.sorted()
    }
}
