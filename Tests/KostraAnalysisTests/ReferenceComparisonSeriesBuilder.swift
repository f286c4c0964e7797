import KostraModel
import KostraAnalysis

/// The plain comparison-series code that ``ComparisonSeriesBuilder`` replaced (session 11): each
/// indicator's figures grouped by region and sorted with a name lookup per comparison. Kept only
/// to check the builder against, figure by figure; ties in the order (two regions with one name)
/// are broken by id, as the builder does.
struct ReferenceComparisonSeriesBuilder {
    let definitions: Definitions

    func build(
        municipality: Region, network: Network, figures: [SeriesFigure], aggregates: [PublishedAggregate]
    ) -> [ComparisonSeries] {
        struct Key: Hashable {
            var indicator: IndicatorID
            var basis: PriceBasis
        }
        var byKey: [Key: [SeriesFigure]] = [:]
        for figure in figures {
            byKey[Key(indicator: figure.indicator, basis: figure.basis), default: []].append(figure)
        }
        var averagesByKey: [Key: [PublishedAggregate]] = [:]
        for aggregate in aggregates where aggregate.statistic == .average && aggregate.network == network.id && aggregate.value != nil {
            averagesByKey[Key(indicator: aggregate.indicator, basis: aggregate.basis), default: []].append(aggregate)
        }
        var result: [ComparisonSeries] = []
        var order: [IndicatorID: Int] = [:]
        for (position, indicator) in definitions.catalog.indicators.enumerated() where order[indicator.id] == nil {
            order[indicator.id] = position
        }
        let keys = byKey.keys.sorted {
            (order[$0.indicator] ?? .max, $0.basis.rawValue) < (order[$1.indicator] ?? .max, $1.basis.rawValue)
        }
        for key in keys {
            guard let indicator = definitions.catalog.indicator(id: key.indicator), !indicator.isBaseFigure,
                let figures = byKey[key]
            else { continue }
            let own = figures.filter { $0.region == municipality.id }
            let average = averagesByKey[key] ?? []
            let others = Dictionary(grouping: figures.filter { $0.region != municipality.id }, by: \.region)
            let comparisonCount = others.values.filter { $0.count >= 2 }.count + (average.count >= 2 ? 1 : 0)
            guard own.count >= 2, comparisonCount > 0 else { continue }
            let years = Array(Set(figures.map(\.year) + average.map(\.year))).sorted()
            func values(_ list: [SeriesFigure]) -> [Double?] {
                years.map { year in list.first { $0.year == year }?.value }
            }
            var lines = [ComparisonLine(name: municipality.name, role: .municipality, values: values(own))]
            if average.count >= 2 {
                let label = average.compactMap(\.label).first ?? network.averageLabel
                lines.append(
                    ComparisonLine(
                        name: label, role: .average, values: years.map { year in average.first { $0.year == year }?.value },
                        note: "publisert"))
            }
            let comparisons = others.filter { $0.value.count >= 2 }.sorted { lhs, rhs in
                let (a, b) = (definitions.regions.region(id: lhs.key), definitions.regions.region(id: rhs.key))
                // Municipalities first, then groups and the country, as the published charts order them.
                return (a?.kind == .municipality ? 0 : 1, a?.name ?? lhs.key, lhs.key) < (
                    b?.kind == .municipality ? 0 : 1, b?.name ?? rhs.key, rhs.key
                )
            }
            for (region, list) in comparisons {
                lines.append(
                    ComparisonLine(name: definitions.regions.region(id: region)?.name ?? region, role: .comparison, values: values(list)))
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
