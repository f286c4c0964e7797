/// The special meaning JSON-stat gives a dimension through the dataset's `role` member.
///
/// Reports need to know which dimension is time, which is the region and which
/// holds the statistical variables without guessing from SSB's dimension names.
public enum JSONStatRole: String, Sendable, Hashable, CaseIterable {
    /// The dimension holds periods (`Tid` at SSB).
    case time
    /// The dimension holds places (`KOKkommuneregion0000`, `Region`).
    case geo
    /// The dimension holds the statistical variables (`ContentsCode`).
    case metric
}
