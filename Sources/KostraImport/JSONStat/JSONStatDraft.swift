/// What the reader has collected of one dataset object, before the members are checked together.
///
/// JSON does not fix the order of members, so `value` may come before `size`;
/// the draft keeps what it can in final form as it goes and settles the rest
/// in `finish`, where every cross-member rule is checked.
struct JSONStatDraft {
    enum ValueForm { case absent, array, object }
    enum StatusForm { case absent, uniform(UInt8), array, object }

    /// A value from a `value` object read before the number of cells was known.
    struct PositionedValue {
        var position: Int
        var value: Double
        var offset: Int
    }

    /// A status read before the number of cells was known (or one that overflowed the code table).
    struct PositionedStatus {
        var position: Int
        var code: UInt8
        var status: JSONStatStatus?
        var offset: Int
    }

    var objectStart = 0
    /// Whether a member only a dataset has (`id`, `size`, `dimension`, `value`, ...) was seen.
    var hasDatasetMembers = false

    var version: String?
    var className: String?
    var classOffset = 0
    var label: String?
    var source: String?
    var updated: String?
    var tableID: String?
    var notes: [String] = []
    /// Labels from JSON-stat's own `error` member.
    var errorLabels: [String] = []
    /// `title`, `detail` and `status` of an RFC 9457 problem object, SSB's form of error answer.
    var problemTitle: String?
    var problemDetail: String?
    var problemStatus: Int?

    var ids: [String]?
    var idsOffset = 0
    var sizes: [Int]?
    var sizesOffset = 0
    var roles: [String: JSONStatRole] = [:]
    var dimensions: [String: JSONStatDraftDimension] = [:]
    var dimensionsOffset: Int?

    var valueForm = ValueForm.absent
    var valueOffset = 0
    var values: [Double] = []
    /// How many entries the `value` array had (more than `values` holds when it overflowed `size`).
    var valueArrayLength = 0
    var valuePairs: [PositionedValue] = []
    /// String cells of `value` by position, kept as text.
    var texts: [Int: String] = [:]

    var statusForm = StatusForm.absent
    var statusOffset = 0
    var statusCodes: [UInt8] = []
    var statusPairs: [PositionedStatus] = []
    var statusTable = JSONStatStatusTable()

    /// Whether this object could be a dataset of a JSON-stat 1.x bundle.
    var looksLikeDataset: Bool { !dimensions.isEmpty || valueForm != .absent }

    /// Records `id`; a second, different `id` (root and 1.x `dimension.id`) is a contradiction.
    mutating func setIDs(_ new: [String], offset: Int, scanner: JSONStatScanner) throws(JSONStatError) {
        if let ids, ids != new {
            throw scanner.invalid("id", "the same list wherever the dataset gives it", at: offset)
        }
        ids = new
        idsOffset = offset
        hasDatasetMembers = true
    }

    /// Records `size`; a second, different `size` is a contradiction.
    mutating func setSizes(_ new: [Int], offset: Int, scanner: JSONStatScanner) throws(JSONStatError) {
        if let sizes, sizes != new {
            throw scanner.invalid("size", "the same list wherever the dataset gives it", at: offset)
        }
        sizes = new
        sizesOffset = offset
        hasDatasetMembers = true
    }

    /// The number of cells once `size` is known; `nil` before.
    func cellCount(scanner: JSONStatScanner) throws(JSONStatError) -> Int? {
        guard let sizes else { return nil }
        var count = 1
        for size in sizes {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            if overflow {
                throw .tooManyCells(scanner.location(sizesOffset), cells: Int.max, limit: JSONStatDecoder.maximumCellCount)
            }
            count = product
        }
        guard count <= JSONStatDecoder.maximumCellCount else {
            throw .tooManyCells(scanner.location(sizesOffset), cells: count, limit: JSONStatDecoder.maximumCellCount)
        }
        return count
    }

