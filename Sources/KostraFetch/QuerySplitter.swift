/// Splits a PxWebApi v2 query into sub-queries that each stay within SSB's limits, in as few
/// requests as the limits allow.
///
/// Two limits apply:
/// - the number of cells (the product of the selected category counts, empty cells too):
///   over `maxDataCells` (800 000, read from SSB's `/config`) SSB answers 400 "Too many cells
///   selected". No set of requests can fetch `cells` cells in fewer than
///   `ceil(cells / maxCells)` requests (``minimumRequests(cells:maxCells:)``); the splitter
///   packs the parts to reach that bound, or comes as close as a box-shaped query allows: it
///   cuts the selection whose pieces come out fewest into balanced runs of as many codes as fit
///   (SSB's own Python client, ssb-pxapi2-arrow 0.0.3 `_prepare_chunks`, does the same with
///   `max_data_cells / cells_per_value` codes per chunk on one variable). When even one code of
///   every selection passes the limit, a selection is taken code by code and each piece is
///   packed the same way.
/// - the GET URL length: SSB answers an HTML 404 for GET URLs over about 2 100 characters,
///   so the default maximum is 2 000. ``PxWebClient`` lifts it (`maxURLLength = .max`) and sends
///   such a query as one POST instead; when it does not, a part still too long is bisected on
///   its longest explicit code list, recursively.
///
/// Every selected category lands in exactly one part and no part is empty. `*`, `from(x)` and
/// `to(x)` selections are expanded into explicit codes from the table's metadata when they must
/// be cut; `top(n)` never is. The splitter is pure: no I/O.
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

    /// The sub-queries, in a fixed order (table order of the codes cut), that together select
    /// exactly the cells of `query`. A query within the limits comes back alone.
    ///
    /// - Parameters:
    ///   - query: the query to split.
    ///   - metadata: the table's metadata; needed to count `*`, `top(n)`, `from(x)` and `to(x)`
    ///     selections. Without it those count as one category each.
    public func split(_ query: PxWebQuery, metadata: TableMetadata? = nil) throws(FetchError) -> [PxWebQuery] {
        try validate(query, metadata: metadata)
        var parts: [PxWebQuery] = []
        for packed in try pack(query, metadata: metadata) {
            try collect(packed, metadata: metadata, into: &parts)
        }
        return parts
    }

    /// The fewest requests that can fetch `cells` cells when one request may select at most
    /// `maxCells`: `ceil(cells / maxCells)`, and at least one, since even an empty table is asked once.
    public static func minimumRequests(cells: Int, maxCells: Int) -> Int {
        guard maxCells > 0 else { return max(cells, 1) }
        return max(1, cells / maxCells + (cells % maxCells == 0 ? 0 : 1))
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

    /// Parts within the cell limit, as few as a box-shaped query allows (see the type's notes).
    private func pack(_ query: PxWebQuery, metadata: TableMetadata?) throws(FetchError) -> [PxWebQuery] {
        let counts = query.selections.map { max(categoryCount($0, metadata: metadata), 0) }
        // Only explicit lists, and expressions the metadata can spell out, can be cut.
        let cuttable = query.selections.map { selection -> [String]? in
            let codes = selection.filter.explicitCodes ?? expand(selection, metadata: metadata)
            return (codes?.count ?? 0) > 1 ? codes : nil
        }
        guard let (_, cut) = fewestParts(counts, cuttable: cuttable.map { $0 != nil }) else {
            throw .unsplittableQuery(
                table: query.table,
                query: query.summary,
                reason: "it selects \(cellCount(query, metadata: metadata)) cells (limit \(maxCells)), "
                    + "and no variable has more than one explicit code left to split"
            )
        }
        guard let cut, let codes = cuttable[cut.position] else { return [query] }
        var parts: [PxWebQuery] = []
        for piece in Self.runs(of: codes, into: cut.pieces) {
            var part = query
            part.selections[cut.position].filter = .codes(piece)
            // A run that fits comes straight back; a single code still too large is packed again.
            parts += try pack(part, metadata: metadata)
        }
        return parts
    }

    /// Where to cut a query over the cell limit: the selection at `position` into `pieces` runs.
    private struct Cut {
        var position: Int
        var pieces: Int
    }

    /// The fewest parts a query with these category counts can be fetched in by cutting
    /// selections into runs, and the first cut that gets there; `nil` when it cannot be done.
    ///
    /// For each cuttable selection: when the rest of the query fits, runs of
    /// `maxCells / rest` codes give `ceil(count / perRun)` parts; otherwise the selection is
    /// taken code by code and each piece is cut again. Ties go to the selection with more
    /// codes (finer runs leave less slack), then the first. Counts only, no codes, so it is cheap.
    private func fewestParts(_ counts: [Int], cuttable: [Bool]) -> (parts: Int, cut: Cut?)? {
        let total = Self.product(counts)
        if total <= maxCells { return (1, nil) }
        var best: (parts: Int, cut: Cut, count: Int)?
        for position in counts.indices where cuttable[position] && counts[position] > 1 {
            var others = counts
            others[position] = 1
            let rest = Self.product(others)
            let candidate: (parts: Int, cut: Cut)
            if rest <= maxCells {
                let perRun = maxCells / max(rest, 1)
                let pieces = Self.minimumRequests(cells: counts[position], maxCells: perRun)
                candidate = (pieces, Cut(position: position, pieces: pieces))
            } else {
                var rest = cuttable
                rest[position] = false
                guard let inner = fewestParts(others, cuttable: rest) else { continue }
                let parts = counts[position].multipliedReportingOverflow(by: inner.parts)
                candidate = (parts.overflow ? .max : parts.partialValue, Cut(position: position, pieces: counts[position]))
            }
            if let current = best, (current.parts, -current.count) <= (candidate.parts, -counts[position]) { continue }
            best = (candidate.parts, candidate.cut, counts[position])
        }
        return best.map { ($0.parts, $0.cut) }
    }

    /// `codes` in `pieces` consecutive runs whose lengths differ by at most one, in order.
    public static func runs(of codes: [String], into pieces: Int) -> [[String]] {
        let pieces = min(max(pieces, 1), codes.count)
        var runs: [[String]] = []
        var start = 0
        for index in 0..<pieces {
            let length = codes.count / pieces + (index < codes.count % pieces ? 1 : 0)
            runs.append(Array(codes[start..<(start + length)]))
            start += length
        }
        return runs
    }

    /// The product of counts, saturating instead of overflowing.
    private static func product(_ counts: [Int]) -> Int {
        var product = 1
        for count in counts {
            let next = product.multipliedReportingOverflow(by: count)
            if next.overflow { return .max }
            product = next.partialValue
        }
        return product
    }

    /// Bisects a part within the cell limit until its GET URL fits (only when the client does not POST).
    private func collect(_ query: PxWebQuery, metadata: TableMetadata?, into parts: inout [PxWebQuery]) throws(FetchError) {
        let urlLength = query.dataURL(apiBase: apiBase).count
        if urlLength <= maxURLLength {
            parts.append(query)
            return
        }
        guard let (position, codes) = splittableSelection(query, metadata: metadata) else {
            throw .unsplittableQuery(
                table: query.table,
                query: query.summary,
                reason: "the URL is \(urlLength) characters (limit \(maxURLLength)), and no variable has more than one explicit code left to split"
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
