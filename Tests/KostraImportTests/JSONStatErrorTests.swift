import Foundation
import KostraImport
import Testing

/// Every way an input can fail, with the place it failed and, for some, the exact message.
@Suite("JSON-stat: errors")
struct JSONStatErrorTests {
    private func location(_ offset: Int, line: Int = 1, column: Int? = nil, origin: String = "test.json") -> JSONStatSourceLocation {
        JSONStatSourceLocation(origin: origin, offset: offset, line: line, column: column ?? offset + 1)
    }

    @Test("Empty input")
    func emptyInput() throws {
        #expect(jsonStatError("") == .emptyInput(origin: "test.json"))
        #expect(jsonStatError(" \n\t ") == .emptyInput(origin: "test.json"))
        let error = try #require(jsonStatError(""))
        #expect(
            error.errorDescription == "test.json is empty, so there is no JSON-stat dataset to read. "
                + "Check that the download finished and that the path or URL is right.")
    }

    @Test("A truncated document says where it ends and what was expected")
    func truncated() throws {
        let json = #"{"version":"2.0","class":"dataset","id":["x""#
        let error = try #require(jsonStatError(json, origin: "/tmp/12134.json"))
        #expect(error == .unexpectedEnd(location(44, origin: "/tmp/12134.json"), expected: "',' or ']'"))
        #expect(
            error.errorDescription == "The JSON-stat data in /tmp/12134.json, byte 44 (line 1, column 45) end too early: "
                + "',' or ']' was expected there. The file or download was probably cut off; fetch it again.")
        #expect(
            jsonStatError(#"{"label":"Tr"#)
                == .unexpectedEnd(
                    location(12), expected: "the closing '\"' of the string that starts at byte 9"
                ))
    }

    @Test("Invalid JSON gives byte offset, line and column (columns count characters, not bytes)")
    func invalidJSON() throws {
        let json = "{\"label\":\"Tromsø\",\n  \"source\" \"SSB\"}"
        let error = try #require(jsonStatError(json))
        #expect(error == .invalidJSON(location(31, line: 2, column: 12), found: "'\"'", expected: "':' after a member name"))
        #expect(
            error.errorDescription == "test.json, byte 31 (line 2, column 12) is not valid JSON: found '\"' where "
                + "':' after a member name was expected. Fetch the file again; if it was edited by hand, correct the text "
                + "at that line and column.")
        #expect(jsonStatError(#"{"version":"2.0",}"#) == .invalidJSON(location(17), found: "'}'", expected: "a member name in quotes"))
        #expect(jsonStatError(#"{"value":[1,2,]}"#) == .invalidJSON(location(14), found: "']'", expected: "a number or null"))
        #expect(
            jsonStatError(#"{"value":[01]}"#)
                == .invalidJSON(
                    location(11), found: "'1'", expected: "',' or the end of the number (JSON numbers have no leading zeros)"
                ))
        #expect(
            jsonStatError(#"{"label":"a\qb"}"#)
                == .invalidJSON(
                    location(12), found: "'q'", expected: "an escape such as \\n, \\\" or \\u00E5 after '\\'"
                ))
        #expect(
            jsonStatError("{\"label\":\"a\u{1}\"}")
                == .invalidJSON(
                    location(11), found: "the control character U+0001",
                    expected: "the rest of the string (a control character inside a string must be escaped)"
                ))
        #expect(
            jsonStatError(#"{"version":"2.0"} x"#)
                == .invalidJSON(
                    location(18), found: "'x'", expected: "the end of the input after the dataset's closing '}'"
                ))
        #expect(jsonStatError("{\"value\":[1,ø]}") == .invalidJSON(location(12), found: "'ø'", expected: "a number or null"))
        #expect(jsonStatError(#"{"value":[nul]}"#) == .invalidJSON(location(13), found: "']'", expected: "the rest of 'null'"))
    }

    @Test("An HTML page instead of JSON-stat explains SSB's 404 for long URLs")
    func htmlPage() throws {
        let origin = "https://data.ssb.no/api/pxwebapi/v2/tables/12134/data?lang=no"
        let error = try #require(jsonStatError("\u{FEFF}\r\n<!DOCTYPE html><html><body>404</body></html>", origin: origin))
        #expect(error == .htmlPage(location(5, line: 2, column: 1, origin: origin)))
        #expect(
            error.errorDescription == "The answer in \(origin), byte 5 (line 2, column 1) is an HTML page, not JSON-stat. "
                + "SSB answers with an HTML 404 page when a GET URL is longer than about 2 100 characters or the path is "
                + "wrong: check the table number and the path, and ask for fewer codes per request (or send the query by "
                + "POST) when the URL is long.")
    }

    @Test("id and size of different lengths")
    func idSizeMismatch() throws {
        let json = #"{"version":"2.0","id":["a","b"],"size":[2],"dimension":{},"value":[]}"#
        let error = try #require(jsonStatError(json))
        #expect(error == .idSizeMismatch(location(39), ids: 2, sizes: 1))
        #expect(
            error.errorDescription == "The JSON-stat dataset in test.json, byte 39 (line 1, column 40) is inconsistent: "
                + "\"id\" names 2 dimensions but \"size\" gives 1 sizes. Fetch the data again; if the fault remains, report "
                + "it to the publisher.")
    }

    @Test("A dimension named in id but not described")
    func missingDimension() throws {
        let json = #"{"version":"2.0","id":["a"],"size":[1],"dimension":{"b":{"category":{"index":["x"]}}},"value":[1]}"#
        #expect(jsonStatError(json) == .missingDimension(location(51), dimension: "a"))
    }

    @Test("A category count that differs from size")
    func categoryCountMismatch() throws {
        let json = twoByThree(value: "[1,2,3,4,5,6]").replacingOccurrences(of: #""size":[2,3]"#, with: #""size":[2,4]"#)
        let error = try #require(jsonStatError(json))
        guard case .categoryCountMismatch(let where_, "Tid", 3, 4) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(where_.line == 4)
        #expect(error.errorDescription?.hasPrefix("The dimension \"Tid\" in test.json, byte ") == true)
        #expect(error.errorDescription?.contains("has 3 categories, but \"size\" says 4.") == true)
    }

    @Test("A value array shorter than the product of size")
    func valueCountMismatch() throws {
        let error = try #require(jsonStatError(twoByThree(value: "[1,2,3,4,5]")))
        guard case .valueCountMismatch(let place, 5, 6) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(
            error.errorDescription == "The \"value\" array in test.json, byte \(place.offset) (line 5, column 10) holds "
                + "5 values, but the dimensions make 6 cells. The data were probably cut short or altered. Fetch the data "
                + "again; if the fault remains, report it to the publisher.")
    }

    @Test("Value object keys that are not positions, or beyond the last cell")
    func valueObjectKeys() throws {
        let notInteger = try #require(jsonStatError(twoByThree(value: #"{"0":1,"x1":2}"#)))
        guard case .positionKeyInvalid(_, "value", "x1") = notInteger else {
            Issue.record("unexpected \(notInteger)")
            return
        }
        #expect(notInteger.errorDescription?.contains("has the key \"x1\", which is not a cell position") == true)
        let outOfRange = try #require(jsonStatError(twoByThree(value: #"{"0":1,"6":2}"#)))
        guard case .positionOutOfRange(_, "value", 6, 6) = outOfRange else {
            Issue.record("unexpected \(outOfRange)")
            return
        }
        #expect(outOfRange.errorDescription?.contains("refers to cell position 6, but the dataset has only 6 cells (positions 0 to 5)") == true)
        // Out of range found only at the end, when `size` comes after `value`.
        let late = #"{"value":{"3":1},"id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","b"]}}}}"#
        #expect(jsonStatError(late) == .positionOutOfRange(location(10), member: "value", position: 3, cells: 2))
    }

    @Test("Status positions out of range, as an object or as a too-long array")
    func statusOutOfRange() throws {
        let object = try #require(jsonStatError(twoByThree(value: "[1,2,3,4,5,6]", status: #"{"2":"..","17":":"}"#)))
        guard case .positionOutOfRange(_, "status", 17, 6) = object else {
            Issue.record("unexpected \(object)")
            return
        }
        let array = try #require(jsonStatError(twoByThree(value: "[1,2,3,4,5,6]", status: #"[null,null,null,null,null,null,".."]"#)))
        guard case .positionOutOfRange(_, "status", 6, 6) = array else {
            Issue.record("unexpected \(array)")
            return
        }
        let negative = jsonStatError(twoByThree(value: "[1,2,3,4,5,6]", status: #"{"-1":".."}"#))
        guard case .positionKeyInvalid(_, "status", "-1") = negative else {
            Issue.record("unexpected \(String(describing: negative))")
            return
        }
    }

    @Test("An SSB error object is not a dataset; its title is reported")
    func ssbErrorObject() throws {
        let json =
            #"{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not Found","status":404,"detail":"Table 99999 does not exist"}"#
        let error = try #require(jsonStatError(json, origin: "https://data.ssb.no/api/pxwebapi/v2/tables/99999/data"))
        #expect(
            error.errorDescription == "https://data.ssb.no/api/pxwebapi/v2/tables/99999/data, byte 0 (line 1, column 1) "
                + "does not hold a JSON-stat dataset: it is an error answer from the server: \"Not Found\" (HTTP status 404), "
                + "Table 99999 does not exist. Check the table number and the query, then fetch the data again.")
    }

    @Test("Other documents that are not datasets")
    func otherNonDatasets() throws {
        #expect(
            jsonStatError(#"{"version":"2.0","class":"collection","link":{"item":[]}}"#)
                == .notADataset(
                    location(25), reason: "its class is \"collection\", and only the class \"dataset\" holds figures"
                ))
        #expect(jsonStatError(#"[1,2]"#) == .notADataset(location(0), reason: "it is a JSON array, and a JSON-stat dataset is an object"))
        #expect(
            jsonStatError(#"{"error":[{"status":"400","label":"Bad query"}]}"#)
                == .notADataset(
                    location(0), reason: "it reports an error: \"Bad query\""
                ))
        #expect(
            jsonStatError(#"{"hello":"world"}"#)
                == .notADataset(
                    location(0), reason: "it has none of the members \"id\", \"size\", \"dimension\" and \"value\""
                ))
    }

    @Test("Missing and malformed members")
    func members() throws {
        let noValue = #"{"version":"2.0","id":["x"],"size":[1],"dimension":{"x":{"category":{"index":["a"]}}}}"#
        let error = try #require(jsonStatError(noValue))
        #expect(error == .missingMember(location(0), member: "value"))
        #expect(
            error.errorDescription == "The JSON-stat dataset in test.json, byte 0 (line 1, column 1) has no \"value\" "
                + "member, which every dataset needs. Fetch the data again; if the fault remains, report it to the publisher.")
        #expect(jsonStatError(#"{"version":"2.0","size":[1],"value":[1]}"#) == .missingMember(location(0), member: "id"))
        #expect(
            jsonStatError(#"{"version":"2.0","id":["x"],"size":[-1]}"#)
                == .invalidMember(
                    location(36), member: "size", expected: "an array of whole numbers from 0 up"
                ))
        #expect(
            jsonStatError(#"{"version":"2.0","id":["x"],"size":[1.5]}"#)
                == .invalidMember(
                    location(36), member: "size", expected: "an array of whole numbers from 0 up"
                ))
        #expect(jsonStatError(#"{"version":"2.0","id":"x"}"#) == .invalidMember(location(22), member: "id", expected: "an array of strings"))
        // A string cell is allowed (kept as text, see the format variants); true and a bare string are not.
        for value in ["[1,2,true,4,5,6]", #""abc""#] {
            let error = jsonStatError(twoByThree(value: value))
            guard case .invalidMember(_, "value", _) = error else {
                Issue.record("\(value): unexpected \(String(describing: error))")
                continue
            }
        }
        let badIndex = #"{"id":["x"],"size":[2],"dimension":{"x":{"category":{"index":{"a":0,"b":5}}}},"value":[1,2]}"#
        #expect(
            jsonStatError(badIndex)
                == .invalidMember(
                    location(61), member: "dimension.x.category.index",
                    expected: "an object giving each category a distinct position from 0 to 1"
                ))
        let duplicate = #"{"id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","a"]}}},"value":[1,2]}"#
        #expect(
            jsonStatError(duplicate)
                == .invalidMember(
                    location(61), member: "dimension.x.category.index", expected: "a list of distinct category codes"
                ))
    }

    @Test("Nesting deeper than any dataset needs, and more cells than fit in memory")
    func limits() throws {
        let deep = #"{"future":"# + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "}"
        guard case .nestingTooDeep(_, 128) = try #require(jsonStatError(deep)) else {
            Issue.record("expected nestingTooDeep")
            return
        }
        let huge = #"{"id":["a","b","c"],"size":[100000,100000,100000],"value":{}}"#
        guard case .tooManyCells(let place, let cells, let limit) = try #require(jsonStatError(huge)) else {
            Issue.record("expected tooManyCells")
            return
        }
        #expect(place.offset == 27)
        #expect(cells == 1_000_000_000_000_000)
        #expect(limit == JSONStatDecoder.maximumCellCount)
    }

    /// The remaining error cases, each with its full message.
    static let messages: [(json: String, message: String)] = [
        (
            #"{"version":"2.0","id":["a"],"size":[1],"dimension":{"b":{"category":{"index":["x"]}}},"value":[1]}"#,
            "The JSON-stat dataset in test.json, byte 51 (line 1, column 52) lists the dimension \"a\" in \"id\", "
                + "but \"dimension\" does not describe it. Fetch the data again; if the fault remains, report it to the publisher."
        ),
        (
            #"{"id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","b","c"]}}},"value":[1,2]}"#,
            "The dimension \"x\" in test.json, byte 52 (line 1, column 53) has 3 categories, but \"size\" says 2. "
                + "Fetch the data again; if the fault remains, report it to the publisher."
        ),
        (
            #"{"id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","b"]}}},"value":{"0":1,"x1":2}}"#,
            "The \"value\" object in test.json, byte 89 (line 1, column 90) has the key \"x1\", which is not a cell "
                + "position (a whole number from 0 up). Fetch the data again; if the fault remains, report it to the publisher."
        ),
        (
            #"{"id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","b"]}}},"value":[1,2],"status":{"7":".."}}"#,
            "\"status\" in test.json, byte 98 (line 1, column 99) refers to cell position 7, but the dataset has only "
                + "2 cells (positions 0 to 1). Fetch the data again; if the fault remains, report it to the publisher."
        ),
        (
            #"{"version":"2.0","id":["x"],"size":[-1]}"#,
            "\"size\" in test.json, byte 36 (line 1, column 37) must be an array of whole numbers from 0 up. "
                + "Fetch the data again; if the fault remains, report it to the publisher."
        ),
        (
            #"{"future":"# + String(repeating: "[", count: 500),
            "The JSON in test.json, byte 137 (line 1, column 138) nests arrays and objects more than 128 levels deep, "
                + "far more than a JSON-stat dataset needs; the input is probably something else. Check where it came from."
        ),
        (
            #"{"id":["a","b","c"],"size":[100000,100000,100000],"value":{}}"#,
            "The dataset in test.json, byte 27 (line 1, column 28) declares 1000000000000000 cells, more than the "
                + "134217728 this reader keeps in memory. Ask for fewer regions, years or variables per request."
        ),
    ]

    @Test("Full messages of the remaining error cases", arguments: messages.indices)
    func fullMessages(_ index: Int) throws {
        let error = try #require(jsonStatError(Self.messages[index].json))
        #expect(error.errorDescription == Self.messages[index].message)
    }

    @Test("Errors from Data and from [UInt8] agree")
    func dataAndBytes() {
        let json = #"{"version":"2.0","id":["x"]"#
        var fromData: JSONStatError?
        do { _ = try JSONStatDecoder.decode(Data(json.utf8), origin: "d") } catch { fromData = error }
        var fromBytes: JSONStatError?
        do { _ = try JSONStatDecoder.decode(Array(json.utf8), origin: "d") } catch { fromBytes = error }
        #expect(fromData != nil)
        #expect(fromData == fromBytes)
    }
}
