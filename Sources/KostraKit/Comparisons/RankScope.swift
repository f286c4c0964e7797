/// Among which municipalities an indicator is ranked.
public enum RankScope: Sendable, Hashable {
    /// A network's members in the year (default ASSS).
    case network(String)
    /// Every municipality of the year; those with figures are ranked, the others counted.
    case national
}
