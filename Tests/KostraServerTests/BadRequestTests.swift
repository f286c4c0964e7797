import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Bad requests tried as a new user would, on the API (JSON) and the pages (HTML):
/// the right status, a message naming the parameter, and the store exactly as it was.
@Suite("Bad requests")
struct BadRequestTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var uri: String
        var status: Int
        var parameter: String?
        var message: String
        var testDescription: String { uri }
    }

    static let apiCases: [Case] = [
        Case(uri: "/api/v1/profile?municipality=B%C3%A6rumm", status: 404, parameter: "municipality", message: "Did you mean 'Bærum'"),
        Case(uri: "/api/v1/profile", status: 400, parameter: "municipality", message: "is required"),
        Case(uri: "/api/v1/profile?municipality=Baerum&year=1850", status: 400, parameter: "year", message: "between 2001 and"),
        Case(uri: "/api/v1/profile?municipality=Baerum&year=20x4", status: 400, parameter: "year", message: "must be a whole number"),
        Case(uri: "/api/v1/profile?municipality=Baerum&year=2019", status: 404, parameter: "year", message: "Years with figures: 2021–2024"),
        Case(uri: "/api/v1/profile?municipality=Baerum&network=nope", status: 404, parameter: "network", message: "Known networks"),
        Case(uri: "/api/v1/profile?municipality=%zz", status: 400, parameter: "municipality", message: "not valid percent-encoded"),
        Case(uri: "/api/v1/profile?municipality=Baerum&municipality=Asker", status: 400, parameter: "municipality", message: "more than once"),
        Case(uri: "/api/v1/profile?municipality=Baerum&colour=red", status: 400, parameter: "colour", message: "Unknown query parameter"),
        Case(
            uri: "/api/v1/profile?municipality=" + String(repeating: "a", count: 300), status: 400, parameter: "municipality", message: "at most 200"),
        Case(uri: "/api/v1/series?municipality=Baerum&indicator=no-such", status: 404, parameter: "indicator", message: "No indicator has the id"),
        Case(uri: "/api/v1/observations?limit=0", status: 400, parameter: "limit", message: "between 1 and 10000"),
        Case(uri: "/api/v1/observations?from=2024&to=2021", status: 422, parameter: "from", message: "after 'to'"),
        Case(uri: "/api/v1/observations?region=Atlantis", status: 404, parameter: "region", message: "No region is called 'Atlantis'"),
        Case(uri: "/api/v1/indicators?baseFigures=maybe", status: 400, parameter: "baseFigures", message: "true or false"),
        Case(uri: "/api/v1/nothing-here", status: 404, parameter: nil, message: "No page or API route"),
        Case(uri: "/api/v1/regions?" + String(repeating: "x", count: 3000), status: 414, parameter: nil, message: "at most 2048"),
    ]

    @Test("API: status, JSON message naming the parameter, store unchanged", arguments: apiCases)
    func api(_ item: Case) async throws {
        try await ServerHarness.withServer { client, workspace in
            let before = try await ServerHarness.snapshot(workspace)
            let response = try await ServerHarness.get(client, item.uri)
            #expect(Int(response.status.code) == item.status, "\(response.text.prefix(300))")
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let error = try #require(response.json?["error"], "body: \(response.text.prefix(300))")
            #expect(error["message"]?.string?.contains(item.message) == true, "message: \(error["message"]?.string ?? "none")")
            #expect(error["parameter"]?.string == item.parameter)
            #expect(error["requestId"]?.string == response.headers[.init("X-Request-Id")!])
            #expect(try await ServerHarness.snapshot(workspace) == before)
        }
    }

    @Test("Pages: a Norwegian error page with the right status and suggestions as links")
    func pages() async throws {
        try await ServerHarness.withServer { client, _ in
            let unknown = try await ServerHarness.get(client, "/profil?municipality=Berum&year=2024")
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType] == "text/html; charset=utf-8")
            #expect(unknown.text.contains("Vi fant ingen kommune med det navnet eller nummeret."))
            #expect(unknown.text.contains("<a href=\"/profil?year=2024&amp;municipality=B%C3%A6rum\">Bærum</a>"))
            let year = try await ServerHarness.get(client, "/profil?municipality=baerum&year=2019")
            #expect(year.status == .notFound)
            #expect(year.text.contains("<a href=\"/profil?municipality=baerum&amp;year=2024\">2024</a>"))
            let range = try await ServerHarness.get(client, "/profil?municipality=baerum&year=99999")
            #expect(range.status == .badRequest)
            #expect(range.text.contains("Verdien for «year» kan ikke brukes."))
            let missing = try await ServerHarness.get(client, "/ingen/side")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("Siden finnes ikke."))
            let format = try await ServerHarness.get(client, "/rapport?municipality=baerum&format=exe")
            #expect(format.status == .badRequest)
            #expect(format.text.contains("Available: docx, html, pdf, xlsx"))
            let indicator = try await ServerHarness.get(client, "/indikator/nope?municipality=baerum")
            #expect(indicator.status == .notFound)
        }
    }

    @Test("HTML or script in parameters is echoed escaped, never as markup")
    func markupInParameters() async throws {
        try await ServerHarness.withServer { client, workspace in
            let before = try await ServerHarness.snapshot(workspace)
            let script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E"
            for uri in [
                "/profil?municipality=\(script)", "/profil?municipality=baerum&network=\(script)",
                "/profil?\(script)=1", "/indikator/\(script)?municipality=baerum",
                "/profil?municipality=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            ] {
                let response = try await ServerHarness.get(client, uri)
                #expect([400, 404].contains(response.status.code), "\(uri)")
                #expect(!response.text.contains("<script>alert"), "\(uri) echoed a script")
                #expect(!response.text.contains("<img src"), "\(uri) echoed markup")
                #expect(response.text.contains("&lt;script&gt;") || response.text.contains("&lt;img"), "\(uri): \(response.text.prefix(200))")
            }
            let api = try await ServerHarness.get(client, "/api/v1/profile?municipality=\(script)")
            #expect(api.headers[.contentType] == "application/json; charset=utf-8")
            #expect(try await ServerHarness.snapshot(workspace) == before)
        }
    }

    @Test("Without a token the import endpoint answers 403 (as documented); nothing can be written")
    func readOnly() async throws {
        try await ServerHarness.withServer { client, workspace in
            let before = try await ServerHarness.snapshot(workspace)
            let response = try await client.execute(
                uri: "/api/v1/import", method: .post, headers: [.authorization: "Bearer anything-at-all-here"],
                body: .init(string: "x"))
            #expect(response.status == .forbidden)
            #expect(try await ServerHarness.snapshot(workspace) == before)
        }
    }
}
