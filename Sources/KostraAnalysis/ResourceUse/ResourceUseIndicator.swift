import KostraModel

/// The resource-use indicator (ressursbruksindikator, RBI) for a network, in two steps.
///
/// 1. For each member k with data: I_k = s_k · f_k / c_k, spending per inhabitant
///    (net operating expenditure less depreciation) times the employer-tax/pension
///    correction, over the sector's cost index. Dividing by c_k turns spending into
///    spending per unit of calculated need; the national need per inhabitant is a
///    common factor and cancels in step 2, so it is not needed.
/// 2. RBI_k = I_k / Ī, where Ī is the **unweighted** mean of I over the members with
///    data (an `*` indicator in the service profile). The network mean of RBI is
///    therefore exactly 1 (1,000 as published).
///
/// The correction factor defaults to 1. KS corrects for employer tax and pension, but
/// the exact formula is not in public text (methodology §5): supply f_k if you have
/// it; the method text says whether any correction was used.
public struct ResourceUseIndicator: Sendable, Hashable, ExplainableResult {
    /// A member that contributed to the network mean.
    public struct Member: Sendable, Hashable {
        public var region: String
        /// s_k.
        public var spendingPerInhabitant: Double
        /// c_k.
        public var costIndex: Double
        /// f_k.
        public var correctionFactor: Double
        /// I_k = s_k · f_k / c_k.
        public var needAdjustedSpending: Double
        /// RBI_k = I_k / Ī.
        public var indicator: Double
    }

    /// A member left out, and why (Norwegian, for output).
    public struct Lacking: Sendable, Hashable {
        public var region: String
        public var reason: String
    }

    /// Members with data, in the order given.
    public let members: [Member]
    /// Members without spending or cost index, in the order given.
    public let lackingData: [Lacking]
    /// Ī: the unweighted mean of I_k over ``members``.
    public let networkMeanNeedAdjustedSpending: Double
    /// The network's name, for output (e.g. `"ASSS"`).
    public let networkName: String

    /// Computes RBI for every member with data.
    ///
    /// - Throws: ``ResourceUseError`` for a cost index or correction factor ≤ 0, negative or
    ///   non-finite spending, a repeated member, or when no member has data.
    public init(networkName: String, members inputs: [ResourceUseInput]) throws(ResourceUseError) {
        var seen: Set<String> = []
        var partial: [(input: ResourceUseInput, spending: Double, costIndex: Double, value: Double)] = []
        var lacking: [Lacking] = []
        for input in inputs {
            let region = input.region
            guard seen.insert(region).inserted else { throw .duplicateRegion(region) }
            guard input.correctionFactor.isFinite else { throw .nonFiniteInput(region: region, input: "correction factor") }
            guard input.correctionFactor > 0 else {
                throw .nonPositiveCorrectionFactor(region: region, value: input.correctionFactor)
            }
            if let costIndex = input.costIndex {
                guard costIndex.isFinite else { throw .nonFiniteInput(region: region, input: "cost index") }
                guard costIndex > 0 else { throw .nonPositiveCostIndex(region: region, value: costIndex) }
            }
            if let spending = input.spendingPerInhabitant {
                guard spending.isFinite else { throw .nonFiniteInput(region: region, input: "spending per inhabitant") }
                guard spending >= 0 else { throw .negativeSpending(region: region, value: spending) }
            }
            switch (input.spendingPerInhabitant, input.costIndex) {
            case let (spending?, costIndex?):
                partial.append((input, spending, costIndex, spending * input.correctionFactor / costIndex))
            case (nil, nil):
                lacking.append(Lacking(region: region, reason: "mangler utgifter per innbygger og kostnadsindeks"))
            case (nil, _):
                lacking.append(Lacking(region: region, reason: "mangler utgifter per innbygger"))
            case (_, nil):
                lacking.append(Lacking(region: region, reason: "mangler kostnadsindeks"))
            }
        }
        guard !partial.isEmpty else { throw .noMembersWithData(missing: lacking.map(\.region)) }
        let mean = partial.map(\.value).reduce(0, +) / Double(partial.count)
        guard mean > 0 else { throw .zeroNetworkMean }

        self.networkName = networkName
        self.networkMeanNeedAdjustedSpending = mean
        self.lackingData = lacking
        self.members = partial.map { item in
            Member(
                region: item.input.region, spendingPerInhabitant: item.spending, costIndex: item.costIndex,
                correctionFactor: item.input.correctionFactor, needAdjustedSpending: item.value,
                indicator: item.value / mean)
        }
    }

    /// The member's result, or `nil` when the region lacks data or is not in the network.
    public func member(_ region: String) -> Member? {
        members.first { $0.region == region }
    }

    /// The highest RBI among the members with data (the profile's "høyest" includes the municipality itself).
    public var highest: Member? { members.max { $0.indicator < $1.indicator } }
    /// The lowest RBI among the members with data.
    public var lowest: Member? { members.min { $0.indicator < $1.indicator } }

    /// Whether any member's spending was corrected for employer tax and pension.
    public var usesCorrection: Bool { members.contains { $0.correctionFactor != 1 } }

    /// The method in words (Norwegian).
    public var method: String {
        let correction =
            usesCorrection
            ? "ganget med oppgitt korreksjonsfaktor for arbeidsgiveravgift og pensjon, "
            : "uten korreksjon for arbeidsgiveravgift og pensjon (faktor 1; KS' formel er ikke offentlig), "
        return "Ressursbruksindikator: netto driftsutgifter minus avskrivninger per innbygger, " + correction
            + "delt på sektorens kostnadsindeks (landsgjennomsnitt 1,00). Dette tallet er deretter delt på uvektet "
            + "gjennomsnitt i \(networkName) over \(NorwegianCount.municipalities(members.count)) med data, slik at gjennomsnittet i nettverket er 1,000."
    }

    public var explanation: AnalysisExplanation {
        var inputs: [AnalysisExplanation.Input] = []
        for member in members {
            inputs.append(
                .init(
                    label: "Netto driftsutgifter minus avskrivninger per innbygger", region: member.region,
                    value: member.spendingPerInhabitant, unit: .kroner))
            inputs.append(.init(label: "Kostnadsindeks", region: member.region, value: member.costIndex, unit: .index))
            if usesCorrection {
                inputs.append(
                    .init(
                        label: "Korreksjonsfaktor arbeidsgiveravgift/pensjon", region: member.region,
                        value: member.correctionFactor, unit: .index))
            }
        }
        let notes = lackingData.map { "\($0.region) er ikke med i gjennomsnittet: \($0.reason)." }
        return AnalysisExplanation(method: method, inputs: inputs, notes: notes)
    }
}
