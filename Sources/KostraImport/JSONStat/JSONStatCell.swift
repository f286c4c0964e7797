/// One cell of a dataset as `forEachCell` hands it out: where it is, its value and its status.
///
/// The struct is reused from cell to cell, so walking millions of cells
/// allocates nothing unless the caller keeps a cell.
public struct JSONStatCell: Sendable, Hashable {
    /// The cell's position in the flat, row-major value array.
    public var flatIndex: Int
    /// The category position in each dimension, in the dataset's dimension order.
    public var positions: [Int]
    /// The figure, or `nil` when the cell has none.
    public var value: Double?
    /// The publisher's status for the cell, if any.
    public var status: JSONStatStatus?

    /// Creates a cell from its parts.
    public init(flatIndex: Int, positions: [Int], value: Double?, status: JSONStatStatus?) {
        self.flatIndex = flatIndex
        self.positions = positions
        self.value = value
        self.status = status
    }

    /// Whether the cell has neither a value nor a status: simply not there.
    public var isMissing: Bool { value == nil && status == nil }
}
