/// The structural layer of the decoder: walks a JSON-stat document member by member in one pass.
///
/// Members it knows are read into a `JSONStatDraft`; everything else
/// (`link`, most of `extension`, `child`, members added by later versions) is
/// skipped with a well-formedness check and no allocation.
struct JSONStatReader {
    var scanner: JSONStatScanner
    /// The text of the string cell just read, which the value loops record by cell position.
    var pendingText: String? = nil
    /// The `value` member's text cells by position (JSON-stat allows strings; they stay text).
    var cellTexts: [Int: String] = [:]

    /// Reads the whole input: one dataset object, or a JSON-stat 1.x bundle holding datasets.
    mutating func readDocument() throws(JSONStatError) -> JSONStatDataset {
        skipByteOrderMark()
        scanner.skipWhitespace()
        guard scanner.pos < scanner.end else { throw .emptyInput(origin: scanner.origin) }
        let first = scanner.base[scanner.pos]
        if first == UInt8(ascii: "<") {
            throw .htmlPage(scanner.location(scanner.pos))
        }
        if first == UInt8(ascii: "[") {
            throw .notADataset(scanner.location(scanner.pos), reason: "it is a JSON array, and a JSON-stat dataset is an object")
        }
        var draft = JSONStatDraft()
        try readDataset(into: &draft, atRoot: true)
        scanner.skipWhitespace()
        if scanner.pos < scanner.end {
            throw scanner.unexpected("the end of the input after the dataset's closing '}'")
        }
        return try draft.finish(scanner: scanner)
    }

    /// Skips a UTF-8 byte-order mark, which some Windows tools put before JSON.
    private mutating func skipByteOrderMark() {
        if scanner.end >= 3, scanner.base[0] == 0xEF, scanner.base[1] == 0xBB, scanner.base[2] == 0xBF {
            scanner.pos = 3
        }
    }

    /// Reads a dataset object's members into `draft`.
    ///
    /// At the root, an object member met before any dataset member may be a
    /// JSON-stat 1.x dataset (`{"<name>": {"dimension": ..., "value": ...}}`);
    /// the first such member that looks like a dataset is taken.
    mutating func readDataset(into draft: inout JSONStatDraft, atRoot: Bool) throws(JSONStatError) {
        scanner.skipWhitespace()
        draft.objectStart = scanner.pos
        var bundled: JSONStatDraft?
        var more = try scanner.beginObject("'{' at the start of a JSON-stat dataset")
        while more {
            let key = try scanner.readKey()
            switch key {
            case "version":
                draft.version = try readText()
                draft.hasDatasetMembers = true
            case "class":
                _ = try scanner.peek("a value")
                draft.classOffset = scanner.pos
                draft.className = try readText()
            case "label": draft.label = try readText()
            case "source": draft.source = try readText()
            case "updated": draft.updated = try readText()
            case "note": draft.notes = try readNotes()
            case "id":
                let offset = try valueOffset()
                try draft.setIDs(try readStringArray(member: "id"), offset: offset, scanner: scanner)
            case "size":
                let offset = try valueOffset()
                try draft.setSizes(try readSizes(member: "size"), offset: offset, scanner: scanner)
            case "role": try readRoles(into: &draft)
            case "dimension": try readDimensions(into: &draft)
            case "value": try readValues(into: &draft)
            case "status": try readStatuses(into: &draft)
            case "extension": try readExtension(into: &draft)
            case "error": try readErrors(into: &draft)
            case "title": draft.problemTitle = try readText()
            case "detail": draft.problemDetail = try readText()
            default:
                if atRoot, !draft.hasDatasetMembers, bundled == nil,
                    try scanner.peek("a value") == UInt8(ascii: "{")
                {
                    var nested = JSONStatDraft()
                    try readDataset(into: &nested, atRoot: false)
                    if nested.looksLikeDataset { bundled = nested }
                } else {
                    try scanner.skipValue()
                }
            }
            more = try scanner.nextMember()
        }
        if atRoot, !draft.hasDatasetMembers, let bundled {
            draft = bundled
        }
    }

    /// The offset of the next value, after white space.
    private mutating func valueOffset() throws(JSONStatError) -> Int {
        _ = try scanner.peek("a value")
        return scanner.pos
    }

    /// A metadata string; anything else (null, a number) is taken as absent, since metadata never blocks figures.
    mutating func readText() throws(JSONStatError) -> String? {
        if try scanner.peek("a value") == UInt8(ascii: "\"") {
            return try scanner.readString()
        }
        try scanner.skipValue()
        return nil
    }

