import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KostraTesting
import NIOCore
import Testing

/// Walks the OpenAPI document the server serves and sends every operation requests generated
/// from it: valid ones (which must get a documented status other than 400) and ones that break
/// a stated rule (which must get a documented 400). Nothing may answer 5xx. The generator is
/// seeded, so a failure repeats; the failing request is printed.
@Suite("The API keeps its OpenAPI document")
struct OpenAPIConformanceTests {
    static let token = "conformance-token-0123456789"

    /// One query parameter as the document states it.
    struct Parameter: Sendable {
        var name: String
        var required: Bool
        var type: String
        var minimum: Int?
        var maximum: Int?
        var maxLength: Int?
        var pattern: String?
        var choices: [String]
        var examples: [String]
    }

    /// One operation as the document states it.
    struct Operation: Sendable {
        var path: String
        var method: HTTPRequest.Method
        var parameters: [Parameter]
        var statuses: Set<Int>
        var exclusive: [[String]]
        var needsToken: Bool

        var name: String { "\(method.rawValue) \(path)" }
    }

    static func operations(_ document: JSONValue) -> [Operation] {
        var result: [Operation] = []
        for (path, item) in document["paths"]?.object ?? [:] {
            for (method, operation) in item.object ?? [:] {
                guard let httpMethod = HTTPRequest.Method(method.uppercased()) else { continue }
                let parameters = (operation["parameters"]?.array ?? []).compactMap { parameter -> Parameter? in
                    guard let name = parameter["name"]?.string, parameter["in"]?.string == "query" else { return nil }
                    let schema = parameter["schema"]
                    return Parameter(
                        name: name, required: parameter["required"] == .bool(true), type: schema?["type"]?.string ?? "string",
                        minimum: schema?["minimum"]?.int, maximum: schema?["maximum"]?.int, maxLength: schema?["maxLength"]?.int,
                        pattern: schema?["pattern"]?.string, choices: schema?["enum"]?.array?.compactMap(\.string) ?? [],
                        examples: schema?["examples"]?.array?.compactMap(\.string) ?? [])
                }
                let statuses = Set((operation["responses"]?.object ?? [:]).keys.compactMap { Int($0) })
                let exclusive = (operation["x-mutuallyExclusive"]?.array ?? []).map { $0.array?.compactMap(\.string) ?? [] }
                result.append(
                    Operation(
                        path: path, method: httpMethod, parameters: parameters, statuses: statuses, exclusive: exclusive,
                        needsToken: operation["security"] != nil))
            }
        }
        return result.sorted { $0.name < $1.name }
    }

    // MARK: - Generating values

