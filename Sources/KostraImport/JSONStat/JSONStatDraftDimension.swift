/// What the reader has collected of one dimension object, checked once `id` and `size` are known.
struct JSONStatDraftDimension {
    /// How the categories were ordered in the input.
    enum Index {
        /// No `index`: the order of `category.label` stands in (allowed for a single category).
        case absent
        /// `index` as an array of codes in order.
        case codes([String])
        /// `index` as an object of code → position.
        case positions([(code: String, position: Int)])
    }

    /// Where the dimension object starts, for errors about the dimension as a whole.
    var offset = 0
    /// Where `category` starts, for errors about the categories.
    var categoryOffset: Int?
    var label: String?
    var notes: [String] = []
    var index = Index.absent
    var indexOffset = 0
    var labels: [(code: String, label: String)] = []
    var units: [String: JSONStatUnit] = [:]

    /// The category codes in index order, after checking that the positions form 0, 1, ... n-1.
    func codes(dimension id: String, scanner: JSONStatScanner) throws(JSONStatError) -> [String] {
        switch index {
        case .codes(let codes):
            return codes
        case .positions(let pairs):
            var codes = [String?](repeating: nil, count: pairs.count)
            for pair in pairs {
                guard pair.position < codes.count, codes[pair.position] == nil else {
                    throw scanner.invalid(
                        "dimension.\(id).category.index",
                        "an object giving each category a distinct position from 0 to \(pairs.count - 1)",
                        at: indexOffset
                    )
                }
                codes[pair.position] = pair.code
            }
            return codes.map { $0 ?? "" }
        case .absent:
            guard !labels.isEmpty else {
                throw scanner.invalid(
                    "dimension.\(id).category", "an object with \"index\" or \"label\"",
                    at: categoryOffset ?? offset
                )
            }
            return labels.map(\.code)
        }
    }

    /// The finished dimension, after checking its categories against `size`.
    func build(id: String, size: Int, role: JSONStatRole?, scanner: JSONStatScanner) throws(JSONStatError) -> JSONStatDimension {
        let codes = try codes(dimension: id, scanner: scanner)
        guard codes.count == size else {
            throw .categoryCountMismatch(
                scanner.location(categoryOffset ?? offset), dimension: id, categories: codes.count, size: size
            )
        }
        let labelsByCode = Dictionary(labels.map { ($0.code, $0.label) }, uniquingKeysWith: { _, last in last })
        let dimension = JSONStatDimension(
            id: id, label: label, role: role, codes: codes, labels: codes.map { labelsByCode[$0] ?? $0 },
            units: units, notes: notes
        )
        guard dimension.hasDistinctCodes else {
            throw scanner.invalid("dimension.\(id).category.index", "a list of distinct category codes", at: indexOffset)
        }
        return dimension
    }
}
