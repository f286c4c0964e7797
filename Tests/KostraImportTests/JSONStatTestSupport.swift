import KostraImport

/// Decodes a hand-made document given as text, named `test.json` in error messages.
func decodeJSONStat(_ json: String, origin: String = "test.json") throws(JSONStatError) -> JSONStatDataset {
    try JSONStatDecoder.decode(Array(json.utf8), origin: origin)
}

/// The error a hand-made document gives, or `nil` if it decodes.
func jsonStatError(_ json: String, origin: String = "test.json") -> JSONStatError? {
    do {
        _ = try decodeJSONStat(json, origin: origin)
        return nil
    } catch {
        return error
    }
}

/// A minimal valid 2 × 3 dataset in SSB's layout, with the `value` and `status` members supplied.
func twoByThree(value: String, status: String? = nil) -> String {
    """
    {"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[2,3],
     "dimension":{
      "Region":{"label":"region","category":{"index":{"0301":0,"4601":1},"label":{"0301":"Oslo","4601":"Bergen"}}},
      "Tid":{"label":"år","category":{"index":["2022","2023","2024"]}}},
     "value":\(value)\(status.map { ",\"status\":" + $0 } ?? "")}
    """
}