    /// Checks every rule that ties members together and builds the dataset.
    mutating func finish(scanner: JSONStatScanner) throws(JSONStatError) -> JSONStatDataset {
        if let className, className != "dataset" {
            throw .notADataset(
                scanner.location(classOffset),
                reason: "its class is \"\(className)\", and only the class \"dataset\" holds figures"
            )
        }
        guard hasDatasetMembers else {
            throw .notADataset(scanner.location(objectStart), reason: notADatasetReason)
        }
        guard let ids else { throw .missingMember(scanner.location(objectStart), member: "id") }
        guard let sizes else { throw .missingMember(scanner.location(objectStart), member: "size") }
        guard let dimensionsOffset else { throw .missingMember(scanner.location(objectStart), member: "dimension") }
        guard ids.count == sizes.count else {
            throw .idSizeMismatch(scanner.location(sizesOffset), ids: ids.count, sizes: sizes.count)
        }
        guard Set(ids).count == ids.count else {
            throw scanner.invalid("id", "a list of distinct dimension names", at: idsOffset)
        }
        let count = try cellCount(scanner: scanner) ?? 0

        var built: [JSONStatDimension] = []
        built.reserveCapacity(ids.count)
        for (id, size) in zip(ids, sizes) {
            guard let draft = dimensions[id] else {
                throw .missingDimension(scanner.location(dimensionsOffset), dimension: id)
            }
            built.append(try draft.build(id: id, size: size, role: roles[id], scanner: scanner))
        }

        try settleValues(count: count, scanner: scanner)
        let overflow = try settleStatuses(count: count, scanner: scanner)

        return JSONStatDataset(
            version: version, label: label, source: source, updated: updated, tableID: tableID, notes: notes,
            dimensions: built, values: values, statusCodes: statusCodes, statusTable: statusTable,
            statusOverflow: overflow, texts: texts
        )
    }

    /// Why an object without dataset members is not a dataset, in the user's terms.
    private var notADatasetReason: String {
        if let problemTitle {
            var reason = "it is an error answer from the server: \"\(problemTitle)\""
            if let problemStatus { reason += " (HTTP status \(problemStatus))" }
            if let problemDetail, !problemDetail.isEmpty { reason += ", \(problemDetail)" }
            return reason
        }
        if !errorLabels.isEmpty {
            return "it reports an error: \"" + errorLabels.joined(separator: "\"; \"") + "\""
        }
        return "it has none of the members \"id\", \"size\", \"dimension\" and \"value\""
    }

    private mutating func settleValues(count: Int, scanner: JSONStatScanner) throws(JSONStatError) {
        switch valueForm {
        case .absent:
            throw .missingMember(scanner.location(objectStart), member: "value")
        case .array:
            guard valueArrayLength == count, values.count == count else {
                throw .valueCountMismatch(scanner.location(valueOffset), values: valueArrayLength, cells: count)
            }
        case .object:
            if values.count != count {
                values = [Double](repeating: .nan, count: count)
            }
            for pair in valuePairs {
                guard pair.position < count else {
                    throw .positionOutOfRange(scanner.location(pair.offset), member: "value", position: pair.position, cells: count)
                }
                values[pair.position] = pair.value
            }
            valuePairs = []
        }
    }

    private mutating func settleStatuses(count: Int, scanner: JSONStatScanner) throws(JSONStatError) -> [Int: JSONStatStatus] {
        switch statusForm {
        case .absent:
            statusCodes = []
        case .uniform(let code):
            statusCodes = code == JSONStatStatusTable.none || count == 0 ? [] : [UInt8](repeating: code, count: count)
        case .array, .object:
            if statusCodes.count > count {
                throw .positionOutOfRange(scanner.location(statusOffset), member: "status", position: count, cells: count)
            }
            if statusCodes.count < count, !statusCodes.isEmpty || !statusPairs.isEmpty {
                statusCodes.append(contentsOf: repeatElement(JSONStatStatusTable.none, count: count - statusCodes.count))
            }
        }
        var overflow: [Int: JSONStatStatus] = [:]
        for pair in statusPairs {
            guard pair.position < count else {
                throw .positionOutOfRange(scanner.location(pair.offset), member: "status", position: pair.position, cells: count)
            }
            statusCodes[pair.position] = pair.code
            if let status = pair.status { overflow[pair.position] = status }
        }
        statusPairs = []
        return overflow
    }
}
