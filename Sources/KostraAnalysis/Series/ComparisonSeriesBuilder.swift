public import KostraModel

/// Finds the time series worth a chart: an indicator (in one price basis) for which the
/// municipality and at least one comparison line each have figures for two or more years.
public struct ComparisonSeriesBuilder: Sendable {
    public let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    /// The series for `municipality`, from every stored figure and published network average.
    public func build(
        municipality: Region, network: Network, observations: [Observation], aggregates: [PublishedAggregate]
    ) -> [ComparisonSeries] {
        build(municipality: municipality, network: network, figures: observations.compactMap(SeriesFigure.init), aggregates: aggregates)
    }

    /// The series for `municipality`, from the values of the stored figures (``SeriesFigure``) and
    /// the published network averages.
    ///
    /// Each figure is visited once: grouped by indicator and basis, then placed in its region's
    /// slot, with the regions put in chart order once for all indicators. Grouping each indicator's
    /// figures by region and sorting them again, with a name lookup per comparison, was a fifth of
    /// a report's content time (`ComparisonSeriesBuilderTests` compares this with that plain code).
    public func build(
        municipality: Region, network: Network, figures: [SeriesFigure], aggregates: [PublishedAggregate]
    ) -> [ComparisonSeries] {
        struct Key: Hashable {
            var indicator: IndicatorID
            var basis: PriceBasis
        }
        // Every region with figures gets a slot, in the order first seen.
        var regionSlot: [RegionID: Int] = [:]
        var regionIDs: [RegionID] = []
        // Each figure with its region's slot, so no region is looked up twice.
        var groups: [(key: Key, figures: [(figure: SeriesFigure, slot: Int)])] = []
        var groupOf: [Key: Int] = [:]
        var last: (indicator: IndicatorID, basis: PriceBasis, group: Int)?
        // Figures usually come in key order, so the previous figure's region and group are checked first.
        var lastRegion: (id: RegionID, slot: Int)?
        for figure in figures {
            let slot: Int
            if let previous = lastRegion, previous.id == figure.region {
                slot = previous.slot
            } else if let known = regionSlot[figure.region] {
                slot = known
            } else {
                slot = regionIDs.count
                regionSlot[figure.region] = slot
                regionIDs.append(figure.region)
            }
            lastRegion = (figure.region, slot)
            if let current = last, current.indicator == figure.indicator, current.basis == figure.basis {
                groups[current.group].figures.append((figure, slot))
                continue
            }
            let key = Key(indicator: figure.indicator, basis: figure.basis)
            let group: Int
            if let known = groupOf[key] {
                group = known
            } else {
                group = groups.count
                groupOf[key] = group
                groups.append((key, []))
            }
            groups[group].figures.append((figure, slot))
            last = (figure.indicator, figure.basis, group)
        }
        // The slots in the order their lines are drawn: municipalities by name, then groups and
        // the country, as the published charts order them (ties by id, so the order is stable).
        let chartOrder = regionIDs.indices.sorted { lhs, rhs in
            let (a, b) = (definitions.regions.region(id: regionIDs[lhs]), definitions.regions.region(id: regionIDs[rhs]))
            return (a?.kind == .municipality ? 0 : 1, a?.name ?? regionIDs[lhs], regionIDs[lhs])
                < (b?.kind == .municipality ? 0 : 1, b?.name ?? regionIDs[rhs], regionIDs[rhs])
        }
        let names = regionIDs.map { definitions.regions.region(id: $0)?.name ?? $0 }
        let ownSlot = regionSlot[municipality.id]

        var averagesByKey: [Key: [PublishedAggregate]] = [:]
        for aggregate in aggregates where aggregate.statistic == .average && aggregate.network == network.id && aggregate.value != nil {
            averagesByKey[Key(indicator: aggregate.indicator, basis: aggregate.basis), default: []].append(aggregate)
        }
        var order: [IndicatorID: Int] = [:]
        for (position, indicator) in definitions.catalog.indicators.enumerated() where order[indicator.id] == nil {
            order[indicator.id] = position
        }
        groups.sort { (order[$0.key.indicator] ?? .max, $0.key.basis.rawValue) < (order[$1.key.indicator] ?? .max, $1.key.basis.rawValue) }

        var result: [ComparisonSeries] = []
        var byRegion = [[SeriesFigure]](repeating: [], count: regionIDs.count)
        for (key, figures) in groups {
            guard let indicator = definitions.catalog.indicator(id: key.indicator), !indicator.isBaseFigure else { continue }
            for slot in byRegion.indices { byRegion[slot].removeAll(keepingCapacity: true) }
            for (figure, slot) in figures { byRegion[slot].append(figure) }
            let own = ownSlot.map { byRegion[$0] } ?? []
            let average = averagesByKey[key] ?? []
            let comparisonSlots = chartOrder.filter { $0 != ownSlot && byRegion[$0].count >= 2 }
            guard own.count >= 2, comparisonSlots.count + (average.count >= 2 ? 1 : 0) > 0 else { continue }
            let years = Array(Set(figures.map(\.figure.year) + average.map(\.year))).sorted()
            // A year's place in `years`, by its distance from the first.
            let firstYear = years.first ?? 0
            var position = [Int](repeating: 0, count: (years.last ?? 0) - firstYear + 1)
            for (index, year) in years.enumerated() { position[year - firstYear] = index }
            func values(_ list: [SeriesFigure]) -> [Double?] {
                var values = [Double?](repeating: nil, count: years.count)
                // The first figure of a year counts, as when each year was looked up in the list.
                for figure in list.reversed() { values[position[figure.year - firstYear]] = figure.value }
                return values
            }
            var lines = [ComparisonLine(name: municipality.name, role: .municipality, values: values(own))]
            if average.count >= 2 {
                let label = average.compactMap(\.label).first ?? network.averageLabel
                lines.append(
                    ComparisonLine(
                        name: label, role: .average, values: years.map { year in average.first { $0.year == year }?.value },
                        note: "publisert"))
            }
            for slot in comparisonSlots {
                lines.append(ComparisonLine(name: names[slot], role: .comparison, values: values(byRegion[slot])))
            }
            var breaks: [Int: String] = [:]
            if let first = years.first, let last = years.last,
                let year = municipality.mergerYear(between: first, and: last)
            {
                breaks[year] = "kommunesammenslåing"
            }
            result.append(ComparisonSeries(indicator: indicator, basis: key.basis, years: years, lines: lines, breaks: breaks))
        }
        return result
    }
}
