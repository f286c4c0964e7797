import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KostraKit
import KostraModel
import KostraTesting
import Testing

@testable import KostraServer

/// Answers are kept per address and store revision, never served after the store changed.
@Suite("Response cache")
struct ResponseCacheTests {
    @Test("A kept answer is served until the store changes; then it is computed again")
    func revisionDecides() async throws {
        let cache = ResponseCache()
        let first = (sources: 1, version: DataVersion(sources: 1, newestSourceID: 1, updatedAt: nil))
        let second = (sources: 2, version: DataVersion(sources: 2, newestSourceID: 2, updatedAt: nil))
        let computed = Counter()
        for revision in [first, first, second, second] {
            let body = try await cache.entry(for: "/a", revision: revision.version, contentType: "text/plain") {
                await computed.increment()
                return Data("r\(revision.sources)".utf8)
            }.body
            #expect(body == Data("r\(revision.sources)".utf8))
        }
        #expect(await computed.value == 2)
    }

    @Test("A failed computation keeps nothing, and the bytes kept stay within the bound")
    func bounded() async throws {
        let cache = ResponseCache(maximumBytes: 16 * 100)
        let revision = DataVersion(sources: 1, newestSourceID: 1, updatedAt: nil)
        struct Failure: Error {}
        await #expect(throws: Failure.self) {
            _ = try await cache.entry(for: "/bad", revision: revision, contentType: "text/plain") { throw Failure() }
        }
        #expect(cache.count == 0)
        for key in 0..<40 {
            _ = try await cache.entry(for: "/\(key)", revision: revision, contentType: "text/plain") { Data(repeating: 1, count: 100) }
        }
        #expect(cache.count <= 16, "\(cache.count) answers of 100 bytes kept under a 1 600-byte bound")
    }

    @Test("An address answered before skips its route until the store changes; a refused one runs it every time")
    func keptAddressSkipsTheRoute() async throws {
        try await ServerHarness.withServer { _, workspace in
            let cache = ResponseCache()
            let runs = Counter()
            func ask(_ path: String) async throws -> Response {
                let request = Request(
                    head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: path), body: RequestBody(buffer: ByteBuffer()))
                return try await cache.answer(request, workspace: workspace) {
                    await runs.increment()
                    guard !path.contains("bad") else { throw ServerFailure.badParameter("x", "refused") }
                    return try await cache.response(to: request, workspace: workspace, contentType: "text/plain") { Data("a".utf8) }
                }
            }
            _ = try await ask("/a?x=1")
            let again = try await ask("/a?x=1")
            #expect(await runs.value == 1)
            #expect(again.headers[.contentType] == "text/plain" && again.status == .ok)
            for _ in 0..<2 { _ = try? await ask("/a?x=bad") }
            #expect(await runs.value == 3)
            let source = DataSource(kind: .file, title: "Ny", reference: "test/ny", retrievedAt: Date())
            try await workspace.storeTestFigures(
                [Observation(indicator: "payout-per-recipient", region: "baerum", year: 2024, value: 71_000)], source: source)
            _ = try await ask("/a?x=1")
            #expect(await runs.value == 4)
        }
    }

    @Test("Through the server: a figure imported after the first answer is in the next one")
    func importChangesTheAnswer() async throws {
        try await ServerHarness.withServer { client, workspace in
            let uri = "/api/v1/profile?municipality=baerum&year=2024"
            let before = try await ServerHarness.get(client, uri)
            #expect(before.text.contains("70784"))
            #expect(try await ServerHarness.get(client, uri).headers[.eTag] == before.headers[.eTag])
            let source = DataSource(kind: .file, title: "Revidert", reference: "test/revidert", retrievedAt: Date())
            try await workspace.storeTestFigures(
                [Observation(indicator: "payout-per-recipient", region: "baerum", year: 2024, value: 71_000)], source: source)
            let after = try await ServerHarness.get(client, uri)
            #expect(after.text.contains("71000"), "\(after.text.prefix(300))")
            #expect(after.headers[.eTag] != before.headers[.eTag])
            let page = try await ServerHarness.get(client, "/profil?municipality=baerum&year=2024")
            #expect(page.text.contains("kr\u{00A0}71\u{00A0}000"))
        }
    }
}

private actor Counter {
    var value = 0
    func increment() { value += 1 }
}
