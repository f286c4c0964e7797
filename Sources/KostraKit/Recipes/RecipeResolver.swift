public import KostraFetch
public import KostraModel

/// Resolves recipe parts against a table's own metadata at fetch time: for each dimension,
/// the analyst's pin, else the confirmed code, else SSB's label matched after normalising
/// (``LabelMatch``). A label matching two categories, or none, leaves the part unresolved
/// with the reason and the closest labels; nothing is guessed.
public struct RecipeResolver: Sendable {
    /// The analyst's pins (from the user recipe file).
    public var pins: [RecipePin]
    /// The file the pins came from, named in the provenance of figures they produced.
    public var pinFile: String?

    public init(pins: [RecipePin] = [], pinFile: String? = nil) {
        self.pins = pins
        self.pinFile = pinFile
    }

    /// Resolves one part.
    ///
    /// - Parameter hint: text to rank the closest labels by when the part names no label
    ///   (the catalogue indicator's label).
    public func resolve(indicator: IndicatorID, part: RecipePart, metadata: TableMetadata, hint: String? = nil) -> PartResolution {
        var slots: [(dimension: String, codes: [String], labels: [String])] = [
            ("ContentsCode", part.contents.map { [$0] } ?? [], part.contentsLabel.map { [$0] } ?? [])
        ]
        let labelled = part.filterLabels ?? [:]
        for variable in Set(part.filters.keys).union(labelled.keys).sorted() {
            slots.append((variable, part.filters[variable] ?? [], labelled[variable] ?? []))
        }
        for pin in pins where pin.indicator == indicator && pin.table == part.table {
            if !slots.contains(where: { $0.dimension.lowercased() == pin.dimension.lowercased() }) {
                slots.append((pin.dimension, [], []))
            }
        }
        var dimensions: [PartResolution.Dimension] = []
        var usedPin = false
        for slot in slots {
            let pin = pins.first { $0.applies(to: indicator, table: part.table, dimension: slot.dimension) }
            if pin != nil { usedPin = true }
            dimensions.append(resolve(slot: slot, pin: pin, metadata: metadata, hint: hint ?? part.contentsLabel ?? indicator))
        }
        var problems: [String] = []
        var resolved: RecipePart?
        if dimensions.allSatisfy({ $0.how != nil }) {
            var filled = part
            var filters: [String: [String]] = [:]
            for dimension in dimensions {
                if dimension.dimension.lowercased() == "contentscode" {
                    if dimension.codes.count == 1 {
                        filled.contents = dimension.codes[0]
                    } else {
                        problems.append("ContentsCode must resolve to exactly one code, not \(dimension.codes.count)")
                    }
                } else {
                    filters[dimension.dimension] = dimension.codes
                }
            }
            filled.filters = filters
            filled.filterLabels = nil
            problems += RecipeCheck.problems(filled, metadata: metadata)
            if problems.isEmpty { resolved = filled }
        }
        return PartResolution(
            indicator: indicator, part: part, resolved: resolved, dimensions: dimensions, problems: problems,
            metadataUpdated: metadata.updated, pinFile: usedPin ? pinFile : nil)
    }

    private func resolve(
        slot: (dimension: String, codes: [String], labels: [String]), pin: RecipePin?, metadata: TableMetadata, hint: String
    ) -> PartResolution.Dimension {
        guard let dimension = metadata.dimension(slot.dimension) else {
            return .init(
                dimension: slot.dimension, codes: [], labels: [], how: nil,
                problem: "table \(metadata.table) has no variable \(slot.dimension) (it has \(metadata.dimensions.map(\.id).joined(separator: ", ")))"
            )
        }
        func closest(to text: String) -> [String] {
            LabelMatch.closest(to: text, in: dimension.codes, labels: dimension.label(of:)).map { "\($0) «\(dimension.label(of: $0))»" }
        }
        if let pin {
            let found = pin.codes.map { dimension.code(matching: $0) }
            let missing = zip(pin.codes, found).filter { $0.1 == nil }.map(\.0)
            guard missing.isEmpty, !pin.codes.isEmpty else {
                return .init(
                    dimension: dimension.id, codes: [], labels: [], how: nil,
                    problem: "the pinned code \(missing.joined(separator: ", ")) is not in the table", closest: closest(to: hint))
            }
            let codes = found.compactMap { $0 }
            return .init(dimension: dimension.id, codes: codes, labels: codes.map(dimension.label(of:)), how: .pinned)
        }
        let count = max(slot.codes.count, slot.labels.count)
        guard count > 0 else {
            return .init(
                dimension: dimension.id, codes: [], labels: [], how: nil,
                problem: "no code or label was seen for it in any source; pin one with 'kostra recipes pin'", closest: closest(to: hint))
        }
        var codes: [String] = []
        var byLabel = false
        for index in 0..<count {
            let code = index < slot.codes.count ? slot.codes[index] : nil
            let label = index < slot.labels.count ? slot.labels[index] : nil
            if let code, let found = dimension.code(matching: code) {
                codes.append(found)
                continue
            }
            guard let label else {
                return .init(
                    dimension: dimension.id, codes: [], labels: [], how: nil,
                    problem: "code \(code ?? "?") is not in the table and the recipe has no label to look for", closest: closest(to: hint))
            }
            let matches = LabelMatch.codes(labelled: label, in: dimension.codes, labels: dimension.label(of:))
            switch matches.count {
            case 1:
                codes.append(matches[0])
                byLabel = true
            case 0:
                return .init(
                    dimension: dimension.id, codes: [], labels: [], how: nil,
                    problem: "no category is labelled «\(label)»", closest: closest(to: label))
            default:
                let listed = matches.map { "\($0) «\(dimension.label(of: $0))»" }.joined(separator: ", ")
                return .init(
                    dimension: dimension.id, codes: [], labels: [], how: nil,
                    problem: "«\(label)» matches \(matches.count) categories (\(listed)); nothing is guessed, pin one",
                    closest: matches.map { "\($0) «\(dimension.label(of: $0))»" })
            }
        }
        return .init(dimension: dimension.id, codes: codes, labels: codes.map(dimension.label(of:)), how: byLabel ? .label : .code)
    }
}
