/// One figure: an indicator's value for a region and year, or SSB's symbol for why there is none.
public struct Observation: Sendable, Codable, Hashable {
    public var indicator: IndicatorID
    public var region: RegionID
    public var year: Int
    public var basis: PriceBasis
    /// The value, or `nil` when `status` says why there is none. Missing is never zero.
    public var value: Double?
    /// The numerator behind a ratio, where known (lets averages be weighted).
    public var numerator: Double?
    /// The denominator behind a ratio, where known.
    public var denominator: Double?
    public var status: StatusSymbol?
    /// Where the figure came from; set when read from the store.
    public var source: DataSource?

    public init(
        indicator: IndicatorID, region: RegionID, year: Int, basis: PriceBasis = .nominal, value: Double?,
        numerator: Double? = nil, denominator: Double? = nil, status: StatusSymbol? = nil, source: DataSource? = nil
    ) {
        self.indicator = indicator
        self.region = region
        self.year = year
        self.basis = basis
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.status = status
        self.source = source
    }

    /// The key under which the store keeps at most one figure.
    public var key: ObservationKey { ObservationKey(indicator: indicator, region: region, year: year, basis: basis) }
}

/// The identity of a figure: at most one is stored per key.
public struct ObservationKey: Sendable, Hashable, Codable {
    public var indicator: IndicatorID
    public var region: RegionID
    public var year: Int
    public var basis: PriceBasis

    public init(indicator: IndicatorID, region: RegionID, year: Int, basis: PriceBasis = .nominal) {
        self.indicator = indicator
        self.region = region
        self.year = year
        self.basis = basis
    }
}
