import KostraModel

/// Splits the growth of total social-assistance payout between two years into
/// recipients, duration and payout per month, plus their combination effect.
///
/// Total payout is T = N × M × P, where N is the number of recipients,
/// M = benefit months / recipients and P = payout / benefit months. With growth
/// g = later / earlier − 1 for each factor, (1 + g_T) = (1 + g_N)(1 + g_M)(1 + g_P);
/// the combination effect g_T − (g_N + g_M + g_P) is what is left when the three
/// growths are simply added, so the four parts add up to g_T exactly.
///
/// Each part's share of the growth is g_i / g_T, and the four shares sum to 1.
/// When T **declined** (g_T < 0) the shares are shares of the decline: a positive
/// share means the factor moved the same way as the total (it helped pull payout
/// down), a negative share means it moved the other way (it held payout up), and
/// shares above 1 mean that factor alone would have given a larger decline. When
/// g_T is zero the shares are undefined, ``shares`` is `nil` and
/// ``sharesUnavailableReason`` says why.
public struct GrowthDecomposition: Sendable, Hashable, ExplainableResult {
    /// Each part's share of total growth; the four shares sum to 1.
    public struct Shares: Sendable, Hashable, Codable {
        public var recipients: Double
        public var monthsPerRecipient: Double
        public var payoutPerMonth: Double
        public var combination: Double

        /// The share of one component (`total` is 1 by definition).
        public func share(of component: GrowthComponent) -> Double {
            switch component {
            case .recipients: recipients
            case .monthsPerRecipient: monthsPerRecipient
            case .payoutPerMonth: payoutPerMonth
            case .combination: combination
            case .total: 1
            }
        }
    }

    /// One row of the decomposition as a reader sees it.
    public struct Part: Sendable, Hashable {
        public var component: GrowthComponent
        /// Growth as a fraction (0,041 for 4,1 %).
        public var growth: Double
        /// Share of total growth, or `nil` when total growth is zero.
        public var share: Double?

        /// Growth in percent (4,1 for 4,1 %).
        public var growthPercent: Double { growth * 100 }
        /// Share in percent, or `nil` when undefined.
        public var sharePercent: Double? { share.map { $0 * 100 } }
        /// Growth as Norwegian text, e.g. `"4,1 %"`.
        public func formattedGrowth(decimals: Int = 1) -> String {
            NumberText.percent(fraction: growth, decimals: decimals)
        }
        /// Share as Norwegian text, e.g. `"62,4 %"`, or `nil` when undefined.
        public func formattedShare(decimals: Int = 1) -> String? {
            share.map { NumberText.percent(fraction: $0, decimals: decimals) }
        }
    }

    /// Below this magnitude total growth counts as zero: shares would only divide rounding noise.
    public static let zeroGrowthTolerance = 1e-12

    /// The municipality (name or code), as used in messages and output.
    public let region: String
    /// The earlier year's figures.
    public let base: BenefitYearFigures
    /// The later year's figures.
    public let comparison: BenefitYearFigures
    /// g_T: growth of total payout.
    public let totalGrowth: Double
    /// g_N: growth of the number of recipients.
    public let recipientGrowth: Double
    /// g_M: growth of months of support per recipient.
    public let monthsPerRecipientGrowth: Double
    /// g_P: growth of payout per month of support.
    public let payoutPerMonthGrowth: Double
    /// g_T − (g_N + g_M + g_P).
    public let combinationEffect: Double
    /// Each part's share of total growth; `nil` when total growth is zero.
    public let shares: Shares?
    /// Why ``shares`` is `nil` (Norwegian, for output), or `nil` when shares exist.
    public let sharesUnavailableReason: String?

