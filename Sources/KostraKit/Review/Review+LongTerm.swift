public import KostraAnalysis
import KostraModel
public import KostraNarrative
import KostraStore

/// Everything a report section on long-term recipients needs.
public struct LongTermSection: Sendable {
    public var result: LongTermRecipients
    public var sentences: [CommentarySentence]
}

extension Review {
    static let longTermFigures: [IndicatorID] = ["recipients-long-term-10m", "recipients", "long-term-10m-share"]

    /// Long-term recipients (social assistance as main income, 10 months or more) by year from
    /// `from` to `to`, for a municipality, its peers and a network, with the trend.
    public func longTermRecipients(
        of name: some MunicipalityReference, from: Int, to: Int, peers peerNames: [String] = [], network networkName: String? = "asss"
    ) async throws -> LongTermSection {
        guard from < to else { throw ReviewError.yearsOutOfOrder(from: from, to: to) }
        let (municipality, peers) = try await municipalityAndPeers(name, peers: peerNames)
        let network = try optionalNetwork(networkName)
        let years = Array(from...to)
        var regions = [municipality.id] + peers.map(\.id)
        if let network { regions += network.members.map(\.region) }
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: Self.longTermFigures, regions: Array(Set(regions)), years: from...to, basis: .nominal))
        var values: [RegionID: [Int: [IndicatorID: Double]]] = [:]
        for observation in observations {
            guard let value = observation.value else { continue }
            values[observation.region, default: [:]][observation.year, default: [:]][observation.indicator] = value
        }
        func points(_ region: RegionID) -> [LongTermRecipients.Point] {
            years.map { year in
                let figures = values[region]?[year] ?? [:]
                return .init(
                    year: year, count: figures["recipients-long-term-10m"], recipients: figures["recipients"],
                    storedShare: figures["long-term-10m-share"])
            }
        }
        let own = points(municipality.id)
        guard own.contains(where: { $0.count != nil || $0.share != nil }) else {
            let labelled = ["recipients-long-term-10m", "long-term-10m-share"].map { id in
                "'\(definitions.catalog.indicator(id: id)?.label ?? id)' (\(id))"
            }
            throw ReviewError.noFiguresInYears(indicators: labelled, region: municipality.name, from: from, to: to)
        }
        var series = [LongTermRecipients.Series(name: municipality.name, role: .municipality, points: own)]
        series += peers.map { LongTermRecipients.Series(name: $0.name, role: .peer, points: points($0.id)) }
        if let network {
            var networkPoints: [LongTermRecipients.Point] = []
            var left: Set<String> = []
            var coverage: [Int: LongTermRecipients.Coverage] = [:]
            for year in years {
                let members = network.members(in: year)
                let complete = members.filter { values[$0]?[year]?["recipients-long-term-10m"] != nil && values[$0]?[year]?["recipients"] != nil }
                coverage[year] = .init(contributors: complete.count, members: members.count)
                for member in members where !complete.contains(member) {
                    left.insert(definitions.regions.region(id: member)?.name ?? member)
                }
                let count = complete.compactMap { values[$0]?[year]?["recipients-long-term-10m"] }.reduce(0, +)
                let recipients = complete.compactMap { values[$0]?[year]?["recipients"] }.reduce(0, +)
                networkPoints.append(
                    .init(
                        year: year, count: complete.isEmpty ? nil : count, recipients: complete.isEmpty ? nil : recipients,
                        storedShare: nil))
            }
            let note = left.isEmpty ? nil : "uten kommuner som mangler tall et år: " + left.sorted().joined(separator: ", ")
            series.append(.init(name: network.name, role: .network, points: networkPoints, note: note, coverage: coverage))
        }
        let result = LongTermRecipients(from: from, to: to, series: series)
        return LongTermSection(result: result, sentences: LongTermCommentary().sentences(for: result))
    }
}
