/// Finds a municipality's nearest neighbours on standardised structural variables.
///
/// Each variable is turned into z-scores over the candidates that have every chosen
/// variable (target included), using the population standard deviation. A variable
/// whose spread is zero cannot separate anyone; it is reported in
/// ``PeerSearchResult/ignoredVariables`` and left out. The distance from the target to
/// candidate k is sqrt(Σ w_v (z_target,v − z_k,v)²), then divided by the largest such
/// distance so the farthest candidate has distance 1, as the CIPFA nearest-neighbour
/// model reports it. Rebasing keeps the order and makes distances comparable between
/// searches with different variable sets.
public struct PeerFinder: Sendable, Hashable {
    /// The variables, in the order they are reported.
    public let variables: [PeerVariable]

    /// Relative size below which a standard deviation counts as zero: the mean of equal values
    /// is not always exactly that value in floating point.
    public static let zeroSpreadTolerance = 1e-12

    /// - Throws: ``PeerError`` for no variables, a repeated variable, a negative or non-finite
    ///   weight, or all weights zero.
    public init(variables: [PeerVariable]) throws(PeerError) {
        guard !variables.isEmpty else { throw .noVariables }
        var seen: Set<String> = []
        for variable in variables {
            guard seen.insert(variable.name).inserted else { throw .duplicateVariable(variable.name) }
            guard variable.weight.isFinite, variable.weight >= 0 else {
                throw .invalidWeight(variable: variable.name, weight: variable.weight)
            }
        }
        guard variables.contains(where: { $0.weight > 0 }) else { throw .allWeightsZero }
        self.variables = variables
    }

    /// The `count` candidates nearest to `target`.
    ///
    /// `candidates` must include the target itself; it takes part in the standardisation
    /// but is never its own neighbour. Fewer than `count` neighbours are returned when
    /// fewer candidates have data.
    /// - Throws: ``PeerError`` when the target is absent or lacks a variable, a candidate
    ///   repeats, fewer than two candidates have data, or no variable has spread.
    public func nearest(to target: String, among candidates: [PeerCandidate], count: Int = 10) throws(PeerError) -> PeerSearchResult {
        guard count >= 1 else { throw .invalidCount(count) }
        var seen: Set<String> = []
        for candidate in candidates {
            guard seen.insert(candidate.region).inserted else { throw .duplicateCandidate(candidate.region) }
        }
        guard let targetCandidate = candidates.first(where: { $0.region == target }) else {
            throw .targetNotAmongCandidates(target)
        }
        for variable in variables where !(targetCandidate.values[variable.name]?.isFinite ?? false) {
            throw .targetMissingVariable(target: target, variable: variable.name)
        }

        var usable: [PeerCandidate] = []
        var excluded: [PeerSearchResult.Excluded] = []
        for candidate in candidates {
            let missing = variables.filter { candidate.values[$0.name] == nil }.map(\.label)
            let nonFinite = variables.filter { candidate.values[$0.name].map { !$0.isFinite } ?? false }.map(\.label)
            if !missing.isEmpty {
                excluded.append(
                    .init(
                        region: candidate.region, name: candidate.name,
                        reason: "mangler " + missing.joined(separator: ", ")))
            } else if !nonFinite.isEmpty {
                excluded.append(
                    .init(
                        region: candidate.region, name: candidate.name,
                        reason: "ugyldig tall for " + nonFinite.joined(separator: ", ")))
            } else {
                usable.append(candidate)
            }
        }
        guard usable.count >= 2 else { throw .tooFewCandidates(target: target, withData: usable.count) }

        // Mean and population SD per variable over the usable candidates.
        var statistics: [PeerSearchResult.VariableStatistics] = []
        var ignored: [PeerVariable] = []
        for variable in variables {
            let values = usable.map { $0.values[variable.name] ?? 0 }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
            let sd = variance.squareRoot()
            if sd <= Self.zeroSpreadTolerance * max(1, abs(mean)) {
                ignored.append(variable)
            } else {
                statistics.append(.init(variable: variable, mean: mean, standardDeviation: sd))
            }
        }
        guard statistics.contains(where: { $0.variable.weight > 0 }) else {
            throw .noVariableWithSpread(ignored: ignored.map(\.name))
        }
        let statsByName = Dictionary(uniqueKeysWithValues: statistics.map { ($0.variable.name, $0) })

        func values(of candidate: PeerCandidate) -> [PeerSearchResult.VariableValue] {
            variables.map { variable in
                let raw = candidate.values[variable.name] ?? 0
                let z = statsByName[variable.name].map { (raw - $0.mean) / $0.standardDeviation }
                return .init(variable: variable.name, raw: raw, zScore: z)
            }
        }
        let targetValues = values(of: targetCandidate)
        let targetZ = Dictionary(uniqueKeysWithValues: targetValues.compactMap { value in value.zScore.map { (value.variable, $0) } })

        var scored: [(candidate: PeerCandidate, values: [PeerSearchResult.VariableValue], raw: Double)] = []
        for candidate in usable where candidate.region != target {
            let candidateValues = values(of: candidate)
            var sum = 0.0
            for value in candidateValues {
                guard let z = value.zScore, let stat = statsByName[value.variable], let zTarget = targetZ[value.variable] else {
                    continue
                }
                sum += stat.variable.weight * (zTarget - z) * (zTarget - z)
            }
            scored.append((candidate, candidateValues, sum.squareRoot()))
        }
        scored.sort { $0.raw != $1.raw ? $0.raw < $1.raw : $0.candidate.region < $1.candidate.region }
        guard let farthest = scored.last, farthest.raw > 0 else { throw .allCandidatesIdentical(target: target) }

        let neighbours = scored.prefix(count).enumerated().map { offset, item in
            PeerSearchResult.Neighbour(
                rank: offset + 1, region: item.candidate.region, name: item.candidate.name,
                distance: item.raw / farthest.raw, rawDistance: item.raw, values: item.values)
        }
        return PeerSearchResult(
            target: target, targetName: targetCandidate.name, targetValues: targetValues, neighbours: neighbours,
            excluded: excluded, ignoredVariables: ignored, statistics: statistics,
            farthestRegion: farthest.candidate.region, farthestName: farthest.candidate.name,
            farthestRawDistance: farthest.raw, candidatesWithData: usable.count)
    }
}