    /// `note`: an array of strings (JSON-stat 2.0) or a single string (seen in older files).
    mutating func readNotes() throws(JSONStatError) -> [String] {
        switch try scanner.peek("a value") {
        case UInt8(ascii: "\""):
            return [try scanner.readString()]
        case UInt8(ascii: "["):
            var notes: [String] = []
            var more = try scanner.beginArray("an array")
            while more {
                if let note = try readText() { notes.append(note) }
                more = try scanner.nextElement()
            }
            return notes
        default:
            try scanner.skipValue()
            return []
        }
    }

    /// An array of strings such as `id` or a role's dimension list.
    mutating func readStringArray(member: String) throws(JSONStatError) -> [String] {
        let offset = try valueOffset()
        guard scanner.base[scanner.pos] == UInt8(ascii: "[") else {
            throw scanner.invalid(member, "an array of strings", at: offset)
        }
        var strings: [String] = []
        var more = try scanner.beginArray("an array")
        while more {
            guard try scanner.peek("a string") == UInt8(ascii: "\"") else {
                throw scanner.invalid(member, "an array of strings", at: scanner.pos)
            }
            strings.append(try scanner.readString())
            more = try scanner.nextElement()
        }
        return strings
    }

    /// An array of whole numbers such as `size`.
    mutating func readSizes(member: String) throws(JSONStatError) -> [Int] {
        let offset = try valueOffset()
        guard scanner.base[scanner.pos] == UInt8(ascii: "[") else {
            throw scanner.invalid(member, "an array of whole numbers", at: offset)
        }
        var sizes: [Int] = []
        var more = try scanner.beginArray("an array")
        while more {
            sizes.append(try scanner.readWholeNumber(member: member, expected: "an array of whole numbers from 0 up"))
            more = try scanner.nextElement()
        }
        return sizes
    }

    /// `role`: `{"time": [...], "geo": [...], "metric": [...]}`; other roles are skipped.
    mutating func readRoles(into draft: inout JSONStatDraft) throws(JSONStatError) {
        let offset = try valueOffset()
        guard scanner.base[scanner.pos] == UInt8(ascii: "{") else {
            throw scanner.invalid("role", "an object of dimension lists", at: offset)
        }
        var more = try scanner.beginObject("an object")
        while more {
            let key = try scanner.readKey()
            if let role = JSONStatRole(rawValue: key) {
                for id in try readStringArray(member: "role.\(key)") where draft.roles[id] == nil {
                    draft.roles[id] = role
                }
            } else {
                try scanner.skipValue()
            }
            more = try scanner.nextMember()
        }
    }

    /// `extension`: only SSB's `px.tableid` matters; the rest is skipped.
    mutating func readExtension(into draft: inout JSONStatDraft) throws(JSONStatError) {
        guard try scanner.peek("a value") == UInt8(ascii: "{") else { return try scanner.skipValue() }
        var more = try scanner.beginObject("an object")
        while more {
            if try scanner.readKey() == "px", try scanner.peek("a value") == UInt8(ascii: "{") {
                var inner = try scanner.beginObject("an object")
                while inner {
                    if try scanner.readKey() == "tableid" {
                        draft.tableID = try readTableID()
                    } else {
                        try scanner.skipValue()
                    }
                    inner = try scanner.nextMember()
                }
            } else {
                try scanner.skipValue()
            }
            more = try scanner.nextMember()
        }
    }

    /// The table number, written as a string by SSB; a number is tolerated (leading zeros are then lost).
    private mutating func readTableID() throws(JSONStatError) -> String? {
        let byte = try scanner.peek("a value")
        if byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") <= 9 {
            let start = scanner.pos
            _ = try scanner.readNumber()
            return String(decoding: UnsafeBufferPointer(start: scanner.base + start, count: scanner.pos - start), as: UTF8.self)
        }
        return try readText()
    }

    /// JSON-stat's `error` member: an array of `{status, id, label}`; only labels are kept.
    mutating func readErrors(into draft: inout JSONStatDraft) throws(JSONStatError) {
        guard try scanner.peek("a value") == UInt8(ascii: "[") else { return try scanner.skipValue() }
        var more = try scanner.beginArray("an array")
        while more {
            if try scanner.peek("a value") == UInt8(ascii: "{") {
                var fields = try scanner.beginObject("an object")
                while fields {
                    if try scanner.readKey() == "label", let label = try readText() {
                        draft.errorLabels.append(label)
                    } else {
                        try scanner.skipValue()
                    }
                    fields = try scanner.nextMember()
                }
            } else if let text = try readText() {
                draft.errorLabels.append(text)
            }
            more = try scanner.nextElement()
        }
    }
}
