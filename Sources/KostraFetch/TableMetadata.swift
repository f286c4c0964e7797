public import Foundation

/// The part of a PxWebApi v2 table's metadata that fetching needs: its dimensions and
/// their category codes in order, the label, and when the table was updated.
///
/// SSB's v2 `/tables/{id}/metadata` answers a JSON-stat 2.0 dataset without `value`.
/// It is small, so it is read with `JSONSerialization`; data bodies never are.
public struct TableMetadata: Sendable, Hashable {
    /// One dimension (variable) of the table.
    public struct Dimension: Sendable, Hashable {
        /// The variable code, e.g. `Tid`.
        public var id: String
        /// The variable's label, e.g. `år`.
        public var label: String
        /// Category codes in the table's order (`category.index`).
        public var codes: [String]
        /// Whether the variable may be left out of a query (`extension.elimination`), when stated.
        public var elimination: Bool?
        /// SSB's label of each category (`category.label`), by code.
        public var labels: [String: String]

        /// Creates a dimension.
        public init(id: String, label: String, codes: [String], elimination: Bool? = nil, labels: [String: String] = [:]) {
            self.id = id
            self.label = label
            self.codes = codes
            self.elimination = elimination
            self.labels = labels
        }

        /// The label of a category, or the code itself when the metadata gives none.
        public func label(of code: String) -> String {
            labels[code] ?? labels.first { $0.key.lowercased() == code.lowercased() }?.value ?? code
        }

        /// The table's own spelling of a code, matched case-insensitively as SSB does; `nil` when absent.
        public func code(matching code: String) -> String? {
            codes.first { $0.lowercased() == code.lowercased() }
        }
    }

    /// The table id.
    public var table: String
    /// The table label, e.g. `12134: Utvalgte nøkkeltall for kommuneregnskap, …`.
    public var label: String
    /// When SSB last updated the table (`updated`), if the answer says.
    public var updated: Date?
    /// Dimensions in the order of the dataset's `id`.
    public var dimensions: [Dimension]
    /// Where and when the metadata came from, when fetched.
    public var source: FetchProvenance?

    /// Creates metadata.
    public init(table: String, label: String, updated: Date?, dimensions: [Dimension], source: FetchProvenance? = nil) {
        self.table = table
        self.label = label
        self.updated = updated
        self.dimensions = dimensions
        self.source = source
    }

    /// The dimension with this id, matched case-insensitively as SSB does.
    public func dimension(_ id: String) -> Dimension? {
        dimensions.first { $0.id.lowercased() == id.lowercased() }
    }

    /// Reads a JSON-stat 2.0 metadata document.
    ///
    /// - Parameters:
    ///   - body: the answer's bytes.
    ///   - table: the table id, for messages.
    ///   - url: the URL the body came from, for messages.
    public static func parse(_ body: Data, table: String, url: String) throws(FetchError) -> TableMetadata {
        func fail(_ reason: String) -> FetchError {
            .invalidBody(url: url, reason: "metadata for table \(table): \(reason)")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: body)
        } catch {
            throw fail("not JSON (\(error.localizedDescription))")
        }
        guard let root = object as? [String: Any] else { throw fail("the top level is not an object") }
        guard let ids = root["id"] as? [String] else { throw fail("no \"id\" array") }
        guard let dimensionObjects = root["dimension"] as? [String: Any] else { throw fail("no \"dimension\" object") }
        var dimensions: [Dimension] = []
        for id in ids {
            guard let dimension = dimensionObjects[id] as? [String: Any],
                let category = dimension["category"] as? [String: Any]
            else { throw fail("dimension \(id) has no \"category\"") }
            let codes = try orderedCodes(category, dimension: id, fail: fail)
            let ext = dimension["extension"] as? [String: Any]
            dimensions.append(
                Dimension(
                    id: id,
                    label: dimension["label"] as? String ?? id,
                    codes: codes,
                    elimination: ext?["elimination"] as? Bool,
                    labels: (category["label"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
                )
            )
        }
        let updated = (root["updated"] as? String).flatMap { try? Date($0, strategy: .iso8601) }
        return TableMetadata(table: table, label: root["label"] as? String ?? table, updated: updated, dimensions: dimensions)
    }

    /// JSON-stat allows `category.index` as an array of codes or as an object from code to
    /// position; with a single category it may be missing and only `label` names the code.
    private static func orderedCodes(
        _ category: [String: Any],
        dimension: String,
        fail: (String) -> FetchError
    ) throws(FetchError) -> [String] {
        if let array = category["index"] as? [String] { return array }
        if let object = category["index"] as? [String: Any] {
            var pairs: [(code: String, position: Int)] = []
            for (code, position) in object {
                guard let position = (position as? NSNumber)?.intValue else {
                    throw fail("dimension \(dimension): position of \(code) is not a number")
                }
                pairs.append((code, position))
            }
            return pairs.sorted { $0.position < $1.position }.map(\.code)
        }
        if let labels = category["label"] as? [String: Any], labels.count == 1, let code = labels.keys.first {
            return [code]
        }
        throw fail("dimension \(dimension) has no category index")
    }
}
