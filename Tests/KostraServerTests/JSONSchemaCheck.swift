import Foundation
import KostraTesting

/// A JSON document as decoded, keeping integers apart from other numbers and booleans.
enum JSONValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), integer(Int), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? { if case .string(let text) = self { text } else { nil } }
    var array: [JSONValue]? { if case .array(let items) = self { items } else { nil } }
    var object: [String: JSONValue]? { if case .object(let object) = self { object } else { nil } }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// Checks a response against the schema of the served OpenAPI document: the subset of JSON Schema
/// the document uses ($ref, type, required, properties, items, additionalProperties, enum, oneOf).
/// Returns every violation with its JSON path, so a failing test says where the body and the document differ.
struct JSONSchemaCheck {
    let document: JSONValue

    func violations(of value: JSONValue, against schema: JSONValue, path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.string {
            let name = reference.replacingOccurrences(of: "#/components/schemas/", with: "")
            guard let target = document["components"]?["schemas"]?[name] else { return ["\(path): unknown $ref \(reference)"] }
            return violations(of: value, against: target, path: path)
        }
        if let options = schema["oneOf"]?.array {
            let matching = options.filter { violations(of: value, against: $0, path: path).isEmpty }
            return matching.count == 1 ? [] : ["\(path): matches \(matching.count) of the oneOf schemas"]
        }
        var problems: [String] = []
        if let type = schema["type"] {
            let allowed = type.array?.compactMap(\.string) ?? [type.string ?? ""]
            let actual = value.typeName
            let fits = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !fits { return ["\(path): \(actual) where the document says \(allowed.joined(separator: " or "))"] }
        }
        if let options = schema["enum"]?.array, !options.contains(value) {
            problems.append("\(path): \(value) is not one of the documented values")
        }
        if case .object(let object) = value {
            for name in schema["required"]?.array?.compactMap(\.string) ?? [] where object[name] == nil {
                problems.append("\(path): required field '\(name)' is missing")
            }
            let properties = schema["properties"]?.object ?? [:]
            for (name, item) in object {
                if let property = properties[name] {
                    problems += violations(of: item, against: property, path: "\(path).\(name)")
                } else if let additional = schema["additionalProperties"], additional.object != nil {
                    problems += violations(of: item, against: additional, path: "\(path).\(name)")
                } else if schema["additionalProperties"] == nil, !properties.isEmpty {
                    problems.append("\(path): field '\(name)' is not in the document")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                problems += violations(of: item, against: itemSchema, path: "\(path)[\(index)]")
            }
        }
        return problems
    }

    /// The schema of a path's response for a status.
    func responseSchema(path: String, method: String = "get", status: String) -> JSONValue? {
        document["paths"]?[path]?[method]?["responses"]?[status]?["content"]?["application/json"]?["schema"]
    }
}
