public import KostraAnalysis
import KostraModel

/// The charts of a growth decomposition, as chart values a report section embeds with `svg()`.
public enum DecompositionCharts {
    /// The municipality's waterfall: recipients, months per recipient, payout per month and the
    /// combination effect, closing on the total growth (which they add up to exactly).
    public static func waterfall(_ comparison: DecompositionComparison, sourceNote: String? = nil) -> WaterfallChart {
        let column = comparison.municipality
        let steps = [GrowthComponent.recipients, .monthsPerRecipient, .payoutPerMonth, .combination].map {
            WaterfallChart.Step(label: $0.norwegianLabel, value: column.decomposition.growth(of: $0) * 100)
        }
        return WaterfallChart(
            id: "dekomponering-\(comparison.baseYear)-\(comparison.comparisonYear)",
            title: "Vekst i utbetalt sosialhjelp i \(column.name), \(comparison.baseYear)–\(comparison.comparisonYear)",
            steps: steps, totalLabel: "Samlet vekst", total: column.decomposition.totalGrowth * 100,
            unit: .percent, decimals: 1, sourceNote: sourceNote ?? "Kilde: \(column.source)")
    }

    /// Each component's growth for every region side by side, one group per component.
    public static func bars(_ comparison: DecompositionComparison, sourceNote: String? = nil) -> BarChart {
        let components = GrowthComponent.allCases
        let series = comparison.columns.map { column in
            ChartSeries(
                name: column.name,
                role: column.role == .municipality ? .municipality : column.role == .network ? .average : .comparison,
                values: components.map { column.decomposition.growth(of: $0) * 100 })
        }
        return BarChart(
            id: "dekomponering-sammenligning-\(comparison.baseYear)-\(comparison.comparisonYear)",
            title: "Vekst i utbetalt sosialhjelp fordelt på faktorer, \(comparison.baseYear)–\(comparison.comparisonYear)",
            categories: components.map(\.norwegianLabel), series: series, unit: .percent, decimals: 1, signedValues: true,
            sourceNote: sourceNote ?? "Kilde: " + comparison.columns.map { "\($0.name): \($0.source)" }.joined(separator: "; "))
    }
}
