/// How one catalogue indicator is fetched from SSB's statistics bank: which table, contents
/// code and filters, or that it is derived from its numerator and denominator, or unavailable.
///
/// Recipes are data (`Resources/recipes.json`), each with its source and how sure we are of it.
public struct Recipe: Sendable, Codable, Hashable {
    /// How the figure is obtained.
    public enum Method: String, Sendable, Codable, Hashable {
        /// A count or amount: the sum of the selected cells. May be summed over a merger's predecessors.
        case sum
        /// SSB's ready ratio (averaged unweighted, `*`). Never summed.
        case ratio
        /// Computed from the indicator's catalogue numerator and denominator.
        case derived
        /// Not from SSB: the figure comes from a publisher's file (NAV, KS) through `kostra import`;
        /// `importedFrom` names the publisher and the file.
        case imported
        /// No SSB table or code was found; the figure must be imported.
        case unavailable
    }

    /// The catalogue indicator this recipe fills.
    public var indicator: IndicatorID
    public var method: Method
    /// The formula in words.
    public var formula: String
    /// The SSB table parts, for `sum` and `ratio`; empty otherwise.
    public var parts: [RecipePart]?
    /// How sure we are: `response`, `code`, `doc`, `inferred` or `not found` (see the research notes).
    public var confidence: String
    /// Where the table ids and codes come from.
    public var source: String
    /// Whether a test checks the recipe against a real metadata answer, or why not.
    public var verification: String
    /// For `imported` recipes: the publisher's file and how it comes in, e.g.
    /// `NAV file, imported with kostra import`.
    public var importedFrom: String?

    public init(
        indicator: IndicatorID, method: Method, formula: String, parts: [RecipePart]? = nil, confidence: String,
        source: String, verification: String, importedFrom: String? = nil
    ) {
        self.indicator = indicator
        self.method = method
        self.formula = formula
        self.parts = parts
        self.confidence = confidence
        self.source = source
        self.verification = verification
        self.importedFrom = importedFrom
    }

    /// The part that covers statistics year `year`, if any.
    public func part(for year: Int) -> RecipePart? {
        (parts ?? []).first { $0.covers(year) }
    }

    /// Whether the figure is a count or amount that may be summed over regions.
    public var isCount: Bool { method == .sum }
}
