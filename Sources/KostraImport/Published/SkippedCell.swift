/// A cell of a file that was read but not stored, with the reason, so that an import says
/// what it left out instead of dropping it silently (`kostra import --skipped FILE` lists them).
public struct SkippedCell: Sendable, Hashable {
    /// Where the cell is: `line 4, column 3 (2024)`, or the table's codes (`region=1103, Tid=2024`).
    public var place: String
    /// Why it was not stored, worded the same for every cell skipped for that reason
    /// (the import counts cells by it).
    public var reason: String

    public init(place: String, reason: String) {
        self.place = place
        self.reason = reason
    }
}
