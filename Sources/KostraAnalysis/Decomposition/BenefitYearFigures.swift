/// One year's social-assistance volume for one municipality: the three counts
/// the growth decomposition starts from.
///
/// The figures are stored as given. The derived ratios are `nil` when their
/// denominator is not above zero, because a duration or a payout per month
/// cannot be computed from no months or no recipients.
public struct BenefitYearFigures: Sendable, Hashable, Codable {
    /// The statistics year.
    public var year: Int
    /// Number of recipients (sosialhjelpsmottakere), N.
    public var recipients: Double
    /// Total benefit months (stønadsmåneder) over all recipients.
    public var benefitMonths: Double
    /// Total payout in kroner (utbetalt), T. Any unit works if both years use the same.
    public var payout: Double

    public init(year: Int, recipients: Double, benefitMonths: Double, payout: Double) {
        self.year = year
        self.recipients = recipients
        self.benefitMonths = benefitMonths
        self.payout = payout
    }

    /// Months of support per recipient, M = benefit months / recipients; `nil` without recipients.
    public var monthsPerRecipient: Double? {
        recipients > 0 ? benefitMonths / recipients : nil
    }

    /// Payout per month of support, P = payout / benefit months; `nil` without benefit months.
    public var payoutPerMonth: Double? {
        benefitMonths > 0 ? payout / benefitMonths : nil
    }

    /// The value of one of the three input fields.
    public func value(of field: BenefitField) -> Double {
        switch field {
        case .recipients: recipients
        case .benefitMonths: benefitMonths
        case .payout: payout
        }
    }
}

/// The three input fields of ``BenefitYearFigures``, with their names in the analysts' file.
public enum BenefitField: String, Sendable, Hashable, Codable, CaseIterable {
    case recipients
    case benefitMonths
    case payout

    /// The column name in the analysts' CSV file.
    public var columnName: String {
        switch self {
        case .recipients: "mottakere"
        case .benefitMonths: "stønadsmåneder"
        case .payout: "utbetalt"
        }
    }

    /// The field's name in English error messages.
    public var englishName: String {
        switch self {
        case .recipients: "number of recipients"
        case .benefitMonths: "number of benefit months"
        case .payout: "payout"
        }
    }

    /// The field's name in Norwegian output.
    public var norwegianLabel: String {
        switch self {
        case .recipients: "Mottakere"
        case .benefitMonths: "Stønadsmåneder"
        case .payout: "Utbetalt (kr)"
        }
    }
}
