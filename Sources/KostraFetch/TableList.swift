public import Foundation

/// One page of SSB's table list (`GET {apiBase}/tables?query=…`), for `kostra tables search`.
///
/// The shape is PxWebApi v2's `TablesResponse`: `{"language":…, "tables":[{"id", "label",
/// "updated", "firstPeriod", "lastPeriod", "variableNames", "discontinued", …}], "page":
/// {"pageNumber", "pageSize", "totalElements", "totalPages", …}}`, as in PxTools/PxApiSpecs
/// `archive/examples/tables-tables-response.json` @b25fb23a0ad0582d6c2a54d7bd983801065345e9
/// and the SCB-derived types quoted by the code search (`PxWebApiV2TableArray`).
public struct TableList: Sendable, Hashable {
    /// One table in the list.
    public struct Table: Sendable, Hashable {
        /// The table id, e.g. `13995`.
        public var id: String
        /// The table's title.
        public var label: String
        /// When SSB last updated the figures.
        public var updated: Date?
        /// The first and last time periods, e.g. `2022` and `2025`.
        public var firstPeriod: String?
        public var lastPeriod: String?
        /// Whether SSB no longer updates the table ("avslutta serie").
        public var discontinued: Bool
        /// The names of its variables.
        public var variableNames: [String]

        public init(
            id: String, label: String, updated: Date?, firstPeriod: String?, lastPeriod: String?, discontinued: Bool,
            variableNames: [String]
        ) {
            self.id = id
            self.label = label
            self.updated = updated
            self.firstPeriod = firstPeriod
            self.lastPeriod = lastPeriod
            self.discontinued = discontinued
            self.variableNames = variableNames
        }
    }

    public var tables: [Table]
    /// This page's number, from 1.
    public var pageNumber: Int
    /// How many pages the search has.
    public var totalPages: Int
    /// How many tables match in all.
    public var totalElements: Int

    public init(tables: [Table], pageNumber: Int, totalPages: Int, totalElements: Int) {
        self.tables = tables
        self.pageNumber = pageNumber
        self.totalPages = totalPages
        self.totalElements = totalElements
    }

    /// Reads a `/tables` answer.
    public static func parse(_ body: Data, url: String) throws(FetchError) -> TableList {
        guard let object = try? JSONSerialization.jsonObject(with: body), let root = object as? [String: Any],
            let items = root["tables"] as? [[String: Any]]
        else { throw .invalidBody(url: url, reason: "the table list has no \"tables\" array") }
        var tables: [Table] = []
        for (position, item) in items.enumerated() {
            guard let id = item["id"] as? String else {
                throw .invalidBody(url: url, reason: "table \(position + 1) of the list has no \"id\"")
            }
            tables.append(
                Table(
                    id: id, label: item["label"] as? String ?? id,
                    updated: (item["updated"] as? String).flatMap { try? Date($0, strategy: .iso8601) },
                    firstPeriod: item["firstPeriod"] as? String, lastPeriod: item["lastPeriod"] as? String,
                    discontinued: item["discontinued"] as? Bool ?? false,
                    variableNames: item["variableNames"] as? [String] ?? []))
        }
        let page = root["page"] as? [String: Any] ?? [:]
        func number(_ key: String, _ fallback: Int) -> Int { (page[key] as? NSNumber)?.intValue ?? fallback }
        return TableList(
            tables: tables, pageNumber: number("pageNumber", 1), totalPages: number("totalPages", 1),
            totalElements: number("totalElements", tables.count))
    }

    /// The URL of one page of a search.
    public static func url(
        apiBase: String, query: String, pageNumber: Int, pageSize: Int, includeDiscontinued: Bool, language: String = "no"
    ) -> String {
        var parameters = [
            "lang=\(QueryEncoding.component(language))", "query=\(QueryEncoding.component(query))",
            "pageNumber=\(pageNumber)", "pageSize=\(pageSize)",
        ]
        if includeDiscontinued { parameters.append("includeDiscontinued=true") }
        return "\(PxWebQuery.trimmedBase(apiBase))/tables?\(parameters.joined(separator: "&"))"
    }
}
