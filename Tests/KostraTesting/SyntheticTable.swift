public import Foundation

/// A made-up PxWebApi table whose answers the replay server computes on request, so a
/// query split into parts can be answered part by part and the parts checked against the whole.
///
/// Every cell's value is its flat position in the full table plus one, so a test can tell
/// from any answer exactly which cell of the full table each value is.
public struct SyntheticTable: Sendable {
    /// One dimension.
    public struct Dimension: Sendable {
        /// Variable code.
        public var id: String
        /// Variable label.
        public var label: String
        /// Category codes in table order.
        public var codes: [String]
        /// Category labels by code.
        public var labels: [String: String]

        /// Creates a dimension; labels default to the codes.
        public init(id: String, label: String, codes: [String], labels: [String: String] = [:]) {
            self.id = id
            self.label = label
            self.codes = codes
            self.labels = labels
        }
    }

    /// The table id.
    public var id: String
    /// The table label.
    public var label: String
    /// Dimensions in `id` order.
    public var dimensions: [Dimension]
    /// The most cells one query may select; over it the answer is 400 "Too many cells selected".
    public var maxCells: Int
    /// Real values by the cell's codes (one per dimension), for tables built from real data;
    /// `nil` gives SSB's `..` with a null value. When not set, a cell's value is its position + 1.
    public var cellValue: (@Sendable ([String]) -> Double?)?
    /// The `role` of the dimensions, as SSB writes it.
    public var roles: [String: [String]]

    /// Creates a table.
    public init(
        id: String, label: String, dimensions: [Dimension], maxCells: Int = 800_000,
        cellValue: (@Sendable ([String]) -> Double?)? = nil,
        roles: [String: [String]] = ["time": ["Tid"], "geo": ["KOKkommuneregion0000"], "metric": ["ContentsCode"]]
    ) {
        self.id = id
        self.label = label
        self.dimensions = dimensions
        self.maxCells = maxCells
        self.cellValue = cellValue
        self.roles = roles
    }

    /// 900 municipality-like regions × 1 content × 3 years, shaped like KOSTRA table 12134.
    ///
    /// The region codes look real (county prefix + two digits: `0301`…, `4601`…) but the set is
    /// synthetic: 15 county prefixes × 60 numbers.
    public static func kostra900(id: String = "99001", maxCells: Int = 800_000) -> SyntheticTable {
        let counties = ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"]
        var regions: [String] = []
        for county in counties {
            for number in 1...60 {
                regions.append(county + (number < 10 ? "0\(number)" : "\(number)"))
            }
        }
        return SyntheticTable(
            id: id,
            label: "\(id): Syntetisk KOSTRA-tabell for tester, etter region, statistikkvariabel og år",
            dimensions: [
                Dimension(id: "KOKkommuneregion0000", label: "region", codes: regions),
                Dimension(
                    id: "ContentsCode",
                    label: "statistikkvariabel",
                    codes: ["KOSAG110000"],
                    labels: ["KOSAG110000": "Frie inntekter per innbygger (kr)"]
                ),
                Dimension(id: "Tid", label: "år", codes: ["2022", "2023", "2024"]),
            ],
            maxCells: maxCells
        )
    }

    /// The value of the cell at these positions (one per dimension): flat index in the full table + 1.
    public func value(at positions: [Int]) -> Int {
        var flat = 0
        for (dimension, position) in zip(dimensions, positions) {
            flat = flat * dimension.codes.count + position
        }
        return flat + 1
    }

    /// The metadata answer: JSON-stat 2.0 with every category and no `value`.
    public func metadataJSON() -> Data {
        jsonData(document(selected: dimensions.map(\.codes), values: nil))
    }

