import KostraModel

/// Relative efficiency against a network (ASSS), as in the ASSS production analyses.
///
/// efficiency = (production / network production) / (expenditure / network expenditure).
/// Production is an index of objective service indicators; expenditure is gross
/// expenditure corrected for need, pensions and employer tax (SØF report 06/11). This
/// type only combines the two relative figures; it does not build the production index.
/// A value of 1,150 reads "15,0 % more production per krone than the network".
public struct RelativeEfficiency: Sendable, Hashable, ExplainableResult {
    /// The absolute figures, when the efficiency was formed from them.
    public struct AbsoluteInputs: Sendable, Hashable {
        public var production: Double
        public var networkProduction: Double
        public var expenditure: Double
        public var networkExpenditure: Double
    }

    /// The municipality (name or code).
    public let region: String
    /// The network compared with, e.g. `"ASSS"`.
    public let networkName: String
    /// production / network production (1,125 for 12,5 % above).
    public let relativeProduction: Double
    /// expenditure / network expenditure (0,978 for 2,2 % below).
    public let relativeExpenditure: Double
    /// relativeProduction / relativeExpenditure.
    public let value: Double
    /// The absolute inputs, if given.
    public let absoluteInputs: AbsoluteInputs?

    /// From absolute production and expenditure of the municipality and the network.
    ///
    /// - Throws: ``EfficiencyError`` for non-finite inputs, negative production, or a network
    ///   figure or expenditure that is not above zero.
    public init(
        region: String, networkName: String,
        production: Double, networkProduction: Double, expenditure: Double, networkExpenditure: Double
    ) throws(EfficiencyError) {
        for (name, value) in [
            ("production", production), ("network production", networkProduction),
            ("expenditure", expenditure), ("network expenditure", networkExpenditure),
        ] {
            guard value.isFinite else { throw .nonFiniteInput(region: region, input: name) }
        }
        guard production >= 0 else { throw .negativeProduction(region: region, value: production) }
        guard networkProduction > 0 else {
            throw .nonPositiveInput(region: region, input: "network production", value: networkProduction)
        }
        guard expenditure > 0 else { throw .nonPositiveInput(region: region, input: "expenditure", value: expenditure) }
        guard networkExpenditure > 0 else {
            throw .nonPositiveInput(region: region, input: "network expenditure", value: networkExpenditure)
        }
        let relativeProduction = production / networkProduction
        let relativeExpenditure = expenditure / networkExpenditure
        try Self.validate(region: region, relativeProduction: relativeProduction, relativeExpenditure: relativeExpenditure)
        self.init(
            checkedRegion: region, networkName: networkName,
            relativeProduction: relativeProduction, relativeExpenditure: relativeExpenditure,
            absoluteInputs: AbsoluteInputs(
                production: production, networkProduction: networkProduction,
                expenditure: expenditure, networkExpenditure: networkExpenditure))
    }

    /// From production and expenditure relative to the network (1,125 and 0,978).
    ///
    /// - Throws: ``EfficiencyError`` for non-finite inputs, negative production or expenditure not above zero.
    public init(region: String, networkName: String, relativeProduction: Double, relativeExpenditure: Double) throws(EfficiencyError) {
        try Self.validate(region: region, relativeProduction: relativeProduction, relativeExpenditure: relativeExpenditure)
        self.init(
            checkedRegion: region, networkName: networkName,
            relativeProduction: relativeProduction, relativeExpenditure: relativeExpenditure, absoluteInputs: nil)
    }

