import KostraModel

/// One region's ratio of one share over another, e.g. the share on AAP over the
/// share on social assistance (Bærum 1,9 % / 2,6 % → 0,7).
///
/// The ratio is computed from the shares as given (usually the published, already
/// rounded percentages, so the result matches what a reader can check by hand), and
/// then rounded to ``decimals`` decimals, half away from zero, as the reader sees it.
public struct ShareRatio: Sendable, Hashable, ExplainableResult {
    /// The region (name or code).
    public let region: String
    /// The numerator share, in the unit given (usually percent).
    public let numerator: Double
    /// The denominator share, in the same unit.
    public let denominator: Double
    /// What the numerator is (Norwegian), e.g. `"Andel på AAP (feb. 2021)"`.
    public let numeratorLabel: String
    /// What the denominator is (Norwegian), e.g. `"Andel på sosialhjelp (2020)"`.
    public let denominatorLabel: String
    /// numerator / denominator, unrounded.
    public let ratio: Double
    /// Decimals shown to the reader.
    public let decimals: Int

    /// Forms the ratio.
    ///
    /// - Throws: ``RatioError`` when a share is negative or not finite, the denominator is zero,
    ///   or `decimals` is negative.
    public init(
        region: String, numerator: Double, denominator: Double,
        numeratorLabel: String, denominatorLabel: String, decimals: Int = 1
    ) throws(RatioError) {
        guard decimals >= 0 else { throw .negativeDecimals(decimals) }
        guard numerator.isFinite, numerator >= 0 else {
            throw .invalidShare(region: region, label: numeratorLabel, value: numerator)
        }
        guard denominator.isFinite, denominator >= 0 else {
            throw .invalidShare(region: region, label: denominatorLabel, value: denominator)
        }
        guard denominator > 0 else { throw .zeroDenominator(region: region, label: denominatorLabel) }
        self.region = region
        self.numerator = numerator
        self.denominator = denominator
        self.numeratorLabel = numeratorLabel
        self.denominatorLabel = denominatorLabel
        self.ratio = numerator / denominator
        self.decimals = decimals
    }

    /// The ratio rounded as the reader sees it (half away from zero on the decimal value).
    public var rounded: Double { NorwegianNumberFormat.round(ratio, decimals: decimals) }

    /// The rounded ratio as Norwegian text, e.g. `"0,7"`.
    public var formatted: String { NumberText.number(ratio, decimals: decimals) }

    /// The method in words (Norwegian).
    public var method: String {
        "Forholdstall = \(numeratorLabel) / \(denominatorLabel) = \(NumberText.plain(numerator).replacingDot) / "
            + "\(NumberText.plain(denominator).replacingDot), avrundet til \(decimals) desimal\(decimals == 1 ? "" : "er")."
    }

    public var explanation: AnalysisExplanation {
        AnalysisExplanation(
            method: method,
            inputs: [
                .init(label: numeratorLabel, region: region, value: numerator),
                .init(label: denominatorLabel, region: region, value: denominator),
            ])
    }
}

extension String {
    /// Shows a machine number with a decimal comma in Norwegian text.
    fileprivate var replacingDot: String { replacing(".", with: ",") }
}