    /// An answer for decoded query parameters: (status, body). Mirrors SSB's checks and errors.
    public func dataAnswer(_ parameters: [QueryParameter]) -> (status: Int, body: Data) {
        var selected: [[String]?] = Array(repeating: nil, count: dimensions.count)
        for parameter in parameters {
            let name = parameter.name.lowercased()
            guard name.hasPrefix("valuecodes["), name.hasSuffix("]") else { continue }
            let variable = String(name.dropFirst("valuecodes[".count).dropLast())
            guard let index = dimensions.firstIndex(where: { $0.id.lowercased() == variable }) else {
                return error(400, SSBErrorBody.nonExistentVariable)
            }
            var codes: [String] = []
            for item in parameter.value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
                guard let resolved = resolve(item, in: dimensions[index]) else {
                    return error(400, SSBErrorBody.nonExistentValue)
                }
                codes += resolved
            }
            // SSB answers a code given twice with 500 and an empty body.
            if Set(codes).count != codes.count { return (500, Data()) }
            selected[index] = codes
        }
        guard selected.allSatisfy({ $0 != nil }) else { return error(400, SSBErrorBody.missingSelection) }
        let chosen = selected.map { $0 ?? [] }
        let cells = chosen.reduce(1) { $0 * $1.count }
        guard cells <= maxCells else { return error(400, SSBErrorBody.tooManyCells) }

        // Values in row-major order over the selected categories, last dimension fastest.
        let positions = zip(dimensions, chosen).map { dimension, codes in
            codes.compactMap { code in dimension.codes.firstIndex(of: code) }
        }
        var values: [Any] = []
        var statuses: [String: String] = [:]
        values.reserveCapacity(cells)
        var odometer = Array(repeating: 0, count: dimensions.count)
        if cells > 0 {
            while true {
                let at = odometer.enumerated().map { positions[$0.offset][$0.element] }
                if let cellValue {
                    if let real = cellValue(zip(dimensions, at).map { $0.codes[$1] }) {
                        values.append(real)
                    } else {
                        statuses[String(values.count)] = ".."
                        values.append(NSNull())
                    }
                } else {
                    values.append(value(at: at))
                }
                var digit = dimensions.count - 1
                while digit >= 0 {
                    odometer[digit] += 1
                    if odometer[digit] < positions[digit].count { break }
                    odometer[digit] = 0
                    digit -= 1
                }
                if digit < 0 { break }
            }
        }
        var answer = document(selected: chosen, values: values)
        if !statuses.isEmpty { answer["status"] = statuses }
        return (200, jsonData(answer))
    }

    /// The codes one selection item stands for, in table order; `nil` for an unknown code.
    private func resolve(_ item: String, in dimension: Dimension) -> [String]? {
        let lower = item.lowercased()
        func index(of code: String) -> Int? { dimension.codes.firstIndex { $0.lowercased() == code.lowercased() } }
        if item == "*" { return dimension.codes }
        if lower.hasPrefix("top("), lower.hasSuffix(")"), let n = Int(item.dropFirst(4).dropLast()) {
            // For time this is the latest n; the synthetic table lists time ascending.
            return Array(dimension.codes.suffix(max(n, 0)))
        }
        if lower.hasPrefix("from("), lower.hasSuffix(")") {
            return index(of: String(item.dropFirst(5).dropLast())).map { Array(dimension.codes[$0...]) }
        }
        if lower.hasPrefix("to("), lower.hasSuffix(")") {
            return index(of: String(item.dropFirst(3).dropLast())).map { Array(dimension.codes[...$0]) }
        }
        return index(of: item).map { [dimension.codes[$0]] }
    }

    private func error(_ status: Int, _ title: String) -> (status: Int, body: Data) {
        (status, Data(SSBErrorBody.json(status: status, title: title).utf8))
    }

    private func document(selected: [[String]], values: [Any]?) -> [String: Any] {
        var dimensionObjects: [String: Any] = [:]
        for (dimension, codes) in zip(dimensions, selected) {
            var index: [String: Int] = [:]
            var labels: [String: String] = [:]
            for (position, code) in codes.enumerated() {
                index[code] = position
                labels[code] = dimension.labels[code] ?? code
            }
            dimensionObjects[dimension.id] =
                [
                    "label": dimension.label,
                    "category": ["index": index, "label": labels],
                    "extension": ["elimination": false],
                ] as [String: Any]
        }
        var document: [String: Any] = [
            "version": "2.0",
            "class": "dataset",
            "label": label,
            "source": "Statistisk sentralbyrå",
            "updated": "2026-03-16T07:00:00Z",
            "role": roles,
            "id": dimensions.map(\.id),
            "size": selected.map(\.count),
            "dimension": dimensionObjects,
            "extension": ["px": ["tableid": id, "language": "no"]],
        ]
        if let values { document["value"] = values }
        return document
    }

    private func jsonData(_ object: [String: Any]) -> Data {
        // Sorted keys make answers byte-identical between runs.
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }
}
