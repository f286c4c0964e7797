extension JSONStatReader {
    /// `dimension`: one object per dimension; in JSON-stat 1.x also `id`, `size` and `role`.
    mutating func readDimensions(into draft: inout JSONStatDraft) throws(JSONStatError) {
        _ = try scanner.peek("a value")
        let offset = scanner.pos
        guard scanner.base[offset] == UInt8(ascii: "{") else {
            throw scanner.invalid("dimension", "an object describing each dimension", at: offset)
        }
        draft.dimensionsOffset = offset
        draft.hasDatasetMembers = true
        var more = try scanner.beginObject("an object")
        while more {
            let key = try scanner.readKey()
            let next = try scanner.peek("a value")
            let memberOffset = scanner.pos
            switch (key, next) {
            case ("id", UInt8(ascii: "[")):
                try draft.setIDs(try readStringArray(member: "dimension.id"), offset: memberOffset, scanner: scanner)
            case ("size", UInt8(ascii: "[")):
                try draft.setSizes(try readSizes(member: "dimension.size"), offset: memberOffset, scanner: scanner)
            case ("role", UInt8(ascii: "{")) where looksLikeRoleObject():
                try readRoles(into: &draft)
            case (_, UInt8(ascii: "{")):
                draft.dimensions[key] = try readDimension(id: key)
            default:
                throw scanner.invalid("dimension.\(key)", "an object describing the dimension", at: memberOffset)
            }
            more = try scanner.nextMember()
        }
    }

    /// Whether the object at the cursor maps names to arrays, as 1.x's `dimension.role` does,
    /// rather than describing a dimension that happens to be called "role".
    private func looksLikeRoleObject() -> Bool {
        var probe = scanner
        do {
            guard try probe.beginObject("an object") else { return true }
            _ = try probe.readKey()
            return try probe.peek("a value") == UInt8(ascii: "[")
        } catch {
            return false
        }
    }

    /// One dimension object: `label`, `note` and `category`; the rest is skipped.
    private mutating func readDimension(id: String) throws(JSONStatError) -> JSONStatDraftDimension {
        var dimension = JSONStatDraftDimension()
        dimension.offset = scanner.pos
        var more = try scanner.beginObject("an object")
        while more {
            switch try scanner.readKey() {
            case "label": dimension.label = try readText()
            case "note": dimension.notes = try readNotes()
            case "category": try readCategory(into: &dimension, id: id)
            default: try scanner.skipValue()
            }
            more = try scanner.nextMember()
        }
        return dimension
    }

    /// `category`: `index` (array or object), `label` and `unit`; `child`, `coordinates` and `note` are skipped.
    private mutating func readCategory(into dimension: inout JSONStatDraftDimension, id: String) throws(JSONStatError) {
        _ = try scanner.peek("a value")
        let offset = scanner.pos
        guard scanner.base[offset] == UInt8(ascii: "{") else {
            throw scanner.invalid("dimension.\(id).category", "an object with \"index\" or \"label\"", at: offset)
        }
        dimension.categoryOffset = offset
        var more = try scanner.beginObject("an object")
        while more {
            switch try scanner.readKey() {
            case "index": try readIndex(into: &dimension, id: id)
            case "label": dimension.labels = try readCategoryLabels()
            case "unit": dimension.units = try readUnits()
            default: try scanner.skipValue()
            }
            more = try scanner.nextMember()
        }
    }

    private mutating func readIndex(into dimension: inout JSONStatDraftDimension, id: String) throws(JSONStatError) {
        let member = "dimension.\(id).category.index"
        let next = try scanner.peek("a value")
        dimension.indexOffset = scanner.pos
        switch next {
        case UInt8(ascii: "["):
            dimension.index = .codes(try readStringArray(member: member))
        case UInt8(ascii: "{"):
            var pairs: [(code: String, position: Int)] = []
            var more = try scanner.beginObject("an object")
            while more {
                let code = try scanner.readKey()
                pairs.append(
                    (
                        code,
                        try scanner.readWholeNumber(
                            member: member, expected: "an object of category positions, whole numbers from 0 up"
                        )
                    ))
                more = try scanner.nextMember()
            }
            dimension.index = .positions(pairs)
        default:
            throw scanner.invalid(member, "an array of codes or an object of code positions", at: dimension.indexOffset)
        }
    }

    /// `category.label`, in the order written (which orders the categories when `index` is absent).
    private mutating func readCategoryLabels() throws(JSONStatError) -> [(code: String, label: String)] {
        guard try scanner.peek("a value") == UInt8(ascii: "{") else {
            try scanner.skipValue()
            return []
        }
        var labels: [(code: String, label: String)] = []
        var more = try scanner.beginObject("an object")
        while more {
            let code = try scanner.readKey()
            labels.append((code, try readText() ?? code))
            more = try scanner.nextMember()
        }
        return labels
    }

    /// `category.unit`: `{code: {base, decimals, label, symbol, position}}`.
    private mutating func readUnits() throws(JSONStatError) -> [String: JSONStatUnit] {
        guard try scanner.peek("a value") == UInt8(ascii: "{") else {
            try scanner.skipValue()
            return [:]
        }
        var units: [String: JSONStatUnit] = [:]
        var more = try scanner.beginObject("an object")
        while more {
            let code = try scanner.readKey()
            if try scanner.peek("a value") == UInt8(ascii: "{") {
                var unit = JSONStatUnit()
                var fields = try scanner.beginObject("an object")
                while fields {
                    switch try scanner.readKey() {
                    case "base": unit.base = try readText()
                    case "label": unit.label = try readText()
                    case "symbol": unit.symbol = try readText()
                    case "position": unit.position = try readText()
                    case "decimals": unit.decimals = try readDecimals()
                    default: try scanner.skipValue()
                    }
                    fields = try scanner.nextMember()
                }
                units[code] = unit
            } else {
                try scanner.skipValue()
            }
            more = try scanner.nextMember()
        }
        return units
    }

    /// A count of decimals; anything but a small whole number is taken as absent.
    private mutating func readDecimals() throws(JSONStatError) -> Int? {
        let byte = try scanner.peek("a value")
        guard byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") <= 9 else {
            try scanner.skipValue()
            return nil
        }
        let value = try scanner.readNumber()
        guard value >= 0, value <= 100, value.rounded(.towardZero) == value else { return nil }
        return Int(value)
    }
}
