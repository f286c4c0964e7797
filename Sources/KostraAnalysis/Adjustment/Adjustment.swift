/// How a kroner series is adjusted before it is shown (methodology §6).
public enum Adjustment: Sendable, Hashable, Codable {
    /// Nominal kroner, as published.
    case none
    /// Deflated to the prices of `baseYear`: nominal × D_base / D_year.
    case deflate(baseYear: Int)
    /// Divided by the sector's cost index of the same year.
    case need
    /// Deflated, then divided by the cost index of the same year (the Bærum 2025 "(B)" series).
    case both(baseYear: Int)

    /// Whether a price index is needed.
    public var deflates: Bool {
        switch self {
        case .deflate, .both: true
        case .none, .need: false
        }
    }

    /// Whether a cost index is needed.
    public var adjustsForNeed: Bool {
        switch self {
        case .need, .both: true
        case .none, .deflate: false
        }
    }

    /// The year whose prices figures are shown in, when deflating.
    public var baseYear: Int? {
        switch self {
        case let .deflate(baseYear), let .both(baseYear): baseYear
        case .none, .need: nil
        }
    }

    /// The Norwegian caption for output, e.g. `"Faste 2024-kroner (kommunal deflator)"`.
    ///
    /// - Parameter priceIndexName: the price index used, so a CPI-deflated series says so.
    public func norwegianDescription(priceIndexName: String = "kommunal deflator") -> String {
        switch self {
        case .none: "Løpende kroner"
        case let .deflate(baseYear): "Faste \(baseYear)-kroner (\(priceIndexName))"
        case .need: "Justert for utgiftsbehov"
        case let .both(baseYear): "Faste \(baseYear)-kroner (\(priceIndexName)), justert for utgiftsbehov"
        }
    }
}
