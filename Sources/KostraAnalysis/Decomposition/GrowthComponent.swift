/// The parts a change in total social-assistance payout is split into.
public enum GrowthComponent: String, Sendable, Hashable, Codable, CaseIterable {
    /// Number of recipients, N.
    case recipients
    /// Months of support per recipient, M (the duration effect).
    case monthsPerRecipient
    /// Payout per month of support, P (the level of support).
    case payoutPerMonth
    /// The combination (interaction) effect: what the three growths give together beyond their sum.
    case combination
    /// Total payout, T = N × M × P.
    case total

    /// The label a Norwegian reader sees.
    public var norwegianLabel: String {
        switch self {
        case .recipients: "Antall mottakere"
        case .monthsPerRecipient: "Stønadsmåneder per mottaker"
        case .payoutPerMonth: "Utbetaling per stønadsmåned"
        case .combination: "Kombinasjonseffekt"
        case .total: "Samlet utbetaling"
        }
    }
}
