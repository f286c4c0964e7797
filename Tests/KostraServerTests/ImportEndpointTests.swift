import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import KostraKit
import KostraTesting
import Testing

/// The one write: present only with a token, refused without the right one, all or nothing.
/// Each test has its own database, so the other suites' stores stay untouched.
@Suite("Import endpoint and escaping of stored text")
struct ImportEndpointTests {
    static let token = "test-token-0123456789abcdef"

    /// A published-figures file from the repository (the bundled profile), not from ../shared.
    static var profileFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/KostraKit/Resources/bundled/baerum-2024-profile.csv")
    }

    func post(_ client: any TestClientProtocol, _ uri: String, token: String?, body: String) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: .post, headers: headers, body: .init(string: body))
    }

    @Test("No token is 401, a wrong token 403, and neither stores anything")
    func refused() async throws {
        try await ServerHarness.withServer(token: Self.token) { client, workspace in
            let before = try await ServerHarness.snapshot(workspace)
            let file = try String(contentsOf: Self.profileFile, encoding: .utf8)
            let none = try await post(client, "/api/v1/import?municipality=baerum", token: nil, body: file)
            #expect(none.status == .unauthorized)
            let wrong = try await post(client, "/api/v1/import?municipality=baerum", token: Self.token + "x", body: file)
            #expect(wrong.status == .forbidden)
            #expect(wrong.json?["error"]?["message"]?.string?.contains("Nothing was imported") == true)
            let basic = try await client.execute(
                uri: "/api/v1/import", method: .post, headers: [.authorization: "Basic \(Self.token)"], body: .init(string: file))
            #expect(basic.status == .unauthorized)
            #expect(try await ServerHarness.snapshot(workspace) == before)
        }
    }

    @Test("A bad file is 400 naming the problem and stores nothing; a good one is imported")
    func importsAllOrNothing() async throws {
        try await ServerHarness.withServer(token: Self.token) { client, workspace in
            let before = try await ServerHarness.snapshot(workspace)
            let bad = try await post(client, "/api/v1/import?municipality=baerum", token: Self.token, body: "this;is\nnot;figures\n")
            #expect(bad.status == .badRequest, "\(bad.text.prefix(300))")
            #expect(bad.json?["error"]?["message"]?.string?.contains("Nothing was stored") == true)
            let badName = try await post(client, "/api/v1/import?name=..%2Fetc%2Fpasswd", token: Self.token, body: "x")
            #expect(badName.status == .badRequest)
            #expect(try await ServerHarness.snapshot(workspace) == before)

            let file = try String(contentsOf: Self.profileFile, encoding: .utf8)
            let good = try await post(client, "/api/v1/import?municipality=baerum&name=profil-2024.csv", token: Self.token, body: file)
            #expect(good.status == .ok, "\(good.text.prefix(300))")
            #expect(good.json?["file"]?.string == "profil-2024.csv")
            if case .integer(let stored)? = good.json?["stored"] { #expect(stored > 0) } else { Issue.record("no count") }
            #expect(try await ServerHarness.snapshot(workspace) != before)
        }
    }

    @Test("Text from stored sources is escaped in the page and in the chart's SVG")
    func storedTextEscaped() async throws {
        let workspace = try await ServerHarness.openWorkspace()
        let folder = try KostraCLI.temporaryFolder()
        let hostile = folder.appendingPathComponent("<img src=x onerror=alert(1)>.csv")
        try FileManager.default.copyItem(at: Self.profileFile, to: hostile)
        _ = try await workspace.imports.importPublished(file: hostile.path, municipality: "baerum", now: Date().addingTimeInterval(60))
        try await ServerHarness.withServer(workspace: workspace) { client, _ in
            let page = try await ServerHarness.get(client, "/profil?municipality=baerum&year=2024")
            #expect(page.status == .ok)
            #expect(!page.text.contains("<img src=x"))
            let svg = try #require(page.text.range(of: "<svg").map { String(page.text[$0.lowerBound...]) })
            #expect(svg.contains("&lt;img"), "the chart's source note names the file, escaped")
            let report = try await ServerHarness.get(client, "/rapport?municipality=baerum&year=2024")
            #expect(!report.text.contains("<img src=x"))
        }
    }
}
