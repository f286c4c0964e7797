import KostraImport
import KostraModel
import Testing

/// Each way JSON-stat lets a publisher write the same thing decodes to the same cells.
@Suite("JSON-stat: format variants")
struct JSONStatFormatVariantTests {
    @Test("Index as an object and as an array; labels default to codes")
    func indexForms() throws {
        let dataset = try decodeJSONStat(twoByThree(value: "[1,2,3,4,5,6]"))
        #expect(dataset.dimensions[0].codes == ["0301", "4601"])
        #expect(dataset.dimensions[0].labels == ["Oslo", "Bergen"])
        #expect(dataset.dimensions[1].codes == ["2022", "2023", "2024"])
        #expect(dataset.dimensions[1].labels == ["2022", "2023", "2024"])
        #expect(dataset.value(for: ["Region": "4601", "Tid": "2022"]) == 4)
        #expect(dataset.codes(at: 5) == ["4601", "2024"])
        #expect(dataset.positions(at: 4) == [1, 1])
        #expect(dataset.flatIndex(positions: [1, 2]) == 5)
        #expect(dataset.flatIndex(for: ["Region": "4601"]) == nil)
        #expect(dataset.flatIndex(for: ["Region": "9999", "Tid": "2022"]) == nil)
        #expect(dataset.codes(at: 6).isEmpty)
    }

    @Test("Index object positions out of written order")
    func indexObjectOutOfOrder() throws {
        let json = """
            {"version":"2.0","class":"dataset","id":["x"],"size":[3],
             "dimension":{"x":{"category":{"index":{"c":2,"a":0,"b":1}}}},"value":[10,20,30]}
            """
        let dataset = try decodeJSONStat(json)
        #expect(dataset.dimensions[0].codes == ["a", "b", "c"])
        #expect(dataset.value(for: ["x": "c"]) == 30)
    }

    @Test("A missing index: a single category given only by its label, or several in label order")
    func missingIndex() throws {
        let json = """
            {"version":"2.0","class":"dataset","id":["metric","sex"],"size":[1,2],
             "dimension":{"metric":{"category":{"label":{"pop":"Population"}}},
                          "sex":{"category":{"label":{"M":"Men","F":"Women"}}}},
             "value":[5,7]}
            """
        let dataset = try decodeJSONStat(json)
        #expect(dataset.dimensions[0].codes == ["pop"])
        #expect(dataset.dimensions[0].labels == ["Population"])
        #expect(dataset.dimensions[1].codes == ["M", "F"])
        // A single-category dimension may be left out of the lookup.
        #expect(dataset.value(for: ["sex": "F"]) == 7)
    }

