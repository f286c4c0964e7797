/// Splits a PxWebApi v2 query into sub-queries that each stay within SSB's limits.
///
/// Two limits apply to a GET query:
/// - the URL length: SSB answers an HTML 404 for GET URLs over about 2 100 characters,
///   so the default maximum is 2 000;
/// - the number of cells (the product of the selected category counts, empty cells too):
///   over `maxDataCells` (800 000) SSB answers 400 "Too many cells selected".
///
/// A query over either limit is bisected on its longest explicit code list, recursively,
/// so no part is ever empty and every selected category lands in exactly one part. When no
/// explicit list can be split, `*`, `from(x)` and `to(x)` selections are first expanded
/// into explicit codes from the table's metadata. The splitter is pure: no I/O.
public struct QuerySplitter: Sendable {
    /// The longest GET URL to send, in characters.
    public var maxURLLength: Int
    /// The most cells one query may select.
    public var maxCells: Int
    /// The PxWebApi base URL the lengths are measured against.
    public var apiBase: String

    /// Creates a splitter with SSB's limits as defaults.
    public init(maxURLLength: Int = 2_000, maxCells: Int = 800_000, apiBase: String = PxWebQuery.defaultAPIBase) {
        self.maxURLLength = maxURLLength
        self.maxCells = maxCells
        self.apiBase = apiBase
    }

    /// The sub-queries, in a fixed order (depth-first, lower half first), that together
    /// select exactly the cells of `query`. A query within the limits comes back alone.
    ///
    /// - Parameters:
    ///   - query: the query to split.
    ///   - metadata: the table's metadata; needed to count `*`, `top(n)`, `from(x)` and `to(x)`
    ///     selections. Without it those count as one category each.
    public func split(_ query: PxWebQuery, metadata: TableMetadata? = nil) throws(FetchError) -> [PxWebQuery] {
        try validate(query, metadata: metadata)
        var parts: [PxWebQuery] = []
        try collect(query, metadata: metadata, into: &parts)
        return parts
    }

    /// How many cells a query selects: the product of the selected category counts.
    public func cellCount(_ query: PxWebQuery, metadata: TableMetadata?) -> Int {
        var product = 1
        for selection in query.selections {
            product = product.multipliedReportingOverflow(by: max(categoryCount(selection, metadata: metadata), 0)).partialValue
        }
        return product
    }

    /// How many categories one selection selects, as far as the metadata tells.
    public func categoryCount(_ selection: VariableSelection, metadata: TableMetadata?) -> Int {
        let codes = metadata?.dimension(selection.variable)?.codes
        switch selection.filter {
        case .codes(let list): return list.count
        case .all: return codes?.count ?? 1
        case .top(let n): return codes.map { min(n, $0.count) } ?? max(n, 0)
        case .from, .to: return expand(selection, metadata: metadata)?.count ?? 1
        }
    }

    private func collect(_ query: PxWebQuery, metadata: TableMetadata?, into parts: inout [PxWebQuery]) throws(FetchError) {
        let urlLength = query.dataURL(apiBase: apiBase).count
        let cells = cellCount(query, metadata: metadata)
        if urlLength <= maxURLLength && cells <= maxCells {
            parts.append(query)
            return
        }
        guard let (position, codes) = splittableSelection(query, metadata: metadata) else {
            var reasons: [String] = []
            if urlLength > maxURLLength { reasons.append("the URL is \(urlLength) characters (limit \(maxURLLength))") }
            if cells > maxCells { reasons.append("it selects \(cells) cells (limit \(maxCells))") }
            throw .unsplittableQuery(
                table: query.table,
                query: query.summary,
                reason: reasons.joined(separator: " and ") + ", and no variable has more than one explicit code left to split"
            )
        }
        let middle = codes.count / 2
        for half in [Array(codes[..<middle]), Array(codes[middle...])] {
            var part = query
            part.selections[position].filter = .codes(half)
            try collect(part, metadata: metadata, into: &parts)
        }
    }

    /// The selection to bisect: the explicit code list with most codes (ties: the longest
    /// text, then the first). Failing that, the largest `*`/`from`/`to` selection expanded from metadata.
    private func splittableSelection(_ query: PxWebQuery, metadata: TableMetadata?) -> (Int, [String])? {
        var best: (position: Int, codes: [String], length: Int)?
        for (position, selection) in query.selections.enumerated() {
            guard let codes = selection.filter.explicitCodes, codes.count > 1 else { continue }
            let length = codes.reduce(0) { $0 + $1.utf8.count }
            if let current = best, (current.codes.count, current.length) >= (codes.count, length) { continue }
            best = (position, codes, length)
        }
        if let best { return (best.position, best.codes) }
        var expanded: (position: Int, codes: [String])?
        for (position, selection) in query.selections.enumerated() {
            guard let codes = expand(selection, metadata: metadata), codes.count > 1 else { continue }
            if let current = expanded, current.codes.count >= codes.count { continue }
            expanded = (position, codes)
        }
        return expanded.map { ($0.position, $0.codes) }
    }

    /// The explicit codes a `*`, `from(x)` or `to(x)` selection stands for, from metadata.
    /// `top(n)` is not expanded: which end of the list SSB takes depends on the variable.
    private func expand(_ selection: VariableSelection, metadata: TableMetadata?) -> [String]? {
        guard let codes = metadata?.dimension(selection.variable)?.codes else { return nil }
        switch selection.filter {
        case .all:
            return codes
        case .from(let code):
            guard let start = codes.firstIndex(where: { $0.lowercased() == code.lowercased() }) else { return nil }
            return Array(codes[start...])
        case .to(let code):
            guard let end = codes.firstIndex(where: { $0.lowercased() == code.lowercased() }) else { return nil }
            return Array(codes[...end])
        case .codes, .top:
            return nil
        }
    }

    /// Rejects what SSB would reject anyway, before anything is sent.
    private func validate(_ query: PxWebQuery, metadata: TableMetadata?) throws(FetchError) {
        for selection in query.selections {
            switch selection.filter {
            case .codes(let codes) where codes.isEmpty:
                throw .invalidQuery(table: query.table, query: query.summary, reason: "variable \(selection.variable) has an empty code list")
            case .top(let n) where n < 1:
                throw .invalidQuery(
                    table: query.table, query: query.summary, reason: "variable \(selection.variable) has top(\(n)); n must be at least 1")
            case .from(let code), .to(let code):
                if let dimension = metadata?.dimension(selection.variable),
                    !dimension.codes.contains(where: { $0.lowercased() == code.lowercased() })
                {
                    throw .invalidQuery(table: query.table, query: query.summary, reason: "variable \(selection.variable) has no code \(code)")
                }
            default:
                break
            }
            if let metadata, metadata.dimension(selection.variable) == nil {
                let known = metadata.dimensions.map(\.id).joined(separator: ", ")
                throw .invalidQuery(
                    table: query.table,
                    query: query.summary,
                    reason: "the table has no variable \(selection.variable) (it has \(known))"
                )
            }
        }
    }
}
