/// A decoded JSON-stat dataset: the cube's dimensions plus one value and status per cell.
///
/// Cells are stored flat in row-major order over the dimensions (the last
/// dimension varies fastest), values as `Double` with NaN for "no value" and
/// statuses as one byte per cell, so a table of millions of cells costs about
/// nine bytes per cell and no object per cell.
public struct JSONStatDataset: Sendable {
    /// The JSON-stat version, `"2.0"`; `nil` for a JSON-stat 1.x bundle or a table read from a Statbank CSV.
    public let version: String?
    /// The dataset's title, e.g. `12134: Utvalgte nøkkeltall for kommuneregnskap, ...`.
    public let label: String?
    /// Who published it, e.g. `Statistisk sentralbyrå`.
    public let source: String?
    /// When the publisher last updated the table, as written (ISO 8601 at SSB).
    public let updated: String?
    /// SSB's table number from `extension.px.tableid`, e.g. `12134`.
    public let tableID: String?
    /// The dataset's notes, in order.
    public let notes: [String]
    /// The dimensions in `id` order, which is the order of the flat cell index.
    public let dimensions: [JSONStatDimension]
    /// The number of categories of each dimension.
    public let size: [Int]
    /// The number of cells: the product of `size`.
    public let count: Int
    /// Every cell's value in flat order; NaN where the cell has no value.
    ///
    /// JSON cannot write NaN, so NaN here always means "no value".
    public let values: [Double]
    /// How far apart consecutive categories of each dimension are in the flat index.
    private let strides: [Int]
    /// One status code per cell, or empty when no cell has a status.
    private let statusCodes: [UInt8]
    /// What the status codes stand for.
    private let statusTable: JSONStatStatusTable
    /// Statuses of cells coded as overflow (more distinct strings than codes).
    private let statusOverflow: [Int: JSONStatStatus]
    /// The cells whose `value` is a string, by flat index: kept as text (their value is NaN),
    /// never turned into a number, since KostraKit's figures are numbers and a text is no figure.
    public let texts: [Int: String]

    init(
        version: String?, label: String?, source: String?, updated: String?, tableID: String?, notes: [String],
        dimensions: [JSONStatDimension], values: [Double], statusCodes: [UInt8],
        statusTable: JSONStatStatusTable, statusOverflow: [Int: JSONStatStatus], texts: [Int: String] = [:]
    ) {
        self.version = version
        self.label = label
        self.source = source
        self.updated = updated
        self.tableID = tableID
        self.notes = notes
        self.dimensions = dimensions
        self.size = dimensions.map(\.count)
        self.count = values.count
        self.values = values
        var strides = [Int](repeating: 1, count: dimensions.count)
        var stride = 1
        for index in dimensions.indices.reversed() {
            strides[index] = stride
            stride *= max(dimensions[index].count, 1)
        }
        self.strides = strides
        self.statusCodes = statusCodes
        self.statusTable = statusTable
        self.statusOverflow = statusOverflow
        self.texts = texts.filter { $0.key >= 0 && $0.key < values.count }
    }

    /// The text of a cell whose `value` is a string, or `nil` for a number or `null`.
    public func text(at flatIndex: Int) -> String? {
        texts.isEmpty ? nil : texts[flatIndex]
    }

    /// The dimension names in flat-index order.
    public var ids: [String] { dimensions.map(\.id) }

    /// The dimension with this name, if the dataset has it.
    public func dimension(_ id: String) -> JSONStatDimension? {
        dimensions.first { $0.id == id }
    }

    /// The first dimension with this role, e.g. `.time`.
    public func dimension(role: JSONStatRole) -> JSONStatDimension? {
        dimensions.first { $0.role == role }
    }

    /// The value of a cell, or `nil` when it has none (or the index is outside the table).
    @inline(__always)
    public func value(at flatIndex: Int) -> Double? {
        guard values.indices.contains(flatIndex) else { return nil }
        let value = values[flatIndex]
        return value.isNaN ? nil : value
    }

