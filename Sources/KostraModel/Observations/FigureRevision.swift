public import Foundation

/// A stored figure replaced by a different one: the old value kept with its source, beside the new.
///
/// SSB publishes unrevised KOSTRA figures on 15 March and final ones on 15 June, and corrects
/// earlier years when a municipality reports an error; an analyst who wrote from the March figures
/// needs to see which changed, and by how much.
public struct FigureRevision: Sendable, Codable, Hashable {
    /// Whether a revision is the final figure replacing a preliminary one, or a correction.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// The old figure's source was marked preliminary and the new one's is not.
        case final
        /// Any other change of a stored figure.
        case correction

        /// In Norwegian, for tables.
        public var norwegianLabel: String {
            switch self {
            case .final: "foreløpig → endelig"
            case .correction: "rettet"
            }
        }
    }

    public var key: ObservationKey
    public var oldValue: Double?
    public var oldStatus: StatusSymbol?
    public var oldSource: DataSource
    public var newValue: Double?
    public var newStatus: StatusSymbol?
    public var newSource: DataSource

    public init(
        key: ObservationKey, oldValue: Double?, oldStatus: StatusSymbol?, oldSource: DataSource, newValue: Double?,
        newStatus: StatusSymbol?, newSource: DataSource
    ) {
        self.key = key
        self.oldValue = oldValue
        self.oldStatus = oldStatus
        self.oldSource = oldSource
        self.newValue = newValue
        self.newStatus = newStatus
        self.newSource = newSource
    }

    /// The new value less the old, where both are numbers.
    public var change: Double? {
        guard let oldValue, let newValue else { return nil }
        return newValue - oldValue
    }

    /// When the new figure came in: its source's fetch or import time.
    public var revisedAt: Date { newSource.retrievedAt }

    public var kind: Kind {
        oldSource.preliminary == true && newSource.preliminary != true ? .final : .correction
    }
}
