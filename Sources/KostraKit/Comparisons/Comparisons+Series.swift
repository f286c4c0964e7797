import Foundation
public import KostraAnalysis
import KostraModel
import KostraImport
import KostraStore

/// How `kostra series` adjusts kroner figures.
public enum SeriesAdjustment: String, Sendable, CaseIterable {
    case none, deflate, need, both
}

/// What `kostra series` needs besides the store.
public struct SeriesOptions: Sendable {
    public var adjustment: SeriesAdjustment
    /// The year whose prices are used (default: the last year of the span).
    public var baseYear: Int?
    /// `kommunal` or `kpi`.
    public var deflator: String
    /// A file of yearly rates completing the bundled ones (`år;deflator`).
    public var deflatorFile: String?
    /// A file of cost indices (`kommune;år;kostnadsindeks`).
    public var costIndexFile: String?

    public init(
        adjustment: SeriesAdjustment = .none, baseYear: Int? = nil, deflator: String = "kommunal",
        deflatorFile: String? = nil, costIndexFile: String? = nil
    ) {
        self.adjustment = adjustment
        self.baseYear = baseYear
        self.deflator = deflator
        self.deflatorFile = deflatorFile
        self.costIndexFile = costIndexFile
    }
}

extension Comparisons {
    /// A municipality's figures of an indicator over a span of years, with comparison lines
    /// (`asss` or another network's average, municipalities, `group12`, `national`), nominal,
    /// deflated, need-adjusted or both.
    public func series(
        of name: some MunicipalityReference, indicator id: String, from: Int, to: Int, compare: [String] = [], options: SeriesOptions = .init()
    ) async throws -> SeriesReport {
        let municipality = try resolve.municipality(name)
        let indicator = try definitions.catalog.require(id)
        guard from <= to else { throw KitError.missingInputs(analysis: "The series", missing: ["--from \(from) is after --to \(to)"]) }
        let years = Array(from...to)
        let adjusts = options.adjustment != .none
        if adjusts, indicator.unit != .kroner, indicator.unit != .thousandKroner {
            throw KitError.notKroner(indicator: indicator.label, unit: indicator.unit.norwegianLabel)
        }

        // Lines: the municipality, then each comparison as asked.
        var lines: [(name: String, role: ComparisonLine.Role, values: [Int: Double], note: String?)] = []
        var inputs: [AnalysisExplanation.Input] = []
        var notes: [String] = []
        var missing: [String] = []
        let costIndices = try options.costIndexFile.map { try readCostIndices(path: $0) } ?? [:]
        let needSource = options.costIndexFile.map { "kostnadsindeks fra \($0)" }
        let adjustForNeed = options.adjustment == .need || options.adjustment == .both

        func needAdjusted(_ region: Region, _ values: [Int: Double]) -> [Int: Double] {
            guard adjustForNeed else { return values }
            if region.kind == .country {
                notes.append("\(region.name): kostnadsindeksen er 1,00 per definisjon (landsgjennomsnitt).")
                return values
            }
            var result: [Int: Double] = [:]
            for (year, value) in values {
                if let index = costIndices[region.id]?[year] {
                    result[year] = value / index
                    inputs.append(.init(label: "Kostnadsindeks", region: region.name, year: year, value: index, source: needSource))
                } else {
                    missing.append(
                        "cost index for \(region.name) in \(year) missing — supply it with --cost-index-file FILE "
                            + "(CSV 'kommune;år;kostnadsindeks')")
                }
            }
            return result
        }

        if adjustForNeed, options.costIndexFile == nil {
            missing.append(
                "the sector's cost index for \(municipality.name) in \(from)–\(to) missing (no public series is bundled) — "
                    + "supply it with --cost-index-file FILE (CSV 'kommune;år;kostnadsindeks')")
        }
        let own = try await figures(indicator, region: municipality, years: years)
        if own.values.isEmpty {
            let adjusted = try await figures.observations(
                ObservationQuery(indicators: [indicator.id], regions: [municipality.id], years: from...to)
            )
            .filter { $0.basis != .nominal && $0.value != nil }
            let hint =
                adjusted.isEmpty
                ? ""
                : " (the store holds only figures already adjusted as published: \(Set(adjusted.map(\.basis.norwegianDescription)).sorted().joined(separator: ", ")))"
            missing.append(
                "nominal figures of '\(indicator.label)' for \(municipality.name) in \(from)–\(to) missing\(hint) — "
                    + "import them (e.g. 'kostra import published FILE')")
        }
        for (year, value) in own.values { inputs.append(value.input(indicator, region: municipality.name, year: year)) }
        lines.append((municipality.name, .municipality, needAdjusted(municipality, own.values.compactMapValues(\.value)), nil))
        for token in compare {
            if let network = try? definitions.network(named: token) {
                let line = try await networkLine(indicator, network: network, years: years, costIndices: adjustForNeed ? costIndices : nil)
                inputs += line.inputs
                notes += line.notes
                missing += line.missing
                lines.append((line.name, .average, line.values, line.note))
                continue
            }
            let region = try comparisonRegion(token)
            let found = try await figures(indicator, region: region, years: years)
            for (year, value) in found.values { inputs.append(value.input(indicator, region: region.name, year: year)) }
            lines.append(
                (
                    region.name, .comparison, needAdjusted(region, found.values.compactMapValues(\.value)),
                    region.kind == .municipality ? nil : "publisert av SSB"
                ))
        }

        // Deflation: one factor per year, common to every line.
        var basis = PriceBasis.nominal
        var description =
            adjusts || indicator.unit == .kroner || indicator.unit == .thousandKroner
            ? "Løpende kroner" : "Som publisert (ikke et kronebeløp; ingen prisjustering)"
        var factors: [Int: Double] = [:]
        if options.adjustment == .deflate || options.adjustment == .both {
            let base = options.baseYear ?? to
            let supplied = try options.deflatorFile.map { try PriceIndexCatalog.readSupplied(path: $0) } ?? [:]
            let catalog = try PriceIndexCatalog.bundled()
            let span = min(from, base)...max(to, base)
            do {
                let (index, rateInputs) = try catalog.index(
                    options.deflator, covering: span, supplied: supplied, suppliedSource: options.deflatorFile)
                inputs += rateInputs
                for year in years { factors[year] = try index.level(in: base) / index.level(in: year) }
                description = Adjustment.deflate(baseYear: base).norwegianDescription(priceIndexName: index.name)
            } catch KitError.missingInputs(_, let list) {
                missing += list
            }
            basis = .deflated
        }
        if adjustForNeed {
            basis = basis == .deflated ? .both : .need
            description = description == "Løpende kroner" ? "Justert for utgiftsbehov" : description + ", justert for utgiftsbehov"
        }
        guard missing.isEmpty else {
            let kind = options.adjustment == .none ? "" : "\(options.adjustment.rawValue)-adjusted "
            throw KitError.missingInputs(analysis: "The \(kind)series of '\(indicator.label)'", missing: missing)
        }
        let comparisonLines = lines.map { line in
            ComparisonLine(
                name: line.name, role: line.role,
                values: years.map { year in line.values[year].map { $0 * (factors[year] ?? 1) } }, note: line.note)
        }
        var method = description + "."
        if !factors.isEmpty {
            method +=
                " Verdi i faste priser = løpende verdi × D(basisår) / D(år), der D er \(options.deflator == "kpi" ? "KPI" : "kommunal deflator") kjedet fra årlig vekst."
        }
        if adjustForNeed { method += " Justert for utgiftsbehov = verdi / sektorens kostnadsindeks samme år (landsgjennomsnitt 1,00)." }
        return SeriesReport(
            municipality: municipality.name, indicator: indicator, years: years, lines: comparisonLines, basis: basis,
            basisDescription: description,
            breaks: breaks(of: municipality, years: years).merging(
                RecipeEras.breaks(
                    of: indicator, catalog: definitions.catalog, recipes: (try? RecipeBook.bundled()) ?? RecipeBook(recipes: []), years: years)
            ) { merger, era in "\(merger); \(era)" },
            explanation: AnalysisExplanation(method: method, inputs: inputs, notes: notes))
    }

