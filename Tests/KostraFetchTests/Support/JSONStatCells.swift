import Foundation

/// Reads the cells of a JSON-stat 2.0 answer in tests: category codes per cell and the value.
/// (Tests may use Foundation JSON; the client never decodes data bodies.)
enum JSONStatCells {
    struct Cell: Hashable {
        var codes: [String]
        var value: Int
    }

    static func read(_ body: [UInt8]) throws -> (ids: [String], cells: [Cell]) {
        guard let root = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let ids = root["id"] as? [String],
            let dimensions = root["dimension"] as? [String: Any],
            let values = root["value"] as? [Any]
        else { throw Failure.shape }
        var codesPerDimension: [[String]] = []
        for id in ids {
            guard let dimension = dimensions[id] as? [String: Any],
                let category = dimension["category"] as? [String: Any],
                let index = category["index"] as? [String: Int]
            else { throw Failure.shape }
            codesPerDimension.append(index.sorted { $0.value < $1.value }.map(\.key))
        }
        var cells: [Cell] = []
        for (flat, value) in values.enumerated() {
            var remainder = flat
            var codes = Array(repeating: "", count: ids.count)
            for position in stride(from: ids.count - 1, through: 0, by: -1) {
                let size = codesPerDimension[position].count
                codes[position] = codesPerDimension[position][remainder % size]
                remainder /= size
            }
            guard let number = value as? Int else { throw Failure.shape }
            cells.append(Cell(codes: codes, value: number))
        }
        return (ids, cells)
    }

    enum Failure: Error { case shape }
}
