public import KostraModel

/// Ranks regions by an indicator's figures in a year.
///
/// Rank 1 is the best in the indicator's polarity, or the highest value where it has none.
/// Figures equal at the decimals the reader sees share a place and the next place is skipped
/// (competition ranking, "1, 2, 2, 4"): two figures printed alike cannot be told apart, so
/// ranking them apart would claim a difference nobody can see. Regions without a figure are
/// not ranked, never read as zero, and are listed as missing.
public enum Ranker {
    /// The ranking of `regions` by their figures.
    ///
    /// - Parameters:
    ///   - scope: what the regions are, for readers (`ASSS`, `landet`).
    ///   - figures: the regions' figures for the indicator and year (others are ignored).
    public static func rank(
        _ indicator: Indicator, year: Int, over regions: [RegionID], figures: [RegionID: Observation], scope: String = ""
    ) -> Ranking {
        let order = RankOrder(indicator.polarity)
        var seen: Set<RegionID> = []
        let unique = regions.filter { seen.insert($0).inserted }
        let withValue = unique.compactMap { region -> (region: RegionID, value: Double, shown: Double)? in
            guard let value = figures[region]?.value, value.isFinite else { return nil }
            return (region, value, NorwegianNumberFormat.round(value, decimals: indicator.decimals))
        }
        let missing = unique.filter { region in !withValue.contains { $0.region == region } }
        // Stable for equal figures: they keep the order the regions were given in.
        let sorted = withValue.enumerated().sorted { lhs, rhs in
            if lhs.element.shown != rhs.element.shown {
                return order == .lowerIsBetter ? lhs.element.shown < rhs.element.shown : lhs.element.shown > rhs.element.shown
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        var entries: [RankEntry] = []
        for (offset, figure) in sorted.enumerated() {
            let rank = offset > 0 && sorted[offset - 1].shown == figure.shown ? entries[offset - 1].rank : offset + 1
            entries.append(RankEntry(region: figure.region, value: figure.value, rank: rank))
        }
        var statuses: [RegionID: StatusSymbol] = [:]
        for region in missing { statuses[region] = figures[region]?.status }
        return Ranking(
            indicator: indicator, year: year, scope: scope, order: order, entries: entries, missing: missing, missingStatuses: statuses)
    }
}