    /// Decomposes the change from `base` to `comparison`.
    ///
    /// - Throws: ``DecompositionError`` when a figure is not finite or not above zero,
    ///   or when `comparison` is not later than `base`.
    public init(region: String, base: BenefitYearFigures, comparison: BenefitYearFigures) throws(DecompositionError) {
        guard comparison.year > base.year else {
            throw .comparisonNotAfterBase(region: region, baseYear: base.year, comparisonYear: comparison.year)
        }
        for (figures, isBase) in [(base, true), (comparison, false)] {
            for field in BenefitField.allCases {
                let value = figures.value(of: field)
                guard value.isFinite else { throw .nonFiniteFigure(region: region, year: figures.year, field: field) }
                // The comparison year must be positive too: M and P are ratios over its counts.
                guard value > 0 else {
                    throw .nonPositiveFigure(region: region, year: figures.year, field: field, value: value, isBaseYear: isBase)
                }
            }
        }
        self.region = region
        self.base = base
        self.comparison = comparison

        // Ratios are formed directly from the counts (not from rounded M and P), so
        // 1 + g_M and 1 + g_P telescope back to 1 + g_T up to floating-point rounding.
        let gN = comparison.recipients / base.recipients - 1
        let gM = (comparison.benefitMonths / comparison.recipients) / (base.benefitMonths / base.recipients) - 1
        let gP = (comparison.payout / comparison.benefitMonths) / (base.payout / base.benefitMonths) - 1
        let gT = comparison.payout / base.payout - 1
        let combination = gT - (gN + gM + gP)
        totalGrowth = gT
        recipientGrowth = gN
        monthsPerRecipientGrowth = gM
        payoutPerMonthGrowth = gP
        combinationEffect = combination

        if abs(gT) < Self.zeroGrowthTolerance {
            shares = nil
            sharesUnavailableReason =
                "Samlet utbetaling er uendret fra \(base.year) til \(comparison.year) "
                + "(vekst 0 %), så andeler av veksten er ikke definert."
        } else {
            shares = Shares(
                recipients: gN / gT,
                monthsPerRecipient: gM / gT,
                payoutPerMonth: gP / gT,
                combination: combination / gT
            )
            sharesUnavailableReason = nil
        }
    }

    /// Decomposes the change between two years of a series.
    ///
    /// - Throws: ``DecompositionError/missingYear(region:year:availableYears:)`` when a year
    ///   is absent, ``DecompositionError/duplicateYear(region:year:)`` when a year appears
    ///   twice, and the errors of ``init(region:base:comparison:)``.
    public init(region: String, series: [BenefitYearFigures], baseYear: Int, comparisonYear: Int) throws(DecompositionError) {
        var byYear: [Int: BenefitYearFigures] = [:]
        for figures in series {
            guard byYear[figures.year] == nil else { throw .duplicateYear(region: region, year: figures.year) }
            byYear[figures.year] = figures
        }
        let available = byYear.keys.sorted()
        guard let base = byYear[baseYear] else {
            throw .missingYear(region: region, year: baseYear, availableYears: available)
        }
        guard let comparison = byYear[comparisonYear] else {
            throw .missingYear(region: region, year: comparisonYear, availableYears: available)
        }
        try self.init(region: region, base: base, comparison: comparison)
    }

    /// Growth of one component as a fraction.
    public func growth(of component: GrowthComponent) -> Double {
        switch component {
        case .recipients: recipientGrowth
        case .monthsPerRecipient: monthsPerRecipientGrowth
        case .payoutPerMonth: payoutPerMonthGrowth
        case .combination: combinationEffect
        case .total: totalGrowth
        }
    }

    /// The rows in reading order: recipients, months per recipient, payout per month, combination, total.
    public var parts: [Part] {
        GrowthComponent.allCases.map { component in
            Part(component: component, growth: growth(of: component), share: shares?.share(of: component))
        }
    }

    /// Whether total payout fell, so shares read as shares of a decline.
    public var isDecline: Bool { totalGrowth < 0 }

    /// The method in words (Norwegian).
    public var method: String {
        "Utbetalt sosialhjelp T = antall mottakere N × stønadsmåneder per mottaker M × utbetaling per stønadsmåned P, "
            + "der M = stønadsmåneder / mottakere og P = utbetalt / stønadsmåneder. "
            + "Vekst fra \(base.year) til \(comparison.year): g = verdi \(comparison.year) / verdi \(base.year) − 1, "
            + "og (1 + g_T) = (1 + g_N)(1 + g_M)(1 + g_P). "
            + "Kombinasjonseffekten er g_T − (g_N + g_M + g_P), slik at delene summerer nøyaktig til samlet vekst. "
            + "Andel av veksten = g_i / g_T."
    }

    public var explanation: AnalysisExplanation {
        var inputs: [AnalysisExplanation.Input] = []
        for figures in [base, comparison] {
            inputs.append(
                .init(
                    label: BenefitField.recipients.norwegianLabel, region: region, year: figures.year,
                    value: figures.recipients, unit: .count))
            inputs.append(
                .init(
                    label: BenefitField.benefitMonths.norwegianLabel, region: region, year: figures.year,
                    value: figures.benefitMonths, unit: .months))
            inputs.append(
                .init(
                    label: BenefitField.payout.norwegianLabel, region: region, year: figures.year,
                    value: figures.payout, unit: .kroner))
        }
        var notes: [String] = []
        if let sharesUnavailableReason { notes.append(sharesUnavailableReason) }
        if isDecline {
            notes.append(
                "Samlet utbetaling gikk ned (\(NumberText.percent(fraction: totalGrowth))). Andelene er andeler av nedgangen: "
                    + "positiv andel betyr at faktoren trakk utbetalingen ned, negativ andel at den trakk opp.")
        }
        return AnalysisExplanation(method: method, inputs: inputs, notes: notes)
    }
}