    /// The publisher's status for a cell, or `nil` when it has none.
    @inline(__always)
    public func status(at flatIndex: Int) -> JSONStatStatus? {
        guard statusCodes.indices.contains(flatIndex) else { return nil }
        let code = statusCodes[flatIndex]
        if code == JSONStatStatusTable.overflow { return statusOverflow[flatIndex] }
        return statusTable.status(code: code)
    }

    /// Whether a cell has neither a value nor a status.
    public func isMissing(at flatIndex: Int) -> Bool {
        value(at: flatIndex) == nil && status(at: flatIndex) == nil
    }

    /// How many cells carry a status.
    public var statusCount: Int {
        statusCodes.reduce(0) { $0 + ($1 == JSONStatStatusTable.none ? 0 : 1) }
    }

    /// The category position in each dimension of a cell, computed from the strides;
    /// empty when the index is outside the table.
    public func positions(at flatIndex: Int) -> [Int] {
        guard flatIndex >= 0, flatIndex < count else { return [] }
        var positions = [Int](repeating: 0, count: dimensions.count)
        fillPositions(&positions, for: flatIndex)
        return positions
    }

    /// The category code in each dimension of a cell, computed from the strides;
    /// empty when the index is outside the table.
    public func codes(at flatIndex: Int) -> [String] {
        positions(at: flatIndex).enumerated().map { dimensions[$0.offset].codes[$0.element] }
    }

    /// The flat index of the cell with these category positions, or `nil` if one is out of range.
    public func flatIndex(positions: [Int]) -> Int? {
        guard positions.count == dimensions.count else { return nil }
        var index = 0
        for (dimension, position) in positions.enumerated() {
            guard position >= 0, position < size[dimension] else { return nil }
            index += position * strides[dimension]
        }
        return index
    }

    /// The flat index of the cell with these codes, by dimension name.
    ///
    /// A dimension with a single category may be left out, since there is only
    /// one choice (KOSTRA tables often have one `ContentsCode`). Returns `nil`
    /// for an unknown code or a missing choice in a larger dimension.
    public func flatIndex(for codes: [String: String]) -> Int? {
        var index = 0
        for (dimension, stride) in zip(dimensions, strides) {
            let position: Int
            if let code = codes[dimension.id] {
                guard let found = dimension.position(of: code) else { return nil }
                position = found
            } else if dimension.count == 1 {
                position = 0
            } else {
                return nil
            }
            index += position * stride
        }
        return index
    }

    /// The value of the cell with these codes (see `flatIndex(for:)`).
    public func value(for codes: [String: String]) -> Double? {
        flatIndex(for: codes).flatMap { value(at: $0) }
    }

    /// The status of the cell with these codes (see `flatIndex(for:)`).
    public func status(for codes: [String: String]) -> JSONStatStatus? {
        flatIndex(for: codes).flatMap { status(at: $0) }
    }

    /// Calls `body` for every cell in flat order.
    ///
    /// Positions are advanced like an odometer instead of divided out, and the
    /// cell is reused, so the walk itself allocates nothing.
    public func forEachCell<E: Error>(_ body: (JSONStatCell) throws(E) -> Void) throws(E) {
        guard count > 0 else { return }
        var cell = JSONStatCell(
            flatIndex: 0, positions: [Int](repeating: 0, count: dimensions.count), value: nil, status: nil
        )
        let last = dimensions.count - 1
        for flatIndex in 0..<count {
            cell.flatIndex = flatIndex
            let value = values[flatIndex]
            cell.value = value.isNaN ? nil : value
            cell.status = statusCodes.isEmpty ? nil : status(at: flatIndex)
            try body(cell)
            var dimension = last
            while dimension >= 0 {
                cell.positions[dimension] += 1
                if cell.positions[dimension] < size[dimension] { break }
                cell.positions[dimension] = 0
                dimension -= 1
            }
        }
    }

    /// Every cell as a row of codes, labels, value and status, for showing any table in long form.
    public func longRows() -> [JSONStatLongRow] {
        var rows: [JSONStatLongRow] = []
        rows.reserveCapacity(count)
        forEachCell { cell in
            var codes: [String] = []
            var labels: [String] = []
            codes.reserveCapacity(dimensions.count)
            labels.reserveCapacity(dimensions.count)
            for (dimension, position) in zip(dimensions, cell.positions) {
                codes.append(dimension.codes[position])
                labels.append(dimension.labels[position])
            }
            rows.append(
                JSONStatLongRow(
                    flatIndex: cell.flatIndex, codes: codes, labels: labels, value: cell.value, status: cell.status
                ))
        }
        return rows
    }