    /// Years where the municipality merged (a break) or changed its number (noted, the series follows the municipality).
    func breaks(of municipality: Region, years: [Int]) -> [Int: String] {
        var result: [Int: String] = [:]
        for (previous, code) in zip(municipality.codes, municipality.codes.dropFirst()) {
            if let year = code.from, years.contains(year), year != years.first {
                result[year] = "kommunenummer endret \(previous.code) → \(code.code)"
            }
        }
        for merger in municipality.mergers ?? [] where years.contains(merger.year) && merger.year != years.first {
            result[merger.year] = "kommunesammenslåing: tall før og etter \(merger.year) kan ikke sammenlignes direkte"
        }
        return result
    }

    private func comparisonRegion(_ token: String) throws -> Region {
        let folded = token.lowercased().replacingOccurrences(of: " ", with: "")
        if folded == "national" || folded == "landet" || folded == "norge" {
            guard let country = definitions.regions.region(id: "norge") else {
                throw KitError.damagedInstallation("the region 'norge' is not in regions.json")
            }
            return country
        }
        for prefix in ["group", "gruppe", "kostragruppe"] where folded.hasPrefix(prefix) {
            return try kostraGroup(String(folded.dropFirst(prefix.count)))
        }
        return try definitions.regions.find(token)
    }

    /// Stored nominal figures of one region by year.
    private func figures(_ indicator: Indicator, region: Region, years: [Int]) async throws -> (values: [Int: Observation], Void) {
        guard let first = years.first, let last = years.last else { return ([:], ()) }
        let stored = try await figures.observations(
            ObservationQuery(indicators: [indicator.id], regions: [region.id], years: first...last, basis: .nominal))
        var result: [Int: Observation] = [:]
        for observation in stored where observation.value != nil { result[observation.year] = observation }
        return (result, ())
    }

