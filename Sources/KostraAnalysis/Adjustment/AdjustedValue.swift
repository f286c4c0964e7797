import KostraModel

/// A figure after adjustment, with everything used to get there.
public struct AdjustedValue: Sendable, Hashable, ExplainableResult {
    /// The deflation step.
    public struct Deflation: Sendable, Hashable {
        public var indexName: String
        public var baseYear: Int
        /// D_base.
        public var baseLevel: Double
        /// D_year.
        public var yearLevel: Double
    }

    /// The need step.
    public struct NeedAdjustment: Sendable, Hashable {
        public var region: String
        public var sector: String
        public var costIndex: Double
    }

    /// The figure as published (kroner of ``year``).
    public let nominal: Double
    public let year: Int
    public let adjustment: Adjustment
    /// The adjusted figure.
    public let value: Double
    /// The Norwegian caption, e.g. `"Faste 2024-kroner (kommunal deflator)"`.
    public let description: String
    /// The deflation used, if any.
    public let deflation: Deflation?
    /// The need adjustment used, if any.
    public let needAdjustment: NeedAdjustment?

    /// The method in words (Norwegian).
    public var method: String {
        var steps: [String] = []
        if let deflation {
            steps.append(
                "Omregnet til \(deflation.baseYear)-priser med \(deflation.indexName): verdi × D\(deflation.baseYear) / "
                    + "D\(year) = verdi × \(NumberText.number(deflation.baseLevel, decimals: 3)) / "
                    + "\(NumberText.number(deflation.yearLevel, decimals: 3)).")
        }
        if let needAdjustment {
            steps.append(
                "Delt på kostnadsindeksen (\(needAdjustment.sector)) for \(year): "
                    + "\(NumberText.number(needAdjustment.costIndex, decimals: 4)) (landsgjennomsnitt 1,00).")
        }
        if steps.isEmpty { steps.append("Ingen justering: løpende kroner som publisert.") }
        return description + ". " + steps.joined(separator: " ")
    }

    public var explanation: AnalysisExplanation {
        var inputs: [AnalysisExplanation.Input] = [
            .init(label: "Nominell verdi", region: needAdjustment?.region, year: year, value: nominal, unit: .kroner)
        ]
        if let deflation {
            inputs.append(.init(label: "\(deflation.indexName), indeks", year: deflation.baseYear, value: deflation.baseLevel, unit: .index))
            inputs.append(.init(label: "\(deflation.indexName), indeks", year: year, value: deflation.yearLevel, unit: .index))
        }
        if let needAdjustment {
            inputs.append(
                .init(
                    label: "Kostnadsindeks (\(needAdjustment.sector))", region: needAdjustment.region, year: year,
                    value: needAdjustment.costIndex, unit: .index))
        }
        return AnalysisExplanation(method: method, inputs: inputs)
    }
}