    /// A small seeded generator (SplitMix64), so every run sends the same requests.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func validValue(_ parameter: Parameter, _ random: inout Seeded) -> String {
        if !parameter.choices.isEmpty { return parameter.choices.randomElement(using: &random) ?? "" }
        switch parameter.type {
        case "integer":
            let low = parameter.minimum ?? 0
            let high = parameter.maximum ?? low + 1000
            // The edges, a year the bundled figures cover, and anything between.
            let candidates = [low, high, Int.random(in: low...high, using: &random)] + ((low...high).contains(2024) ? [2023, 2024] : [])
            return String(candidates.randomElement(using: &random) ?? low)
        case "boolean":
            return Bool.random(using: &random) ? "true" : "false"
        default:
            if !parameter.examples.isEmpty, Int.random(in: 0..<4, using: &random) > 0 {
                return parameter.examples.randomElement(using: &random) ?? ""
            }
            if parameter.pattern != nil && parameter.pattern != "\\S" {
                // A file name: the name pattern's own characters.
                let first = Array("abcXYZ019_-"), rest = Array("abcXYZ019_-.")
                return String(first.randomElement(using: &random)!)
                    + String((0..<Int.random(in: 0..<12, using: &random)).map { _ in rest.randomElement(using: &random)! })
            }
            // Any text: letters (Norwegian ones too), digits, spaces, punctuation and a control character now and then.
            let alphabet = Array("abcdefghijklmnopqrstuvwxyzæøåÆØÅ0123456789 ,.-'%&=+/\u{0A}\u{01}é€")
            let length = Int.random(in: 1...min(parameter.maxLength ?? 30, 30), using: &random)
            return "x" + String((1..<length).map { _ in alphabet.randomElement(using: &random)! })
        }
    }

    /// A request the document calls valid.
    static func validRequest(_ operation: Operation, _ random: inout Seeded) -> [(String, String)] {
        var excluded: Set<String> = []
        for group in operation.exclusive {
            // At most one of each group: a random one, or none.
            let kept = Bool.random(using: &random) ? group.randomElement(using: &random) : nil
            excluded.formUnion(group.filter { $0 != kept })
        }
        return operation.parameters.compactMap { parameter in
            guard parameter.required || (!excluded.contains(parameter.name) && Bool.random(using: &random)) else { return nil }
            return (parameter.name, validValue(parameter, &random))
        }
    }

    /// The required parameters with their first example (or a valid value), as the base of the invalid requests.
    static func minimalRequest(_ operation: Operation) -> [(String, String)] {
        var random = Seeded(state: 1)
        return operation.parameters.filter(\.required).map { parameter in
            (parameter.name, parameter.examples.first ?? validValue(parameter, &random))
        }
    }

    /// Requests that each break one rule the document states, with the rule in words.
    static func invalidRequests(_ operation: Operation) -> [(rule: String, query: [(String, String)])] {
        let base = minimalRequest(operation)
        func with(_ name: String, _ value: String) -> [(String, String)] { base.filter { $0.0 != name } + [(name, value)] }
        var random = Seeded(state: 7)
        var cases: [(String, [(String, String)])] = [("an unknown parameter", base + [("unknownParameter", "1")])]
        for parameter in operation.parameters {
            let name = parameter.name
            if parameter.required {
                cases.append(("\(name) missing", base.filter { $0.0 != name }))
                cases.append(("\(name) empty", with(name, "")))
                cases.append(("\(name) blank", with(name, "  ")))
            }
            cases.append(("\(name) given twice", with(name, base.first { $0.0 == name }?.1 ?? validValue(parameter, &random)) + [(name, "x")]))
            switch parameter.type {
            case "integer":
                cases.append(("\(name) not a number", with(name, "abc")))
                cases.append(("\(name) not whole", with(name, "2020.5")))
                if let minimum = parameter.minimum { cases.append(("\(name) below its minimum", with(name, String(minimum - 1)))) }
                if let maximum = parameter.maximum { cases.append(("\(name) above its maximum", with(name, String(maximum + 1)))) }
            case "boolean":
                cases.append(("\(name) not true or false", with(name, "maybe")))
            default:
                if !parameter.choices.isEmpty { cases.append(("\(name) not one of its values", with(name, "none-of-these"))) }
                if let maxLength = parameter.maxLength {
                    cases.append(("\(name) too long", with(name, String(repeating: "a", count: maxLength + 1))))
                }
                if parameter.pattern != nil && parameter.pattern != "\\S" {
                    for value in [".", "..", ".hidden", "a/b", "../etc"] {
                        cases.append(("\(name) '\(value)' breaks its pattern", with(name, value)))
                    }
                }
            }
        }
        for group in operation.exclusive where group.count > 1 {
            let pairs = group.prefix(2).map { name -> (String, String) in
                let parameter = operation.parameters.first { $0.name == name }
                return (name, parameter.map { $0.type == "boolean" ? "true" : ($0.examples.first ?? "x") } ?? "x")
            }
            cases.append(("\(group[0]) and \(group[1]) together", base + pairs))
        }
        // Repeating a list parameter is allowed, so "given twice" is not a rule for those.
        return cases.filter { rule, _ in !(rule.hasSuffix("given twice") && ["peers", "exclude"].contains(rule.split(separator: " ")[0])) }
    }

    static func encode(_ query: [(String, String)]) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return query.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
    }

    static func send(
        _ client: any TestClientProtocol, _ operation: Operation, _ query: [(String, String)], method: HTTPRequest.Method? = nil,
        token: String?
    ) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if operation.needsToken, let token { headers[.authorization] = "Bearer \(token)" }
        let uri = operation.path + (query.isEmpty ? "" : "?" + encode(query))
        let body = operation.method == .post ? ByteBuffer(string: "not;a;figures;file\n") : nil
        return try await client.execute(uri: uri, method: method ?? operation.method, headers: headers, body: body)
    }

    // MARK: - Tests

    @Test("Every operation answers generated valid and invalid requests with documented statuses, never 5xx")
    func walkTheDocument() async throws {
        let failures = try await ServerHarness.withServer(token: Self.token) { client, _ in
            let served = try await ServerHarness.get(client, "/api/v1/openapi.json")
            let document = try #require(served.json)
            let operations = Self.operations(document)
            #expect(operations.count == 11, "\(operations.map(\.name))")
            var failures: [String] = []
            var random = Seeded(state: 21)
            var sent = 0
            for operation in operations {
                for _ in 0..<12 {
                    let query = Self.validRequest(operation, &random)
                    let response = try await Self.send(client, operation, query, token: Self.token)
                    sent += 1
                    let status = Int(response.status.code)
                    // POST import's generated body is not a figures file: 400 for the body is documented and expected.
                    let bodyRefused = operation.method == .post && status == 400
                    if status >= 500 || !operation.statuses.contains(status) || (status == 400 && !bodyRefused) {
                        failures.append("valid \(operation.name)?\(Self.encode(query)) → \(status): \(response.text.prefix(300))")
                    }
                    if operation.method == .get {
                        let head = try await Self.send(client, operation, query, method: .head, token: Self.token)
                        if head.status != response.status || head.body.readableBytes != 0 {
                            failures.append("HEAD \(operation.path)?\(Self.encode(query)) → \(head.status.code), GET → \(status)")
                        }
                    }
                }
                for (rule, query) in Self.invalidRequests(operation) {
                    let response = try await Self.send(client, operation, query, token: Self.token)
                    sent += 1
                    let status = Int(response.status.code)
                    if status != 400 || !operation.statuses.contains(400) {
                        failures.append("invalid (\(rule)) \(operation.name)?\(Self.encode(query)) → \(status): \(response.text.prefix(300))")
                    }
                }
            }
            #expect(sent > 200)
            return failures
        }
        #expect(failures.isEmpty, "\(failures.count) answers broke the document:\n\(failures.joined(separator: "\n"))")
    }

    @Test("On a read-only server the import operation answers its documented 403, not 404")
    func readOnlyImport() async throws {
        try await ServerHarness.withServer { client, _ in
            let document = try #require(try await ServerHarness.get(client, "/api/v1/openapi.json").json)
            let operation = try #require(Self.operations(document).first { $0.method == .post })
            let response = try await Self.send(client, operation, [("name", "figures.csv")], token: nil)
            #expect(response.status == .forbidden)
            #expect(operation.statuses.contains(403))
            #expect(response.json?["error"]?["message"]?.string?.contains("This server is read-only") == true)
        }
    }

    @Test("A method a path does not take is 405 with Allow, on the API and the pages alike")
    func methodNotAllowed() async throws {
        try await ServerHarness.withServer { client, _ in
            for path in ["/api/v1/profile", "/api/v1/regions", "/api/v1/openapi.json", "/profil", "/", "/indikator/rbi", "/rapport"] {
                for method in [HTTPRequest.Method.put, .delete, .post, .options, .patch] {
                    let response = try await client.execute(uri: path, method: method)
                    #expect(response.status == .methodNotAllowed, "\(method) \(path) → \(response.status)")
                    #expect(response.headers[.allow] == "GET, HEAD", "\(method) \(path)")
                }
            }
            let get = try await client.execute(uri: "/api/v1/import", method: .get)
            #expect(get.status == .methodNotAllowed)
            #expect(get.headers[.allow] == "POST")
            let unknown = try await client.execute(uri: "/api/v1/nothing-here", method: .put)
            #expect(unknown.status == .notFound)
        }
    }
}

extension JSONValue {
    var int: Int? { if case .integer(let value) = self { value } else { nil } }
}
