/// The nearest neighbours of a municipality, with everything needed to explain each distance.
public struct PeerSearchResult: Sendable, Hashable, ExplainableResult {
    /// One variable's value for one municipality: raw and standardised.
    public struct VariableValue: Sendable, Hashable {
        public var variable: String
        public var raw: Double
        /// (raw − mean) / population SD over the candidates with data; `nil` for an ignored variable.
        public var zScore: Double?
    }

    /// One neighbour.
    public struct Neighbour: Sendable, Hashable {
        /// 1 for the nearest.
        public var rank: Int
        public var region: String
        public var name: String?
        /// Distance rebased so the farthest candidate from the target is 1.
        public var distance: Double
        /// The weighted Euclidean distance before rebasing.
        public var rawDistance: Double
        /// The variables in the order chosen.
        public var values: [VariableValue]
    }

    /// The spread of one variable over the candidates with data.
    public struct VariableStatistics: Sendable, Hashable {
        public var variable: PeerVariable
        public var mean: Double
        /// Population standard deviation (divided by n, not n − 1).
        public var standardDeviation: Double
    }

    /// A candidate left out, and why (Norwegian, for output).
    public struct Excluded: Sendable, Hashable {
        public var region: String
        public var name: String?
        public var reason: String
    }

    /// The municipality whose neighbours these are.
    public let target: String
    public let targetName: String?
    /// The target's own values and z-scores.
    public let targetValues: [VariableValue]
    /// The nearest candidates, nearest first (ties broken by region code).
    public let neighbours: [Neighbour]
    /// Candidates missing a chosen variable (or with a non-finite value).
    public let excluded: [Excluded]
    /// Variables with zero spread over the candidates: reported, and left out of the distance.
    public let ignoredVariables: [PeerVariable]
    /// Mean and SD of every variable used in the distance.
    public let statistics: [VariableStatistics]
    /// The candidate farthest from the target, whose raw distance is the rebasing unit.
    public let farthestRegion: String
    /// That candidate's name, when known.
    public let farthestName: String?
    /// The farthest raw distance (the rebasing unit).
    public let farthestRawDistance: Double
    /// Candidates used in the standardisation, target included.
    public let candidatesWithData: Int

    /// The method in words (Norwegian).
    public var method: String {
        let variables = statistics.map { stat in
            stat.variable.weight == 1
                ? stat.variable.label
                : "\(stat.variable.label) (vekt \(NumberText.number(stat.variable.weight, decimals: 2)))"
        }.joined(separator: ", ")
        var text =
            "Nærmeste naboer til \(targetName ?? target): hver variabel er standardisert som z = (verdi − gjennomsnitt) / "
            + "standardavvik, med gjennomsnitt og populasjonsstandardavvik over de \(candidatesWithData) kandidatene med data "
            + "(\(targetName ?? target) medregnet). Avstand = kvadratroten av summen av vekt × (z for \(targetName ?? target) − z for "
            + "kandidaten)² (vektet euklidsk avstand), skalert slik at kandidaten lengst unna (\(farthestName ?? farthestRegion)) har avstand 1, "
            + "som i CIPFAs nearest neighbour-modell. Variabler: \(variables)."
        if !ignoredVariables.isEmpty {
            text += " Uten spredning og derfor utelatt: \(ignoredVariables.map(\.label).joined(separator: ", "))."
        }
        return text
    }

    public var explanation: AnalysisExplanation {
        var inputs: [AnalysisExplanation.Input] = targetValues.map {
            .init(label: $0.variable, region: target, value: $0.raw)
        }
        for neighbour in neighbours {
            inputs += neighbour.values.map { .init(label: $0.variable, region: neighbour.region, value: $0.raw) }
        }
        let notes = excluded.map { "\($0.name ?? $0.region) er utelatt: \($0.reason)." }
        return AnalysisExplanation(method: method, inputs: inputs, notes: notes)
    }
}
