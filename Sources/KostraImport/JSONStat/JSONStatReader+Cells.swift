extension JSONStatReader {
    // MARK: value

    /// `value`: an array with one entry per cell, or an object keyed by cell position.
    mutating func readValues(into draft: inout JSONStatDraft) throws(JSONStatError) {
        _ = try scanner.peek("a value")
        let offset = scanner.pos
        draft.valueOffset = offset
        draft.hasDatasetMembers = true
        draft.values = []
        draft.valuePairs = []
        cellTexts = [:]
        pendingText = nil
        defer { draft.texts = cellTexts }
        let known = try draft.cellCount(scanner: scanner)
        switch scanner.base[offset] {
        case UInt8(ascii: "["):
            draft.valueForm = .array
            // Every entry takes at least two bytes, so the input bounds the allocation
            // even when a corrupt `size` claims far more cells.
            let room = (scanner.end - offset) / 2 + 1
            if let known {
                draft.valueArrayLength = try readValueArray(into: &draft.values, capacity: min(known, room))
            } else {
                draft.values.reserveCapacity(room / 4)
                try readValueArray(appendingTo: &draft.values)
                draft.valueArrayLength = draft.values.count
            }
        case UInt8(ascii: "{"):
            draft.valueForm = .object
            if let known {
                draft.values = [Double](repeating: .nan, count: known)
            }
            try readValueObject(into: &draft, count: known)
        default:
            throw scanner.invalid("value", "an array of numbers, or an object of numbers keyed by cell position", at: offset)
        }
    }

    /// The hot loop when `size` came first (as at SSB): values written straight into their
    /// final array, with no per-element capacity or uniqueness check. Entries beyond
    /// `capacity` are counted, not stored, so the count mismatch can be reported.
    /// Returns the number of entries in the array.
    private mutating func readValueArray(into values: inout [Double], capacity: Int) throws(JSONStatError) -> Int {
        var result = Result<Int, JSONStatError>.success(0)
        values = [Double](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            result = Result { () throws(JSONStatError) -> Int in
                var length = 0
                var more = try scanner.beginArray("an array")
                while more {
                    scanner.skipWhitespace()
                    let value = try readCellValue()
                    if length < buffer.count { buffer[length] = value }
                    if let text = pendingText { cellTexts[length] = text; pendingText = nil }
                    length += 1
                    if scanner.pos < scanner.end, scanner.base[scanner.pos] == UInt8(ascii: ",") {
                        scanner.pos += 1
                        continue
                    }
                    more = try scanner.nextElement()
                }
                return length
            }
            // Doubles need no cleanup, so whatever was written may stand even after an error.
            if case .success(let length) = result {
                initialized = min(length, buffer.count)
            }
        }
        return try result.get()
    }

    /// The hot loop when the number of cells is not known yet: values appended in order.
    private mutating func readValueArray(appendingTo values: inout [Double]) throws(JSONStatError) {
        var more = try scanner.beginArray("an array")
        while more {
            scanner.skipWhitespace()
            values.append(try readCellValue())
            if let text = pendingText { cellTexts[values.count - 1] = text; pendingText = nil }
            if scanner.pos < scanner.end, scanner.base[scanner.pos] == UInt8(ascii: ",") {
                scanner.pos += 1
                continue
            }
            more = try scanner.nextElement()
        }
    }

    private mutating func readValueObject(into draft: inout JSONStatDraft, count: Int?) throws(JSONStatError) {
        var more = try scanner.beginObject("an object")
        while more {
            let keyOffset = scanner.pos
            let position = try scanner.readPositionKey(member: "value")
            try scanner.expect(UInt8(ascii: ":"), "':' after a member name")
            scanner.skipWhitespace()
            let value = try readCellValue()
            if let text = pendingText { cellTexts[position] = text; pendingText = nil }
            if let count {
                guard position < count else {
                    throw .positionOutOfRange(scanner.location(keyOffset), member: "value", position: position, cells: count)
                }
                draft.values[position] = value
            } else {
                draft.valuePairs.append(.init(position: position, value: value, offset: keyOffset))
            }
            more = try scanner.nextMember()
        }
    }

    /// One cell's value at the cursor: a number, `null` (NaN), or NaN for a string, whose text is
    /// left in `pendingText`.
    @inline(__always)
    private mutating func readCellValue() throws(JSONStatError) -> Double {
        guard scanner.pos < scanner.end else { throw scanner.unexpected("a number or null") }
        let byte = scanner.base[scanner.pos]
        if byte &- UInt8(ascii: "0") <= 9 || byte == UInt8(ascii: "-") {
            return try scanner.readNumber()
        }
        if byte == UInt8(ascii: "n") {
            let p = scanner.pos
            if p + 4 <= scanner.end, scanner.base[p + 1] == UInt8(ascii: "u"),
                scanner.base[p + 2] == UInt8(ascii: "l"), scanner.base[p + 3] == UInt8(ascii: "l")
            {
                scanner.pos = p + 4
            } else {
                try scanner.readLiteral("null")
            }
            return .nan
        }
        return try readUnusualCellValue(byte)
    }

    /// A string cell is kept as text and never read as a number, even when it looks like one
    /// (JSON-stat 2.0 allows string values; whoever wrote one chose text). Other types are not figures.
    private mutating func readUnusualCellValue(_ byte: UInt8) throws(JSONStatError) -> Double {
        let offset = scanner.pos
        switch byte {
        case UInt8(ascii: "\""):
            pendingText = try scanner.readString()
            return .nan
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "{"), UInt8(ascii: "["):
            try scanner.skipValue()
        default:
            throw scanner.unexpected("a number or null")
        }
        throw scanner.invalid("value", "numbers or null (found something else at this cell)", at: offset)
    }

    // MARK: status

    /// `status`: one string for every cell, an array with one entry per cell, or an object keyed by cell position.
    /// A number here is the HTTP status of an SSB error object, not a JSON-stat status.
    mutating func readStatuses(into draft: inout JSONStatDraft) throws(JSONStatError) {
        let byte = try scanner.peek("a value")
        let offset = scanner.pos
        if byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") <= 9 {
            let number = try scanner.readNumber()
            if number.rounded(.towardZero) == number, abs(number) < 10_000 { draft.problemStatus = Int(number) }
            return
        }
        draft.statusOffset = offset
        draft.statusCodes = []
        draft.statusPairs = []
        switch byte {
        case UInt8(ascii: "n"):
            try scanner.readLiteral("null")
            draft.statusForm = .absent
        case UInt8(ascii: "\""):
            let code = draft.statusTable.code(text: try scanner.readString())
            draft.statusForm = .uniform(code)
            draft.hasDatasetMembers = true
        case UInt8(ascii: "["):
            draft.statusForm = .array
            draft.hasDatasetMembers = true
            try readStatusArray(into: &draft, count: try draft.cellCount(scanner: scanner))
        case UInt8(ascii: "{"):
            draft.statusForm = .object
            draft.hasDatasetMembers = true
            try readStatusObject(into: &draft, count: try draft.cellCount(scanner: scanner))
        default:
            throw scanner.invalid("status", "a string, or an array or object of strings", at: offset)
        }
    }

    private mutating func readStatusArray(into draft: inout JSONStatDraft, count: Int?) throws(JSONStatError) {
        if let count { draft.statusCodes.reserveCapacity(count) }
        var position = 0
        var more = try scanner.beginArray("an array")
        while more {
            scanner.skipWhitespace()
            let offset = scanner.pos
            if let count, position >= count {
                throw .positionOutOfRange(scanner.location(offset), member: "status", position: position, cells: count)
            }
            let code = try readStatusCode(table: &draft.statusTable)
            draft.statusCodes.append(code.code)
            if code.code == JSONStatStatusTable.overflow {
                draft.statusPairs.append(.init(position: position, code: code.code, status: code.status, offset: offset))
            }
            position += 1
            more = try scanner.nextElement()
        }
    }

    private mutating func readStatusObject(into draft: inout JSONStatDraft, count: Int?) throws(JSONStatError) {
        guard let count else {
            // `size` has not been seen yet: keep positions and settle them in `finish`.
            var more = try scanner.beginObject("an object")
            while more {
                let keyOffset = scanner.pos
                let position = try scanner.readPositionKey(member: "status")
                try scanner.expect(UInt8(ascii: ":"), "':' after a member name")
                scanner.skipWhitespace()
                let code = try readStatusCode(table: &draft.statusTable)
                draft.statusPairs.append(.init(position: position, code: code.code, status: code.status, offset: keyOffset))
                more = try scanner.nextMember()
            }
            return
        }
        // The hot loop for SSB's layout: codes written straight into one byte per cell.
        var codes = [UInt8](repeating: JSONStatStatusTable.none, count: count)
        var anyStatus = false
        let result = codes.withUnsafeMutableBufferPointer { buffer in
            Result { () throws(JSONStatError) in
                var more = try scanner.beginObject("an object")
                while more {
                    let keyOffset = scanner.pos
                    let position = try scanner.readPositionKey(member: "status")
                    try scanner.expect(UInt8(ascii: ":"), "':' after a member name")
                    scanner.skipWhitespace()
                    let code = try readStatusCode(table: &draft.statusTable)
                    guard position < count else {
                        throw .positionOutOfRange(scanner.location(keyOffset), member: "status", position: position, cells: count)
                    }
                    if code.code != JSONStatStatusTable.none {
                        anyStatus = true
                        buffer[position] = code.code
                        if code.code == JSONStatStatusTable.overflow {
                            draft.statusPairs.append(.init(position: position, code: code.code, status: code.status, offset: keyOffset))
                        }
                    }
                    more = try scanner.nextMember()
                }
            }
        }
        try result.get()
        draft.statusCodes = anyStatus ? codes : []
    }

    /// One cell's status at the cursor: a string (SSB symbols decoded from the raw bytes) or `null`.
    @inline(__always)
    private mutating func readStatusCode(table: inout JSONStatStatusTable) throws(JSONStatError) -> (code: UInt8, status: JSONStatStatus?) {
        guard scanner.pos < scanner.end else { throw scanner.unexpected("a status string or null") }
        let offset = scanner.pos
        // SSB's symbols are one or two plain characters: read them without the general string loop.
        if offset + 4 <= scanner.end, scanner.base[offset] == UInt8(ascii: "\"") {
            let first = scanner.base[offset + 1]
            if first >= 0x20, first != UInt8(ascii: "\\"), first != UInt8(ascii: "\"") {
                if scanner.base[offset + 2] == UInt8(ascii: "\"") {
                    scanner.pos = offset + 3
                    let code = table.code(bytes: scanner.base + offset + 1, count: 1)
                    if code != JSONStatStatusTable.overflow { return (code, nil) }
                    scanner.pos = offset
                } else if scanner.base[offset + 3] == UInt8(ascii: "\""), scanner.base[offset + 2] >= 0x20,
                    scanner.base[offset + 2] != UInt8(ascii: "\\")
                {
                    scanner.pos = offset + 4
                    let code = table.code(bytes: scanner.base + offset + 1, count: 2)
                    if code != JSONStatStatusTable.overflow { return (code, nil) }
                    scanner.pos = offset
                }
            }
        }
        switch scanner.base[offset] {
        case UInt8(ascii: "\""):
            let raw = try scanner.scanString()
            let code: UInt8
            if raw.hasEscapes {
                code = table.code(text: scanner.text(of: raw))
            } else {
                code = table.code(bytes: scanner.base + raw.start, count: raw.end - raw.start)
            }
            guard code == JSONStatStatusTable.overflow else { return (code, nil) }
            return (code, JSONStatStatus(scanner.text(of: raw)))
        case UInt8(ascii: "n"):
            try scanner.readLiteral("null")
            return (JSONStatStatusTable.none, nil)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "{"), UInt8(ascii: "["),
            UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanner.skipValue()
            throw scanner.invalid("status", "strings or null (found something else at this cell)", at: offset)
        default:
            throw scanner.unexpected("a status string or null")
        }
    }
}
