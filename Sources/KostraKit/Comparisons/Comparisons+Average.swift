public import KostraAnalysis
public import KostraModel
import KostraStore

/// What to average over.
public enum AverageScope: Sendable, Hashable {
    /// A network's members in the year (default ASSS).
    case network(String)
    /// A KOSTRA group's figure as SSB publishes it, e.g. `"12"`.
    case group(String)
    /// The national figure as SSB publishes it.
    case national
    /// A set of municipalities the user names.
    case peers([String])
}

extension Comparisons {
    /// The average of an indicator in a year over a network, a user's peer set, or the
    /// published figure of a KOSTRA group or the country.
    ///
    /// - Parameters:
    ///   - exclude: municipalities to leave out (e.g. `Oslo`, or the municipality itself).
    ///   - method: overrides the indicator's averaging rule.
    public func average(
        indicator id: String, year: Int, scope: AverageScope = .network("asss"), exclude: [String] = [],
        method: AveragingRule? = nil
    ) async throws -> AverageReport {
        let indicator = try definitions.catalog.require(id)
        let excluded = try exclude.map { try definitions.regions.find($0).id }
        switch scope {
        case .group(let group):
            return try await publishedAverage(indicator, year: year, region: kostraGroup(group), excluded: excluded)
        case .national:
            guard let country = definitions.regions.region(id: "norge") else {
                throw KitError.damagedInstallation("the region 'norge' is not in regions.json")
            }
            return try await publishedAverage(indicator, year: year, region: country, excluded: excluded)
        case .network(let name):
            let network = try definitions.network(named: name)
            let members = network.members(in: year).filter { !excluded.contains($0) }
            let label = network.name + (excluded.isEmpty ? "" : " uten " + names(excluded).joined(separator: ", "))
            return try await computedAverage(
                indicator, year: year, label: label, members: members, excluded: excluded, method: method, coverage: network.coverage)
        case .peers(let names):
            let regions = try names.map { try definitions.regions.find($0) }
            if let aggregate = regions.first(where: { $0.kind != .municipality }) {
                throw KitError.notAMunicipality(name: aggregate.name)
            }
            var members: [RegionID] = []
            for region in regions where !members.contains(region.id) && !excluded.contains(region.id) {
                members.append(region.id)
            }
            guard !members.isEmpty else { throw KitError.nothingLeftToAverage(excluded: self.names(excluded)) }
            return try await computedAverage(
                indicator, year: year, label: "Egne sammenligningskommuner", members: members, excluded: excluded, method: method)
        }
    }

    private func computedAverage(
        _ indicator: Indicator, year: Int, label: String, members: [RegionID], excluded: [RegionID], method: AveragingRule?,
        coverage: AverageCoverage? = nil
    ) async throws -> AverageReport {
        let ids = [indicator.id] + [indicator.numerator, indicator.denominator].compactMap { $0 }
        let observations = try await figures.observations(
            ObservationQuery(indicators: ids, regions: members, years: year...year, basis: .nominal))
        var figures: [RegionID: AverageReportBuilder.MemberFigures] = [:]
        for observation in observations {
            var entry = figures[observation.region] ?? .init()
            if observation.indicator == indicator.id {
                entry.figure = observation
            } else if observation.indicator == indicator.numerator {
                entry.numerator = observation
            } else if observation.indicator == indicator.denominator {
                entry.denominator = observation
            }
            figures[observation.region] = entry
        }
        let catalog = definitions.catalog
        return try AverageReportBuilder.computed(
            indicator, year: year, scopeLabel: label, members: members, excluded: excluded, figures: figures, method: method,
            numeratorLabel: indicator.numerator.flatMap { catalog.indicator(id: $0)?.label },
            denominatorLabel: indicator.denominator.flatMap { catalog.indicator(id: $0)?.label },
            names: Dictionary(uniqueKeysWithValues: (members + excluded).map { ($0, names([$0])[0]) }), coverage: coverage)
    }

    private func publishedAverage(
        _ indicator: Indicator, year: Int, region: Region, excluded: [RegionID]
    ) async throws -> AverageReport {
        guard excluded.isEmpty else { throw KitError.cannotExclude(from: region.name) }
        let figure = try await figures.observations(
            ObservationQuery(indicators: [indicator.id], regions: [region.id], years: year...year, basis: .nominal)
        ).first
        return try AverageReportBuilder.published(indicator, year: year, region: region, figure: figure)
    }

    /// The KOSTRA group with this number (`12`, `EKG12`, `Kostragruppe 12`).
    func kostraGroup(_ text: String) throws -> Region {
        let digits = text.filter(\.isNumber)
        let query = digits.isEmpty ? text : "EKG" + (digits.count == 1 ? "0" + digits : digits)
        if let region = try? definitions.regions.find(query), region.kind == .kostraGroup { return region }
        let known = definitions.regions.regions.filter { $0.kind == .kostraGroup }.map(\.name)
        throw KitError.unknownGroup(text, known: known)
    }

    func names(_ regions: [RegionID]) -> [String] {
        regions.map { definitions.regions.region(id: $0)?.name ?? $0 }
    }
}