    /// A network average per year: computed from members where their figures are stored,
    /// otherwise the published average (which cannot be need-adjusted).
    private func networkLine(
        _ indicator: Indicator, network: Network, years: [Int], costIndices: [RegionID: [Int: Double]]?
    ) async throws -> (name: String, values: [Int: Double], note: String?, inputs: [AnalysisExplanation.Input], notes: [String], missing: [String]) {
        var values: [Int: Double] = [:]
        var inputs: [AnalysisExplanation.Input] = []
        var notes: [String] = []
        var missing: [String] = []
        var published = false
        let stored = try await figures.aggregates(
            AggregateQuery(indicators: [indicator.id], network: network.id, years: (years.first ?? 0)...(years.last ?? 0), basis: .nominal))
        var partial: [String] = []
        for year in years {
            let publishedAverage = stored.first { $0.year == year && $0.statistic == .average && $0.value != nil }
            // No figures, or no base figures to weight with, leave the year to the published average;
            // anything else (a zero denominator) is an error the user must see.
            let computed: AverageReport?
            do {
                computed = try await average(indicator: indicator.id, year: year, scope: .network(network.id))
            } catch AnalysisError.nothingToAverage, AnalysisError.cannotWeight {
                computed = nil
            } catch AnalysisError.tooFewMembers(_, _, _, let contributors, let members, _) {
                computed = nil
                if publishedAverage == nil { partial.append("\(year): \(contributors.count) av \(members)") }
            }
            // A computed average stands in for the network only when every member has a figure; otherwise
            // the published average is used, and without one the year is left empty and said why.
            if let report = computed, !report.average.missing.isEmpty, publishedAverage == nil {
                partial.append("\(year): \(report.average.contributors.count) av \(report.members.count)")
            }
            if let report = computed, report.average.missing.isEmpty {
                if let costIndices {
                    // Need-adjusted average: each member's figure over its own cost index, then the indicator's rule.
                    let lacking = report.average.contributors.filter { costIndices[$0]?[year] == nil }
                    guard lacking.isEmpty else {
                        missing += lacking.map {
                            "cost index for \(report.name($0)) in \(year) missing (needed for the \(network.name) average) — supply it with --cost-index-file FILE"
                        }
                        continue
                    }
                    let adjusted = report.explanation.inputs.filter { $0.label == indicator.label }
                    let perMember = zip(report.average.contributors, adjusted).map { member, input in
                        input.value / (costIndices[member]?[year] ?? 1)
                    }
                    values[year] = perMember.reduce(0, +) / Double(max(perMember.count, 1))
                    notes.append(
                        "\(network.name) \(year): snitt av medlemmenes behovsjusterte tall (uvektet; vekting med behov er ikke offentlig beskrevet).")
                } else {
                    values[year] = report.average.value
                }
                inputs += report.explanation.inputs
            } else if let aggregate = publishedAverage, let value = aggregate.value {
                if costIndices != nil {
                    missing.append(
                        "\(network.name) average \(year): only the published average is stored, and a published average "
                            + "cannot be need-adjusted — import the members' figures")
                    continue
                }
                values[year] = value
                published = true
                inputs.append(
                    .init(
                        label: "Publisert snitt", region: aggregate.label ?? network.averageLabel, year: year,
                        value: value, unit: indicator.unit, source: aggregate.source?.title))
            }
        }
        if !partial.isEmpty {
            notes.append(
                "\(network.averageLabel) er ikke vist for år der bare noen medlemmer har tall og intet snitt er publisert "
                    + "(\(partial.joined(separator: "; ")) kommuner med tall); se 'kostra average' for hvem som mangler.")
        }
        let note: String? = values.isEmpty ? nil : published ? "publisert" : "beregnet"
        return (network.averageLabel, values, note, inputs, notes, missing)
    }

    /// Cost indices from a `kommune;år;kostnadsindeks` file, by region and year.
    func readCostIndices(path: String) throws -> [RegionID: [Int: Double]] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw KitError.unreadableInput(path: path, reason: error.localizedDescription)
        }
        var result: [RegionID: [Int: Double]] = [:]
        for row in try YearFiguresReader().perRegion(text, file: path) {
            let name = row.region ?? ""
            guard let region = try? definitions.regions.find(name) else {
                throw ImportError.unknownRegion(
                    file: path, line: row.line, name: name, suggestions: definitions.regions.suggestions(for: name))
            }
            guard row.value > 0 else {
                throw ImportError.badNumber(file: path, line: row.line, column: "kostnadsindeks", text: "\(row.value) (must be above zero)")
            }
            result[region.id, default: [:]][row.year] = row.value
        }
        return result
    }
}

extension Observation {
    func input(_ indicator: Indicator, region: String, year: Int) -> AnalysisExplanation.Input {
        .init(label: indicator.label, region: region, year: year, value: value ?? 0, unit: indicator.unit, source: source?.title)
    }
}
