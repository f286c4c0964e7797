import Foundation

/// A PxWebApi v2 data query for one table, built into a GET URL.
///
/// ```swift
/// let query = PxWebQuery(table: "12134", selections: [
///     .codes("KOKkommuneregion0000", ["0301", "4601", "5001"]),
///     .codes("ContentsCode", ["KOSAG110000"]),
///     .top("Tid", 3),
/// ])
/// query.dataURL(apiBase: PxWebQuery.defaultAPIBase)
/// // https://data.ssb.no/api/pxwebapi/v2/tables/12134/data?lang=no&outputFormat=json-stat2
/// //   &valueCodes%5BKOKkommuneregion0000%5D=0301,4601,5001&valueCodes%5BContentsCode%5D=KOSAG110000
/// //   &valueCodes%5BTid%5D=top(3)
/// ```
public struct PxWebQuery: Sendable, Hashable {
    /// SSB's PxWebApi v2 base URL.
    public static let defaultAPIBase = "https://data.ssb.no/api/pxwebapi/v2"

    /// The table id, e.g. `12134` (a string: ids keep their leading zeros, `07459`).
    public var table: String
    /// The answer language, `no` or `en`.
    public var language: String
    /// One selection per variable, in the order they appear in the URL.
    public var selections: [VariableSelection]
    /// The output format; the client hands the bytes to the importer, which reads JSON-stat 2.0.
    public var outputFormat: String

    /// Creates a query.
    public init(table: String, language: String = "no", selections: [VariableSelection], outputFormat: String = "json-stat2") {
        self.table = table
        self.language = language
        self.selections = selections
        self.outputFormat = outputFormat
    }

    /// The GET URL of the data endpoint, `{apiBase}/tables/{id}/data?lang=…&outputFormat=…&valueCodes[VAR]=…`.
    public func dataURL(apiBase: String) -> String {
        var parameters = [
            "lang=\(QueryEncoding.component(language))",
            "outputFormat=\(QueryEncoding.component(outputFormat))",
        ]
        for selection in selections {
            let values =
                selection.filter.explicitCodes.map { $0.map(QueryEncoding.component).joined(separator: ",") }
                ?? QueryEncoding.component(selection.filter.expression)
            parameters.append("\(QueryEncoding.bracketed("valueCodes", selection.variable))=\(values)")
            if let codelist = selection.codelist {
                parameters.append("\(QueryEncoding.bracketed("codelist", selection.variable))=\(QueryEncoding.component(codelist))")
            }
        }
        return "\(Self.tableURL(apiBase: apiBase, table: table))/data?\(parameters.joined(separator: "&"))"
    }

    /// The URL a POST of this query goes to: the data endpoint with only `lang` and `outputFormat`.
    public func postURL(apiBase: String) -> String {
        "\(Self.tableURL(apiBase: apiBase, table: table))/data?lang=\(QueryEncoding.component(language))&outputFormat=\(QueryEncoding.component(outputFormat))"
    }

    /// The POST body: `{"selection":[{"variableCode":…,"valueCodes":[…],"codelist":…}, …]}`, the
    /// shape of SSB's v2 POST queries (shared/reference/ssb-social-tables.md §4, from the
    /// statisticsnorway/mimir mock and janbrus/pxwebapi-skills). SSB's own Python client sends
    /// the same: ssb-pxapi2-arrow 0.0.3 (PyPI), `query_types.py` `Query(selection=[Selection(
    /// variableCode, codelist, valueCodes)])`, POSTed by `_read_table_data_post` to
    /// `tables/{id}/data` with `outputFormat` and `lang` in the URL and `Content-Type:
    /// application/json`. Keys in a fixed order, so the body, which is part of the cache key,
    /// is the same for the same query.
    public func postBody() -> [UInt8] {
        func string(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let items = selections.map { selection -> String in
            let values = (selection.filter.explicitCodes ?? [selection.filter.expression]).map(string).joined(separator: ",")
            var item = "{\"variableCode\":\(string(selection.variable)),\"valueCodes\":[\(values)]"
            if let codelist = selection.codelist { item += ",\"codelist\":\(string(codelist))" }
            return item + "}"
        }
        return Array("{\"selection\":[\(items.joined(separator: ","))]}".utf8)
    }

    /// The metadata URL for this query's table, with the query's codelists applied so
    /// that the category lists match what the data endpoint will select from.
    public func metadataURL(apiBase: String) -> String {
        var parameters = ["lang=\(QueryEncoding.component(language))"]
        for selection in selections {
            if let codelist = selection.codelist {
                parameters.append("\(QueryEncoding.bracketed("codelist", selection.variable))=\(QueryEncoding.component(codelist))")
            }
        }
        return "\(Self.tableURL(apiBase: apiBase, table: table))/metadata?\(parameters.joined(separator: "&"))"
    }

    /// The metadata URL of a table without codelists, `{apiBase}/tables/{id}/metadata?lang=no`.
    public static func metadataURL(apiBase: String, table: String, language: String = "no") -> String {
        PxWebQuery(table: table, language: language, selections: []).metadataURL(apiBase: apiBase)
    }

    /// The selection for a variable, matched case-insensitively as SSB does.
    public func selection(for variable: String) -> VariableSelection? {
        selections.first { $0.variable.lowercased() == variable.lowercased() }
    }

    /// A short description for messages: `table 12134 (KOKkommuneregion0000: 3 codes, ContentsCode: KOSAG110000, Tid: top(3))`.
    public var summary: String {
        let parts = selections.map { selection -> String in
            if let codes = selection.filter.explicitCodes, codes.count > 3 {
                return "\(selection.variable): \(codes.count) codes"
            }
            return "\(selection.variable): \(selection.filter.expression)"
        }
        return "table \(table) (\(parts.joined(separator: ", ")))"
    }

    static func tableURL(apiBase: String, table: String) -> String {
        "\(trimmedBase(apiBase))/tables/\(QueryEncoding.pathSegment(table))"
    }

    static func trimmedBase(_ base: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }
}
