/// How a network's published figures are named where a region would stand, as in the
/// long CSV's `region` column: `Snitt ASSS` (or any name of the network, such as `ASSS
/// med Oslo`) for the average, `Høyest ASSS` and `Lavest ASSS` for the extremes.
extension Network {
    /// The name of one of the network's published figures.
    /// - Parameter label: the label the figure was printed under; kept for an average when it names this network.
    public func figureName(_ statistic: AggregateStatistic, label: String? = nil) -> String {
        switch statistic {
        case .average:
            if let label, isNamed(label) { return label }
            return averageLabel
        case .highest: return "Høyest \(name)"
        case .lowest: return "Lavest \(name)"
        }
    }
}

extension Definitions {
    /// The network and statistic a name from ``Network/figureName(_:label:)`` stands for, if any.
    public func networkFigure(named text: String) -> (network: Network, statistic: AggregateStatistic)? {
        if let network = networks.first(where: { $0.isNamed(text) }) { return (network, .average) }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { return nil }
        let statistics: [String: AggregateStatistic] = [
            "hoyest": .highest, "highest": .highest, "lavest": .lowest, "lowest": .lowest, "snitt": .average,
            "average": .average,
        ]
        guard let statistic = statistics[NameFolding.key(words[0])],
            let network = networks.first(where: { $0.isNamed(words[1]) })
        else { return nil }
        return (network, statistic)
    }
}