    private func fillPositions(_ positions: inout [Int], for flatIndex: Int) {
        var rest = flatIndex
        for dimension in dimensions.indices {
            let stride = strides[dimension]
            positions[dimension] = rest / stride
            rest %= stride
        }
    }
}

extension JSONStatDataset {
    /// The same table with one dimension under another id (its codes, labels and cells unchanged).
    ///
    /// A Statbank CSV names its region column after the header (`region`), where SSB's
    /// JSON-stat uses the table's own variable id (`KOKkommuneregion0000`); renaming lets the
    /// recipes find it either way.
    public func renamingDimension(_ id: String, to newID: String) -> JSONStatDataset {
        let renamed = dimensions.map { dimension in
            dimension.id != id
                ? dimension
                : JSONStatDimension(
                    id: newID, label: dimension.label, role: dimension.role, codes: dimension.codes, labels: dimension.labels,
                    units: dimension.units, notes: dimension.notes)
        }
        return JSONStatDataset(
            version: version, label: label, source: source, updated: updated, tableID: tableID, notes: notes,
            dimensions: renamed, values: values, statusCodes: statusCodes, statusTable: statusTable,
            statusOverflow: statusOverflow, texts: texts)
    }
}

extension JSONStatDataset {
    /// The same table with new category codes for one dimension (labels and cells unchanged), or
    /// `nil` when `codes` has the wrong length or repeats a code.
    ///
    /// A Statbank export with region names only gets each name's code valid in the table's
    /// year, so that the recipes can read it as they read SSB's own codes.
    public func replacingCodes(of id: String, with codes: [String]) -> JSONStatDataset? {
        guard let index = dimensions.firstIndex(where: { $0.id == id }), dimensions[index].count == codes.count,
            Set(codes).count == codes.count
        else { return nil }
        var replaced = dimensions
        let old = dimensions[index]
        replaced[index] = JSONStatDimension(
            id: old.id, label: old.label, role: old.role, codes: codes, labels: old.labels, units: old.units, notes: old.notes)
        return JSONStatDataset(
            version: version, label: label, source: source, updated: updated, tableID: tableID, notes: notes,
            dimensions: replaced, values: values, statusCodes: statusCodes, statusTable: statusTable,
            statusOverflow: statusOverflow, texts: texts)
    }
}

extension JSONStatDataset {
    /// The cells of one category of a dimension, as a table in which that dimension has only
    /// that category; `nil` when the dimension or position does not exist.
    ///
    /// A Statbank export with region names only is read one year at a time, so that each name
    /// gets the code its municipality had that year.
    public func selecting(_ id: String, position: Int) -> JSONStatDataset? {
        guard let axis = dimensions.firstIndex(where: { $0.id == id }), dimensions[axis].codes.indices.contains(position) else { return nil }
        let old = dimensions[axis]
        let code = old.codes[position]
        var kept = dimensions
        kept[axis] = JSONStatDimension(
            id: old.id, label: old.label, role: old.role, codes: [code], labels: [old.labels[position]],
            units: old.units.filter { $0.key == code }, notes: old.notes)
        // Fixing one axis keeps the other cells in their row-major order, so the kept cells are
        // the old ones in order, and the new flat index counts them.
        var values: [Double] = []
        var codes: [UInt8] = []
        var overflow: [Int: JSONStatStatus] = [:]
        for index in 0..<count where (index / strides[axis]) % size[axis] == position {
            if let status = statusOverflow[index] { overflow[values.count] = status }
            if !statusCodes.isEmpty { codes.append(statusCodes[index]) }
            values.append(self.values[index])
        }
        return JSONStatDataset(
            version: version, label: label, source: source, updated: updated, tableID: tableID, notes: notes,
            dimensions: kept, values: values, statusCodes: codes, statusTable: statusTable, statusOverflow: overflow)
    }
}
