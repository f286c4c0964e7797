/// The indicator catalogue: every indicator and base figure, and the profiles built from them.
public struct IndicatorCatalog: Sendable {
    public let indicators: [Indicator]
    public let profiles: [ServiceProfileDefinition]
    /// The profile categories in the order they are presented.
    public let categories: [String]
    /// What a figure may be: its years and its value per unit (``FigureValidator``).
    public let plausibility: FigurePlausibility
    private let byID: [IndicatorID: Indicator]
    private let byLabelKey: [String: IndicatorID]

    public init(
        indicators: [Indicator], profiles: [ServiceProfileDefinition], categories: [String],
        plausibility: FigurePlausibility = FigurePlausibility()
    ) {
        self.indicators = indicators
        self.plausibility = plausibility
        self.profiles = profiles
        self.categories = categories
        var byID: [IndicatorID: Indicator] = [:]
        var byLabelKey: [String: IndicatorID] = [:]
        for indicator in indicators {
            byID[indicator.id] = indicator
            for label in [indicator.label] + (indicator.labelVariants ?? []) {
                byLabelKey[Self.labelKey(label)] = indicator.id
            }
        }
        self.byID = byID
        self.byLabelKey = byLabelKey
    }

    /// The indicator with this id.
    public func indicator(id: IndicatorID) -> Indicator? { byID[id] }

    /// The indicator with this id, or an error that lists the closest ids.
    public func require(_ id: IndicatorID) throws(ModelError) -> Indicator {
        if let indicator = byID[id] { return indicator }
        let key = NameFolding.key(id)
        let close = indicators.map(\.id).sorted {
            NameFolding.distance(key, NameFolding.key($0)) < NameFolding.distance(key, NameFolding.key($1))
        }
        throw .unknownIndicator(id, suggestions: Array(close.prefix(3)))
    }

    /// The indicator whose published label (or an earlier variant, or its id) matches `label`,
    /// tolerating case, spacing, punctuation, `pr`/`per`, a trailing unit such as `(prosent)`
    /// and the `*` that marks unweighted averages.
    public func indicator(matchingLabel label: String) -> Indicator? {
        if let indicator = byID[label.trimmingSpaces] { return indicator }
        return byLabelKey[Self.labelKey(label)].flatMap { byID[$0] }
    }

    /// The profile with this id.
    public func profile(id: String) -> ServiceProfileDefinition? {
        profiles.first { $0.id == id }
    }

    /// The folded key used to match labels.
    public static func labelKey(_ label: String) -> String {
        var text = label.lowercased().trimmingSpaces
        while text.hasSuffix("*") { text.removeLast() }
        for unit in ["(kroner)", "(prosent)", "(antall)", "(måneder)", "kroner", "prosent", "antall", "måneder"] {
            if text.hasSuffix(unit) {
                text.removeLast(unit.count)
                text = text.trimmingSpaces
                while text.hasSuffix(",") || text.hasSuffix("*") { text.removeLast() }
                break
            }
        }
        let words = text.split { !$0.isLetter && !$0.isNumber }.map { $0 == "pr" ? "per" : String($0) }
        return NameFolding.key(words.joined(separator: " "))
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