    /// From percentages above (positive) or below (negative) the network: 12,5 and −2,2.
    ///
    /// - Throws: ``EfficiencyError/percentOutOfRange(region:input:percent:)`` when expenditure is
    ///   −100 % or lower or production below −100 %.
    public init(
        region: String, networkName: String, productionPercentAboveNetwork: Double, expenditurePercentAboveNetwork: Double
    ) throws(EfficiencyError) {
        guard productionPercentAboveNetwork.isFinite else { throw .nonFiniteInput(region: region, input: "production") }
        guard expenditurePercentAboveNetwork.isFinite else { throw .nonFiniteInput(region: region, input: "expenditure") }
        guard productionPercentAboveNetwork >= -100 else {
            throw .percentOutOfRange(region: region, input: "production", percent: productionPercentAboveNetwork)
        }
        guard expenditurePercentAboveNetwork > -100 else {
            throw .percentOutOfRange(region: region, input: "expenditure", percent: expenditurePercentAboveNetwork)
        }
        try self.init(
            region: region, networkName: networkName,
            relativeProduction: 1 + productionPercentAboveNetwork / 100,
            relativeExpenditure: 1 + expenditurePercentAboveNetwork / 100)
    }

    private init(
        checkedRegion region: String, networkName: String,
        relativeProduction: Double, relativeExpenditure: Double, absoluteInputs: AbsoluteInputs?
    ) {
        self.region = region
        self.networkName = networkName
        self.relativeProduction = relativeProduction
        self.relativeExpenditure = relativeExpenditure
        self.value = relativeProduction / relativeExpenditure
        self.absoluteInputs = absoluteInputs
    }

    private static func validate(
        region: String, relativeProduction: Double, relativeExpenditure: Double
    ) throws(EfficiencyError) {
        guard relativeProduction.isFinite else { throw .nonFiniteInput(region: region, input: "relative production") }
        guard relativeExpenditure.isFinite else { throw .nonFiniteInput(region: region, input: "relative expenditure") }
        guard relativeProduction >= 0 else { throw .negativeProduction(region: region, value: relativeProduction) }
        guard relativeExpenditure > 0 else {
            throw .nonPositiveInput(region: region, input: "relative expenditure", value: relativeExpenditure)
        }
    }

    /// Efficiency in percent above the network (15,0 for 1,150; negative when below).
    public var percentAboveNetwork: Double { (value - 1) * 100 }

    /// The method in words (Norwegian).
    public var method: String {
        "Relativ effektivitet = (produksjon / produksjon i \(networkName)) / (utgifter / utgifter i \(networkName)) = "
            + "\(NumberText.number(relativeProduction, decimals: 3)) / \(NumberText.number(relativeExpenditure, decimals: 3)) = "
            + "\(NumberText.number(value, decimals: 3)), dvs. \(NumberText.number(percentAboveNetwork, decimals: 1)) % "
            + (value >= 1 ? "over" : "under") + " \(networkName)."
    }

    public var explanation: AnalysisExplanation {
        var inputs: [AnalysisExplanation.Input] = []
        if let absoluteInputs {
            inputs += [
                .init(label: "Produksjon", region: region, value: absoluteInputs.production, unit: .index),
                .init(label: "Produksjon", region: networkName, value: absoluteInputs.networkProduction, unit: .index),
                .init(label: "Utgifter", region: region, value: absoluteInputs.expenditure),
                .init(label: "Utgifter", region: networkName, value: absoluteInputs.networkExpenditure),
            ]
        } else {
            inputs += [
                .init(label: "Produksjon relativt til \(networkName)", region: region, value: relativeProduction, unit: .index),
                .init(label: "Utgifter relativt til \(networkName)", region: region, value: relativeExpenditure, unit: .index),
            ]
        }
        return AnalysisExplanation(method: method, inputs: inputs)
    }

    /// This result beside a published efficiency given in percent above the network (e.g. 44 with 0 decimals).
    public func compared(
        withPublishedPercentAbove published: Double, publishedDecimals: Int = 0, source: String
    ) throws(EfficiencyError) -> PublishedFigureComparison {
        try PublishedFigureComparison(
            label: "Effektivitet, prosent over \(networkName)", region: region,
            computed: percentAboveNetwork, published: published, publishedDecimals: publishedDecimals,
            unit: .percent, source: source, computedExplanation: explanation)
    }
}
