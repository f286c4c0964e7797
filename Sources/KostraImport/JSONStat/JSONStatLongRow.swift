/// One cell in "long" form: every dimension's code and label next to the value and status.
///
/// This is the shape `kostra inspect` prints, one row per cell, whatever the
/// table; it costs a few strings per row and is meant for display, not bulk work.
public struct JSONStatLongRow: Sendable, Hashable {
    /// The cell's position in the flat value array.
    public var flatIndex: Int
    /// The category code in each dimension, in the dataset's dimension order.
    public var codes: [String]
    /// The category label in each dimension, in the same order.
    public var labels: [String]
    /// The figure, or `nil` when the cell has none.
    public var value: Double?
    /// The publisher's status for the cell, if any.
    public var status: JSONStatStatus?

    /// Creates a row from its parts.
    public init(flatIndex: Int, codes: [String], labels: [String], value: Double?, status: JSONStatStatus?) {
        self.flatIndex = flatIndex
        self.codes = codes
        self.labels = labels
        self.value = value
        self.status = status
    }
}
