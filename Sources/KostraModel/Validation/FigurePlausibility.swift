/// What the catalogue allows a figure to be, as data in `indicators.json` (`plausibility`):
/// the statistics years any figure may have, and the lowest and highest value per unit.
public struct FigurePlausibility: Sendable, Codable, Hashable {
    /// The lowest and highest value a unit allows; `nil` ends are open.
    public struct Bounds: Sendable, Codable, Hashable {
        public var minimum: Double?
        public var maximum: Double?

        public init(minimum: Double? = nil, maximum: Double? = nil) {
            self.minimum = minimum
            self.maximum = maximum
        }

        /// Whether `value` lies within the bounds.
        public func contains(_ value: Double) -> Bool {
            (minimum.map { value >= $0 } ?? true) && (maximum.map { value <= $0 } ?? true)
        }

        /// `0–100` or `at least 0`, for messages.
        public var description: String {
            switch (minimum, maximum) {
            case let (low?, high?): "\(Self.plain(low))–\(Self.plain(high))"
            case let (low?, nil): "at least \(Self.plain(low))"
            case let (nil, high?): "at most \(Self.plain(high))"
            case (nil, nil): "any value"
            }
        }

        static func plain(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
    }

    /// The statistics years figures may have.
    public struct Years: Sendable, Codable, Hashable {
        /// The first year any table the catalogue reads publishes.
        public var from: Int
        /// How many years after the current calendar year a figure may be for (budgets are not
        /// figures; a statistics year cannot lie further ahead than the next one).
        public var aheadOfToday: Int

        public init(from: Int, aheadOfToday: Int) {
            self.from = from
            self.aheadOfToday = aheadOfToday
        }
    }

    public var years: Years?
    /// Bounds by unit (`percent`, `count`, `kroner`, …).
    public var units: [String: Bounds]
    /// Where the bounds come from, for readers of the data file.
    public var source: String?

    public init(years: Years? = nil, units: [String: Bounds] = [:], source: String? = nil) {
        self.years = years
        self.units = units
        self.source = source
    }

    /// The bounds of a unit, if the catalogue gives any.
    public func bounds(for unit: IndicatorUnit) -> Bounds? { units[unit.rawValue] }
}
