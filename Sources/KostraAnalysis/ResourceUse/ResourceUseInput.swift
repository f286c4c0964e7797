/// One network member's inputs to the resource-use indicator.
///
/// Spending and cost index are optional: a member without them is listed as
/// lacking data, never counted as zero.
public struct ResourceUseInput: Sendable, Hashable, Codable {
    /// The municipality (name or code).
    public var region: String
    /// s_k: net operating expenditure less depreciation, per inhabitant (kr). Any unit works
    /// if every member uses the same, since RBI is relative to the network.
    public var spendingPerInhabitant: Double?
    /// c_k: the sector's expenditure-need (cost) index, national average 1,00.
    public var costIndex: Double?
    /// f_k: correction for employer tax and pension costs, multiplying spending; 1 means none.
    ///
    /// KS corrects for these, but the exact formula is not published (methodology §5), so the
    /// factor is an input the analyst supplies and the output states whether one was used.
    public var correctionFactor: Double

    public init(region: String, spendingPerInhabitant: Double?, costIndex: Double?, correctionFactor: Double = 1) {
        self.region = region
        self.spendingPerInhabitant = spendingPerInhabitant
        self.costIndex = costIndex
        self.correctionFactor = correctionFactor
    }

    /// Forms spending per inhabitant from accounts: (net operating expenditure − depreciation) / inhabitants.
    ///
    /// Expenditure and depreciation must be in the same unit (kr or 1000 kr) for every member.
    /// - Throws: ``ResourceUseError/nonPositiveInhabitants(region:value:)`` when `inhabitants` is not above zero.
    public init(
        region: String, netOperatingExpenditure: Double, depreciation: Double, inhabitants: Double,
        costIndex: Double?, correctionFactor: Double = 1
    ) throws(ResourceUseError) {
        guard netOperatingExpenditure.isFinite else {
            throw .nonFiniteInput(region: region, input: "net operating expenditure")
        }
        guard depreciation.isFinite else { throw .nonFiniteInput(region: region, input: "depreciation") }
        guard inhabitants.isFinite, inhabitants > 0 else { throw .nonPositiveInhabitants(region: region, value: inhabitants) }
        self.init(
            region: region, spendingPerInhabitant: (netOperatingExpenditure - depreciation) / inhabitants,
            costIndex: costIndex, correctionFactor: correctionFactor)
    }
}