    @Test("Value as an object keyed by position; absent keys have no value")
    func valueObject() throws {
        let dataset = try decodeJSONStat(twoByThree(value: #"{"0":1.5,"5":-2,"3":null}"#))
        #expect(dataset.value(at: 0) == 1.5)
        #expect(dataset.value(at: 5) == -2)
        #expect(dataset.value(at: 1) == nil)
        #expect(dataset.isMissing(at: 3))
    }

    @Test("Status as one string for every cell")
    func statusString() throws {
        let dataset = try decodeJSONStat(twoByThree(value: "[1,2,3,4,5,6]", status: #"":""#))
        #expect(dataset.statusCount == 6)
        #expect((0..<6).allSatisfy { dataset.status(at: $0) == .symbol(.confidential) })
    }

    @Test("Status as an array with nulls, SSB symbols and another provider's letters")
    func statusArray() throws {
        let dataset = try decodeJSONStat(
            twoByThree(
                value: "[null,null,3,null,5,6]", status: #"["..",".",null,"-","p",null]"#
            ))
        #expect(dataset.status(at: 0) == .symbol(.missing))
        #expect(dataset.status(at: 1) == .symbol(.notApplicable))
        #expect(dataset.status(at: 2) == nil)
        #expect(dataset.status(at: 3)?.symbol == .nil_)
        #expect(dataset.status(at: 4) == .other("p"))
        #expect(dataset.status(at: 4)?.rawValue == "p")
        #expect(dataset.value(at: 4) == 5)
        #expect(dataset.statusCount == 4)
    }

    @Test("Status as an object keyed by position (SSB's form), before or after value")
    func statusObject() throws {
        let after = try decodeJSONStat(twoByThree(value: "[1,null,3,4,null,6]", status: #"{"1":"..","4":":"}"#))
        #expect(after.status(at: 1) == .symbol(.missing))
        #expect(after.status(at: 4) == .symbol(.confidential))
        #expect(after.status(at: 0) == nil)
        #expect(after.isMissing(at: 1) == false)

        // `status` and `value` first, before `size` says how many cells there are.
        let before = try decodeJSONStat(
            """
            {"status":{"1":".."},"value":{"1":null,"2":7},"version":"2.0","class":"dataset","id":["x"],"size":[3],
             "dimension":{"x":{"category":{"index":["a","b","c"]}}}}
            """)
        #expect(before.status(at: 1) == .symbol(.missing))
        #expect(before.value(at: 2) == 7)
        #expect(before.isMissing(at: 0))
    }

    @Test("Unicode escapes, surrogate pairs and raw UTF-8 in strings")
    func stringEscapes() throws {
        let json = #"""
            {"version":"2.0","class":"dataset","label":"Tr\u00e5ante \"T\" \\ \/ \ud83d\ude00 \ud800 tab\there",
             "source":"Statistisk sentralbyrå","id":["r"],"size":[1],
             "dimension":{"r":{"category":{"index":["5001"],"label":{"5001":"Trondheim - Tr\u00E5ante"}}}},"value":[1]}
            """#
        let dataset = try decodeJSONStat(json)
        #expect(dataset.label == "Tråante \"T\" \\ / 😀 \u{FFFD} tab\there")
        #expect(dataset.source == "Statistisk sentralbyrå")
        #expect(dataset.dimensions[0].labels == ["Trondheim - Tråante"])
    }

    @Test("Numbers in every JSON form; string cells kept as text, never read as numbers")
    func numberForms() throws {
        let json =
            #"{"version":"2.0","id":["x"],"size":[8],"dimension":{"x":{"category":{"index":["a","b","c","d","e","f","g","h"]}}},"#
            + #""value":[0,-0,1E+2,2.5e-3,-17.25,12345678901234567890,"42"," 7.5 "]}"#
        let dataset = try decodeJSONStat(json)
        #expect(Array(dataset.values.prefix(6)) == [0, -0.0, 100, 0.0025, -17.25, 12_345_678_901_234_567_168])
        #expect(dataset.values[1].sign == .minus)
        // JSON-stat 2.0 allows string values: whoever wrote "42" chose text, so it is no figure.
        #expect(dataset.values[6].isNaN && dataset.values[7].isNaN)
        #expect(dataset.text(at: 6) == "42" && dataset.text(at: 7) == " 7.5 ")
        #expect(dataset.text(at: 0) == nil)
    }

    @Test("String cells in every value form: array, object, and with size after value")
    func stringCells() throws {
        let array = #"{"version":"2.0","id":["x"],"size":[3],"dimension":{"x":{"category":{"index":["a","b","c"]}}},"value":[1,"ikke oppgitt",null]}"#
        let fromArray = try decodeJSONStat(array)
        #expect(fromArray.texts == [1: "ikke oppgitt"])
        #expect(fromArray.value(at: 0) == 1 && fromArray.value(at: 1) == nil && fromArray.value(at: 2) == nil)
        let object = #"{"version":"2.0","id":["x"],"size":[3],"dimension":{"x":{"category":{"index":["a","b","c"]}}},"value":{"0":2,"2":"se note"}}"#
        #expect(try decodeJSONStat(object).texts == [2: "se note"])
        let late = #"{"value":["a",5],"version":"2.0","id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","b"]}}}}"#
        let fromLate = try decodeJSONStat(late)
        #expect(fromLate.texts == [0: "a"] && fromLate.value(at: 1) == 5)
        let skipped = fromArray.textCellsSkipped()
        #expect(skipped.count == 1)
        #expect(skipped.first?.place == "x=b («ikke oppgitt»)")
        #expect(skipped.first?.reason == JSONStatDataset.textCellReason)
    }

    @Test("Unknown members are skipped at any depth; roles, notes, links and extensions")
    func unknownMembers() throws {
        let json = """
            \u{FEFF}
              {"future":{"a":[1,{"b":[true,false,null,"x\\"y"]}],"c":-1.5e-7},
               "version":"2.0","class":"dataset","href":"https://example.org","note":"one note",
               "link":{"alternate":[{"type":"text/csv","href":"x.csv"}]},
               "role":{"time":["Tid"],"geo":["Region"],"other":["Region"]},
               "error":[],"extension":{"px":{"decimals":1,"tableid":"07221","nested":{"deep":[[[]]]}},"contact":[{}]},
               "id":["Region","Tid"],"size":[1,2],
               "dimension":{"Region":{"label":"region","note":["n1","n2"],"href":"x","link":{},"extension":{"e":{}},
                             "category":{"index":["TOTAL"],"label":{"TOTAL":"Hele landet"},"child":{"TOTAL":[]},
                             "coordinates":{"TOTAL":[10.7,59.9]},"note":{"TOTAL":["x"]}}},
                            "Tid":{"category":{"index":["2023K1","2023K2"],
                             "unit":{"2023K1":{"decimals":1,"label":"index","symbol":"p","position":"end","base":"indeks"}}}}},
               "value":[1.5,2.5],"updated":"2024-01-12T07:00:00Z"}
            """
        let dataset = try decodeJSONStat(json)
        #expect(dataset.tableID == "07221")
        #expect(dataset.notes == ["one note"])
        #expect(dataset.updated == "2024-01-12T07:00:00Z")
        #expect(dataset.dimensions[0].role == .geo)
        #expect(dataset.dimensions[1].role == .time)
        #expect(dataset.dimensions[0].notes == ["n1", "n2"])
        #expect(
            dataset.dimensions[1].unit(of: "2023K1")
                == JSONStatUnit(
                    base: "indeks", decimals: 1, label: "index", symbol: "p", position: "end"
                ))
        #expect(dataset.values == [1.5, 2.5])
    }

    @Test("A JSON-stat 1.x bundle: the first dataset, with id, size and role inside dimension")
    func version1Bundle() throws {
        let json = """
            {"dataset":{"label":"Folkemengde","source":"SSB","updated":"2013-01-01",
              "value":[5,null,7,8],"status":{"1":".."},
              "dimension":{"id":["Region","Tid"],"size":[2,2],"role":{"geo":["Region"],"time":["Tid"]},
                "Region":{"label":"region","category":{"index":{"0301":0,"1201":1},"label":{"0301":"Oslo","1201":"Bergen"}}},
                "Tid":{"category":{"index":{"2012":0,"2013":1}}}}},
             "second":{"dimension":{},"value":[]}}
            """
        let dataset = try decodeJSONStat(json)
        #expect(dataset.version == nil)
        #expect(dataset.label == "Folkemengde")
        #expect(dataset.ids == ["Region", "Tid"])
        #expect(dataset.dimensions[0].role == .geo)
        #expect(dataset.value(for: ["Region": "1201", "Tid": "2013"]) == 8)
        #expect(dataset.status(at: 1) == .symbol(.missing))
    }

    @Test("A dimension called \"role\" in 2.0 is a dimension, not 1.x's role list")
    func dimensionNamedRole() throws {
        let json = """
            {"version":"2.0","class":"dataset","id":["role"],"size":[2],
             "dimension":{"role":{"category":{"index":["a","b"]}}},"value":[1,2]}
            """
        let dataset = try decodeJSONStat(json)
        #expect(dataset.dimensions[0].codes == ["a", "b"])
    }

    @Test("An empty dimension makes an empty dataset")
    func emptyDataset() throws {
        let json = """
            {"version":"2.0","class":"dataset","id":["x","y"],"size":[0,2],
             "dimension":{"x":{"category":{"index":[]}},"y":{"category":{"index":["a","b"]}}},"value":[]}
            """
        let dataset = try decodeJSONStat(json)
        #expect(dataset.count == 0)
        #expect(dataset.longRows().isEmpty)
    }

    @Test("forEachCell walks the cells in row-major order with the last dimension fastest")
    func forEachCellOrder() throws {
        let dataset = try decodeJSONStat(twoByThree(value: "[1,2,null,4,5,6]", status: #"{"2":".."}"#))
        var seen: [JSONStatCell] = []
        dataset.forEachCell { seen.append($0) }
        #expect(seen.map(\.flatIndex) == Array(0..<6))
        #expect(seen.map(\.positions) == [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]])
        #expect(seen[2].value == nil && seen[2].status == .symbol(.missing) && !seen[2].isMissing)
        #expect(seen[5].value == 6)
        for cell in seen {
            #expect(dataset.positions(at: cell.flatIndex) == cell.positions)
            #expect(dataset.flatIndex(positions: cell.positions) == cell.flatIndex)
        }
        let rows = dataset.longRows()
        #expect(rows[3].codes == ["4601", "2022"])
        #expect(rows[3].labels == ["Bergen", "2022"])
        #expect(rows[2].status == .symbol(.missing))
    }
}
