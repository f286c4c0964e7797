/// Which statistic of a network a published aggregate is.
public enum AggregateStatistic: String, Sendable, Codable, Hashable, CaseIterable {
    case average
    case highest
    case lowest

    public var norwegianLabel: String {
        switch self {
        case .average: "snitt"
        case .highest: "høyest"
        case .lowest: "lavest"
        }
    }
}

/// A network figure as it was printed (an average, a highest or a lowest), kept apart
/// from the figures the tool computes from members.
public struct PublishedAggregate: Sendable, Codable, Hashable {
    public var indicator: IndicatorID
    public var network: String
    public var year: Int
    public var basis: PriceBasis
    public var statistic: AggregateStatistic
    public var value: Double?
    public var status: StatusSymbol?
    /// The label the figure was printed under, e.g. `ASSS med Oslo`.
    public var label: String?
    public var source: DataSource?

    public init(
        indicator: IndicatorID, network: String, year: Int, basis: PriceBasis = .nominal,
        statistic: AggregateStatistic, value: Double?, status: StatusSymbol? = nil, label: String? = nil,
        source: DataSource? = nil
    ) {
        self.indicator = indicator
        self.network = network
        self.year = year
        self.basis = basis
        self.statistic = statistic
        self.value = value
        self.status = status
        self.label = label
        self.source = source
    }
}
